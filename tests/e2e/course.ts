/** What the browser tests need to know about the shipped course, read from its files. */
import { readFileSync } from 'node:fs';
import { loadForbiddenPhrases, loadScenario } from '../../src/domain/scenario/load.ts';
import { advance, effectOf, startState, type Move } from '../../src/domain/scenario/play.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { loadPaperConfig, type Paper } from '../../src/domain/quiz/paper.ts';

export const SCENARIO_ID = 'inbound-service-call';
export const CHAPTER_SLUG = 'customer-service';

export function shippedScenario(id = SCENARIO_ID): Scenario {
  const shared = loadForbiddenPhrases('f', readFileSync('content/forbidden-phrases.yaml', 'utf8'));
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(file, readFileSync(file, 'utf8'), shared.ok ? shared.value : []);
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.value.scenario;
}

/** The node each move leads to, walking the moves from the start. */
export function nodesAfter(scenario: Scenario, moves: readonly Move[]): string[] {
  let state = startState(scenario);
  return moves.map((move) => {
    state = advance(scenario, state, effectOf(scenario, state, move)!);
    return state.at;
  });
}

/** A paper of the mock exam as `content/exam-paper.yaml` sets it out (its name labels its choice). */
export function examPaper(id: 'full' | 'short'): Paper {
  const loaded = loadPaperConfig('content/exam-paper.yaml', readFileSync('content/exam-paper.yaml', 'utf8'));
  const paper = loaded.ok && loaded.value.papers.find((p) => p.id === id);
  if (!paper) throw new Error(`content/exam-paper.yaml has no paper "${id}"`);
  return paper;
}
