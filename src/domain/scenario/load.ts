/** A scenario file's text → a validated, linted scenario with its content hash. */
import { baseName, loadYaml, type YamlResult } from '../yaml/load-yaml.ts';
import { contentHash } from './hash.ts';
import { lintScenario } from './lint.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export interface LoadedScenario {
  scenario: Scenario;
  hash: string;
}

export function loadScenario(file: string, source: string): YamlResult<LoadedScenario> {
  const result = loadYaml(file, source, scenarioSchema, (scenario) => {
    const expected = baseName(file);
    const idIssue = scenario.id === expected ? [] : [{ path: ['id'], message: `the id "${scenario.id}" must equal the file name "${expected}"` }];
    return [...idIssue, ...lintScenario(scenario)];
  });
  return result.ok ? { ok: true, value: { scenario: result.value, hash: contentHash(result.value) } } : result;
}
