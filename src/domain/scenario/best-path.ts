/** The path a model agent takes: at each node, the offered choice worth the most points. */
import { advance, effectPoints, offeredChoices, startState, totalPoints, type Move } from './play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { own } from '../own.ts';

export function bestPath(scenario: Scenario, limit = 100): Move[] {
  const moves: Move[] = [];
  let state = startState(scenario);
  while (!state.ended && moves.length < limit) {
    const choices = own(scenario.nodes, state.at)!.choices;
    const offered = offeredChoices(scenario, state);
    const totals = offered.map((i) => totalPoints(effectPoints(scenario, choices[i]!)));
    const choice = offered[totals.indexOf(Math.max(...totals))]!;
    moves.push({ node: state.at, choice });
    state = advance(scenario, state, choices[choice]!);
  }
  return moves;
}
