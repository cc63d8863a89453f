/**
 * Loads the content an island needs from the static JSON the build writes (see
 * `./files.ts`). Each file is fetched once per page; a failed fetch is tried again on
 * the next call. A failure is a `ContentLoadError` whose `reason` the interface words.
 */
import type { QuestionBank } from '../schemas/question.ts';
import { sitePath } from '../i18n/locales.ts';
import { INDEX_PATH, questionBankPath, scenarioPath, type ContentIndex, type QuestionBankFile, type ScenarioFile } from './files.ts';

/** `unreachable`: no answer or a server error; `missing`: no such file; `invalid`: not the file asked for. */
export type ContentFailure = 'unreachable' | 'missing' | 'invalid';

export class ContentLoadError extends Error {
  readonly reason: ContentFailure;

  constructor(reason: ContentFailure, url: string, detail: string) {
    super(`${url}: ${detail}`);
    this.name = 'ContentLoadError';
    this.reason = reason;
  }
}

const loads = new Map<string, Promise<unknown>>();

function once<T>(url: string, load: () => Promise<T>): Promise<T> {
  const known = loads.get(url) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  loads.set(url, loading);
  loading.catch(() => loads.delete(url));
  return loading;
}

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ContentLoadError('unreachable', url, e instanceof Error ? e.message : String(e));
  }
  if (response.status === 404) throw new ContentLoadError('missing', url, 'not found');
  if (!response.ok) throw new ContentLoadError('unreachable', url, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ContentLoadError('invalid', url, 'not JSON');
  }
}

/** Fetches a file named by its content hash and checks it holds that version. */
function hashed<T extends { hash: string }>(path: string, hash: string): Promise<T> {
  const url = sitePath(path);
  return once(url, async () => {
    const file = (await fetchJson(url)) as T;
    if (file?.hash !== hash) throw new ContentLoadError('invalid', url, `holds version ${String(file?.hash)}`);
    return file;
  });
}

/** The current version of everything; asked of the server each time the page loads, as it changes with each release. */
export function loadIndex(): Promise<ContentIndex> {
  const url = sitePath(INDEX_PATH);
  return once(url, async () => {
    const index = (await fetchJson(url, { cache: 'no-cache' })) as ContentIndex;
    if (!Array.isArray(index?.scenarios) || !Array.isArray(index?.questions)) throw new ContentLoadError('invalid', url, 'not a content index');
    return index;
  });
}

export function loadScenario(id: string, hash: string): Promise<ScenarioFile> {
  return hashed<ScenarioFile>(scenarioPath(id, hash), hash);
}

/** One version of a chapter's question bank. */
export function loadQuestionBank(chapter: string, hash: string): Promise<QuestionBankFile> {
  return hashed<QuestionBankFile>(questionBankPath(chapter, hash), hash);
}

/** Every current question bank, in course order. */
export function loadAllQuestionBanks(): Promise<QuestionBank[]> {
  return loadQuestionBanksOf(null);
}

/** The current banks of the given chapters (all when null), in course order: a page fetches only those it draws on. */
export async function loadQuestionBanksOf(chapters: ReadonlySet<string> | null): Promise<QuestionBank[]> {
  const index = await loadIndex();
  const wanted = index.questions.filter(({ chapter }) => !chapters || chapters.has(chapter));
  const files = await Promise.all(wanted.map(({ chapter, hash }) => loadQuestionBank(chapter, hash)));
  return files.map((f) => f.bank);
}

/**
 * The version of a scenario an attempt was played on. Should the site no longer serve
 * it, the current version stands in (the replay then says it was another version);
 * `null` when the scenario is gone altogether.
 */
export async function loadPlayedScenario(id: string, hash: string): Promise<ScenarioFile | null> {
  try {
    return await loadScenario(id, hash);
  } catch (e) {
    if (!(e instanceof ContentLoadError) || e.reason !== 'missing') throw e;
  }
  const current = (await loadIndex()).scenarios.find((s) => s.id === id);
  return current ? loadScenario(id, current.hash) : null;
}
