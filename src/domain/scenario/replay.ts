/**
 * Replaying a transcript through the scenario's machine with XState's pure
 * `transition`: the same transitions the learner's clicks and the clock made, so
 * resuming after a reload and re-scoring in the gradebook give exactly what the
 * learner saw. A time-out replays as the event the clock raised; no clock runs.
 */
import { initialTransition, transition } from 'xstate';
import { createScenarioMachine, type PlaySettings, type PlaySnapshot, type ScenarioMachine } from './machine.ts';
import { eventOf, isReply, isTakeBack, type Move, type Step } from './moves.ts';
import { replyProblem, type CallState, type ReplyProblem } from './play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { scoreMoves, type ScoreResult } from './scoring.ts';

export type { PlaySnapshot } from './machine.ts';

export interface Played {
  snapshot: PlaySnapshot;
  /** The node awaiting the learner, or null once an ending is reached. */
  node: string | null;
  /** The ending reached, or null while the call goes on. */
  ending: string | null;
  state: CallState;
  moves: Move[];
  score: ScoreResult;
}

/** Why a transcript cannot be replayed, at which step (0-based): a code with its data, for the interface to word. */
export type ReplayRefusal =
  | { code: 'undo-in-test-mode'; step: number }
  | { code: 'nothing-to-take-back'; step: number }
  | { code: 'call-ended'; step: number; ending: string }
  | { code: 'wrong-node'; step: number; node: string; at: string }
  | { code: 'choice-not-offered'; step: number; node: string; choice: number }
  | { code: 'no-time-limit'; step: number; node: string }
  /** A reply the node does not take, too long, with other marks than the node's, or whose stored route is not the rules' route. */
  | { code: ReplyProblem; step: number; node: string };

export type ReplayResult = { ok: true; played: Played } | { ok: false; refusal: ReplayRefusal };

export function describeSnapshot(scenario: Scenario, snapshot: PlaySnapshot): Played {
  const ended = snapshot.status === 'done';
  return {
    snapshot,
    node: ended ? null : snapshot.context.state.at,
    ending: ended ? String(snapshot.value) : null,
    state: snapshot.context.state,
    moves: snapshot.context.moves,
    score: scoreMoves(scenario, snapshot.context.moves),
  };
}

function refusalAt(scenario: Scenario, snapshot: PlaySnapshot, step: Step, index: number): ReplayRefusal | null {
  if (snapshot.status === 'done') return { code: 'call-ended', step: index, ending: String(snapshot.value) };
  const at = snapshot.context.state.at;
  if (!isTakeBack(step) && step.node !== at) return { code: 'wrong-node', step: index, node: step.node, at };
  if (snapshot.can(eventOf(step))) return null;
  if (isTakeBack(step)) return { code: snapshot.context.mode === 'test' ? 'undo-in-test-mode' : 'nothing-to-take-back', step: index };
  if (isReply(step)) return { code: replyProblem(scenario, snapshot.context.state, step) ?? 'reply-route', step: index, node: at };
  return 'timeout' in step ? { code: 'no-time-limit', step: index, node: at } : { code: 'choice-not-offered', step: index, node: at, choice: step.choice };
}

export interface ReplayOptions extends Partial<PlaySettings> {
  machine?: ScenarioMachine;
}

/** The snapshot after the transcript's steps, played in the mode and timing it was made with. */
export function replay(scenario: Scenario, steps: readonly Step[], options: ReplayOptions = {}): ReplayResult {
  const machine = options.machine ?? createScenarioMachine(scenario);
  let [snapshot] = initialTransition(machine, { mode: options.mode, timing: options.timing });
  // A transcript with moves was made after the learner passed the start gate.
  if (steps.length > 0 && snapshot.can({ type: 'learner.start' })) [snapshot] = transition(machine, snapshot, { type: 'learner.start' });
  for (const [index, step] of steps.entries()) {
    const refusal = refusalAt(scenario, snapshot, step, index);
    if (refusal) return { ok: false, refusal };
    [snapshot] = transition(machine, snapshot, eventOf(step));
  }
  return { ok: true, played: describeSnapshot(scenario, snapshot) };
}
