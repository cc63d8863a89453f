/** What the browser tests need to know about the shipped course, read from its files. */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import type { Choice, Scenario } from '../../src/domain/scenario/schema.ts';

export const SCENARIO_ID = 'inbound-service-call';
export const CHAPTER_SLUG = 'customer-service';

export function shippedScenario(id = SCENARIO_ID): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.value.scenario;
}

/** The choice indices a learner takes by always picking the best-scoring reply. */
export function bestPath(scenario: Scenario, from = scenario.start): { node: string; choice: number }[] {
  const path: { node: string; choice: number }[] = [];
  let node: string | undefined = from;
  while (node && scenario.nodes[node] && path.length < 50) {
    const choices: Choice[] = scenario.nodes[node]!.choices;
    const totals = choices.map((c) => Object.values(c.scores).reduce((a: number, b) => a + (b ?? 0), 0));
    const best = totals.indexOf(Math.max(...totals));
    path.push({ node, choice: best });
    node = choices[best]!.next;
  }
  return path;
}
