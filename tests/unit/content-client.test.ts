/** The content client: fetches by version, falls back as documented, names each failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentIndex } from '../../src/content-client/files.ts';

type Served = Record<string, unknown>;

/** A fresh client module (its per-page cache emptied) over a fake server holding `served`. */
async function client(served: Served, fail: Set<string> = new Set()) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    if (fail.has(url)) throw new TypeError('Failed to fetch');
    return url in served ? new Response(JSON.stringify(served[url])) : new Response('<h1>404</h1>', { status: 404 });
  });
  vi.resetModules();
  return { ...(await import('../../src/content-client/load.ts')), fetched };
}

const title = { zh: '来电', en: 'A call' };
const index: ContentIndex = {
  scenarios: [{ id: 'call', hash: 'new', title }],
  questions: [
    { chapter: 'b', hash: 'hb' },
    { chapter: 'a', hash: 'ha' },
  ],
};
const server: Served = {
  '/content/index.json': index,
  '/content/scenarios/call/old.json': { id: 'call', hash: 'old', scenario: { title: { zh: '旧', en: 'old' } } },
  '/content/scenarios/call/new.json': { id: 'call', hash: 'new', scenario: { title } },
  '/content/questions/b/hb.json': { chapter: 'b', hash: 'hb', bank: { chapter: 'b', questions: [] } },
  '/content/questions/a/ha.json': { chapter: 'a', hash: 'ha', bank: { chapter: 'a', questions: [] } },
};

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('content client', () => {
  it('loads the version an attempt was played on, by its hash', async () => {
    const { loadPlayedScenario } = await client(server);
    expect((await loadPlayedScenario('call', 'old'))?.hash).toBe('old');
  });

  it('falls back to the current version when the played one is not served, and to null when the scenario is gone', async () => {
    const { loadPlayedScenario } = await client(server);
    expect((await loadPlayedScenario('call', 'lost'))?.hash).toBe('new');
    expect(await loadPlayedScenario('gone', 'lost')).toBeNull();
  });

  it('gives the question banks in the order of the index, each fetched once', async () => {
    const { loadAllQuestionBanks, fetched } = await client(server);
    expect((await loadAllQuestionBanks()).map((b) => b.chapter)).toEqual(['b', 'a']);
    await loadAllQuestionBanks();
    expect(fetched.filter((u) => u.includes('/questions/'))).toEqual(['/content/questions/b/hb.json', '/content/questions/a/ha.json']);
  });

  it('fetches only the banks of the chapters asked for, in the order of the index', async () => {
    const { loadQuestionBanksOf, fetched } = await client(server);
    expect(await loadQuestionBanksOf(new Set())).toEqual([]);
    expect((await loadQuestionBanksOf(new Set(['a']))).map((b) => b.chapter)).toEqual(['a']);
    expect((await loadQuestionBanksOf(new Set(['a', 'b']))).map((b) => b.chapter)).toEqual(['b', 'a']);
    expect(fetched.filter((u) => u.includes('/questions/'))).toEqual(['/content/questions/a/ha.json', '/content/questions/b/hb.json']);
  });

  it('gives practice, review, the mock exam and the gradebook every question type', async () => {
    const questions = ['single', 'term', 'calc', 'case'].map((type, i) => ({ id: `a-0${i}`, type }));
    const { loadAllQuestionBanks } = await client({
      ...server,
      '/content/questions/a/ha.json': { chapter: 'a', hash: 'ha', bank: { chapter: 'a', questions } },
    });
    expect((await loadAllQuestionBanks())[1]!.questions.map((q) => q.type)).toEqual(['single', 'term', 'calc', 'case']);
  });

  it('names each failure, and tries a failed fetch again', async () => {
    const fail = new Set(['/content/scenarios/call/new.json']);
    const { loadScenario, loadIndex, ContentLoadError } = await client({ ...server, '/content/scenarios/call/bad.json': { hash: 'other' } }, fail);
    await expect(loadScenario('call', 'new')).rejects.toMatchObject({ reason: 'unreachable' });
    fail.clear();
    expect((await loadScenario('call', 'new')).hash).toBe('new');
    await expect(loadScenario('call', 'nothing')).rejects.toMatchObject({ reason: 'missing' });
    await expect(loadScenario('call', 'bad')).rejects.toBeInstanceOf(ContentLoadError);
    await expect(loadScenario('call', 'bad')).rejects.toMatchObject({ reason: 'invalid' });
    expect((await loadIndex()).scenarios[0]?.id).toBe('call');
  });
});
