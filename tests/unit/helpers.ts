/** Test data: the tiny valid fixture, loaded once, and a builder for variations. */
import { readFileSync } from 'node:fs';
import { loadScenario, type LoadedScenario } from '../../src/domain/scenario/load.ts';

const TINY = 'tests/fixtures/scenarios/valid/tiny-call.yaml';

export function tinyScenario(): LoadedScenario {
  const result = loadScenario(TINY, readFileSync(TINY, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
