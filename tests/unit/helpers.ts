/** Test data: the valid fixtures, loaded with the course-wide forbidden phrases. */
import { readFileSync } from 'node:fs';
import { loadForbiddenPhrases, loadScenario, type LoadedScenario } from '../../src/domain/scenario/load.ts';

const SHARED = 'content/forbidden-phrases.yaml';

export function fixture(name: 'tiny-call' | 'rich-call'): LoadedScenario {
  const shared = loadForbiddenPhrases(SHARED, readFileSync(SHARED, 'utf8'));
  if (!shared.ok) throw new Error(JSON.stringify(shared.problems));
  const file = `tests/fixtures/scenarios/valid/${name}.yaml`;
  const result = loadScenario(file, readFileSync(file, 'utf8'), shared.value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

export const tinyScenario = () => fixture('tiny-call');
