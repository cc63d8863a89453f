/**
 * Reads every YAML file in a folder with a loader (scenarios, question banks). Used
 * by the content collections (so a broken file fails `astro build`), by the lint
 * command and by the tests: one reader, one set of messages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatProblem, locateIssues, type Problem, type YamlResult } from '../domain/yaml/load-yaml.ts';
import { loadForbiddenPhrases, loadScenario, type LoadedScenario } from '../domain/scenario/load.ts';
import { loadQuestionBank } from '../domain/quiz/load.ts';
import { crossBankIssues } from '../domain/quiz/lint-banks.ts';
import type { QuestionBank } from '../schemas/question.ts';

export interface YamlFolder<T> {
  loaded: T[];
  problems: Problem[];
}

export async function readYamlFolder<T>(dir: string, load: (file: string, source: string) => YamlResult<T>, shownFrom = process.cwd()): Promise<YamlFolder<T>> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const result: YamlFolder<T> = { loaded: [], problems: [] };
  for (const name of names) {
    const path = join(dir, name);
    const loaded = load(relative(shownFrom, path), await readFile(path, 'utf8'));
    if (loaded.ok) result.loaded.push(loaded.value);
    else result.problems.push(...loaded.problems);
  }
  return result;
}

/**
 * The question banks of a folder, checked one by one and then across banks (an id
 * used in two banks, a bank for a chapter with no file in `chapterDir`). The build and
 * `npm run lint:questions` both read banks through this, so they refuse the same files.
 */
export async function readQuestionFolder(dir: string, chapterDir: string, shownFrom = process.cwd()): Promise<YamlFolder<QuestionBank>> {
  const chapters = (await readdir(chapterDir)).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
  const sources = new Map<string, string>();
  const banks: { file: string; bank: QuestionBank }[] = [];
  const read = await readYamlFolder(
    dir,
    (file, source) => {
      const loaded = loadQuestionBank(file, source);
      if (loaded.ok) {
        sources.set(file, source);
        banks.push({ file, bank: loaded.value });
      }
      return loaded;
    },
    shownFrom,
  );
  const across = crossBankIssues(banks, chapters);
  const problems = [...read.problems, ...banks.flatMap(({ file }) => locateIssues(file, sources.get(file)!, across.get(file) ?? []))];
  const refused = new Set(problems.map((p) => p.file));
  return { loaded: banks.filter(({ file }) => !refused.has(file)).map(({ bank }) => bank), problems };
}

export const FORBIDDEN_PHRASES = 'content/forbidden-phrases.yaml';

/** The scenarios of a folder, each with the course-wide forbidden phrases merged in. */
export async function readScenarioFolder(dir: string, forbiddenFile = FORBIDDEN_PHRASES): Promise<YamlFolder<LoadedScenario>> {
  const shared = loadForbiddenPhrases(forbiddenFile, await readFile(forbiddenFile, 'utf8'));
  if (!shared.ok) return { loaded: [], problems: shared.problems };
  return readYamlFolder(dir, (file, source) => loadScenario(file, source, shared.value));
}

/** Thrown at build time; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(what: string, problems: Problem[]) {
    super(`${problems.length} problem(s) in ${what}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
