/**
 * What the learner does in a call, as an attempt's transcript stores it, and the one
 * place a move becomes its effect and its machine event.
 *
 * A move names the node it was made at and carries everything needed to replay it, so a
 * transcript replays from what was stored and nothing else. The stored shapes are plain
 * JSON told apart by their keys (`choice`, `timeout`, `undo`); a move made in the learner's
 * own words will be one more such shape (see docs/authoring-scenarios.md, "Replies in the
 * learner's own words").
 */
import type { Choice, ScenarioNode, Timeout } from '../../schemas/scenario.ts';

/** The learner picked one of the node's choices (its authored index, not the shown order). */
export interface ChoiceMove {
  node: string;
  choice: number;
}

/** Nobody answered within the node's time limit. */
export interface TimeoutMove {
  node: string;
  timeout: true;
}

/** A move made at a node: it has an effect and a route. */
export type Move = ChoiceMove | TimeoutMove;

/** Taking back the last move that counts (practice mode only). */
export interface TakeBack {
  undo: true;
}

/** One entry of a transcript: a move, or taking one back. */
export type Step = Move | TakeBack;

/** What a move does: the choice or the node's time-out. */
export type Effect = Choice | Timeout;

export const isTakeBack = (step: Step): step is TakeBack => 'undo' in step;

/** The effect a move uses at its node, or undefined when the node has no such choice or no time limit. */
export function effectAt(node: ScenarioNode, move: Move): Effect | undefined {
  return 'timeout' in move ? node.timeLimit?.timeout : node.choices[move.choice];
}

/** The events that make moves; a time-out is the event the timed moment's delayed transition raises. */
export type MoveEvent = { type: 'learner.choose'; choice: number } | { type: 'timer.expired' };
export type StepEvent = MoveEvent | { type: 'learner.undo' };

export function eventOf(step: Step): StepEvent {
  if (isTakeBack(step)) return { type: 'learner.undo' };
  return 'timeout' in step ? { type: 'timer.expired' } : { type: 'learner.choose', choice: step.choice };
}

export function moveOf(node: string, event: MoveEvent): Move {
  return event.type === 'timer.expired' ? { node, timeout: true } : { node, choice: event.choice };
}
