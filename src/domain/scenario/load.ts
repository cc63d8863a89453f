/** A scenario file's text → a validated, linted scenario with its content hash. */
import { baseName, loadYaml, type YamlResult } from '../yaml/load-yaml.ts';
import { contentHash } from './hash.ts';
import { lintScenario } from './lint.ts';
import { forbiddenPhraseSchema, scenarioSchema, type ForbiddenPhrase, type Scenario } from '../../schemas/scenario.ts';
import { z } from 'zod';
import { LIMITS } from '../../schemas/limits.ts';

export interface LoadedScenario {
  scenario: Scenario;
  hash: string;
}

/**
 * `shared` is the course-wide list of forbidden phrases; it is merged into the
 * scenario, so the content hash changes when the list does (it changes the scores).
 */
export function loadScenario(file: string, source: string, shared: readonly ForbiddenPhrase[] = []): YamlResult<LoadedScenario> {
  const result = loadYaml(
    file,
    source,
    scenarioSchema,
    (scenario) => {
      const expected = baseName(file);
      const idIssue = scenario.id === expected ? [] : [{ path: ['id'], message: `the id "${scenario.id}" must equal the file name "${expected}"` }];
      return [...idIssue, ...lintScenario(scenario)];
    },
    { maxChars: LIMITS.scenarioFileChars, what: 'a scenario file' },
  );
  if (!result.ok) return result;
  const scenario = { ...result.value, forbidden: [...shared, ...result.value.forbidden] };
  return { ok: true, value: { scenario, hash: contentHash(scenario) } };
}

export function loadForbiddenPhrases(file: string, source: string): YamlResult<ForbiddenPhrase[]> {
  return loadYaml(file, source, z.array(forbiddenPhraseSchema), () => [], { maxChars: LIMITS.forbiddenFileChars, what: 'the list of forbidden phrases' });
}
