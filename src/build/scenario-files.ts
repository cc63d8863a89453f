/**
 * Reads every scenario file in a folder and loads it. Used by the content
 * collection (so a broken scenario fails `astro build`), by `npm run
 * lint:scenarios` and by the tests: one reader, one set of messages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatProblem, loadScenario, type LoadedScenario, type Problem } from '../domain/scenario/load.ts';

export interface ScenarioFolder {
  loaded: LoadedScenario[];
  problems: Problem[];
}

export async function readScenarioFolder(dir: string, shownFrom = process.cwd()): Promise<ScenarioFolder> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const result: ScenarioFolder = { loaded: [], problems: [] };
  for (const name of names) {
    const path = join(dir, name);
    const loaded = loadScenario(relative(shownFrom, path), await readFile(path, 'utf8'));
    if (loaded.ok) result.loaded.push(loaded.value);
    else result.problems.push(...loaded.problems);
  }
  return result;
}

export class ScenarioError extends Error {
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in scenario files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ScenarioError';
  }
}
