/**
 * Replaying a transcript through the scenario's machine: the same transitions the
 * learner's clicks made, so resuming after a reload and re-scoring in the gradebook
 * give exactly what the learner saw.
 */
import { initialTransition, transition } from 'xstate';
import { createScenarioMachine, type PlayEvent, type ScenarioMachine } from './machine.ts';
import type { CallState, Move, Step } from './play.ts';
import type { Scenario } from './schema.ts';
import { scoreMoves, type ScoreResult } from './scoring.ts';

export type PlaySnapshot = ReturnType<typeof initialTransition<ScenarioMachine>>[0];

export interface Played {
  snapshot: PlaySnapshot;
  /** The node awaiting a choice, or null once an ending is reached. */
  node: string | null;
  /** The ending reached, or null while the call goes on. */
  ending: string | null;
  state: CallState;
  moves: Move[];
  score: ScoreResult;
}

export type ReplayResult = { ok: true; played: Played } | { ok: false; step: number; reason: string };

export function describeSnapshot(scenario: Scenario, snapshot: PlaySnapshot): Played {
  const at = String(snapshot.value);
  const ended = snapshot.status === 'done';
  return {
    snapshot,
    node: ended ? null : at,
    ending: ended ? at : null,
    state: snapshot.context.state,
    moves: snapshot.context.moves,
    score: scoreMoves(scenario, snapshot.context.moves),
  };
}

export const eventOf = (move: Move): PlayEvent => ('timeout' in move ? { type: 'timer.expired' } : { type: 'learner.choose', choice: move.choice });

export interface ReplayOptions {
  /** Whether take-backs are allowed (practice mode); test mode allows none. */
  allowUndo?: boolean;
  machine?: ScenarioMachine;
}

export function replay(scenario: Scenario, steps: readonly Step[], options: ReplayOptions = {}): ReplayResult {
  const machine = options.machine ?? createScenarioMachine(scenario);
  const start = () => initialTransition(machine)[0];
  let snapshot = start();
  for (const [index, step] of steps.entries()) {
    if ('undo' in step) {
      if (options.allowUndo === false) return { ok: false, step: index, reason: 'take-backs are not allowed in test mode' };
      const moves = snapshot.context.moves.slice(0, -1);
      if (snapshot.context.moves.length === 0) return { ok: false, step: index, reason: 'there is nothing to take back' };
      snapshot = start();
      for (const move of moves) snapshot = transition(machine, snapshot, eventOf(move))[0];
      continue;
    }
    const at = String(snapshot.value);
    if (snapshot.status === 'done') return { ok: false, step: index, reason: `the call had already ended at "${at}"` };
    if (step.node !== at) return { ok: false, step: index, reason: `the step was made at "${step.node}", but the replay is at "${at}"` };
    const event = eventOf(step);
    if (!snapshot.can(event)) {
      const what = 'timeout' in step ? 'has no time limit' : `does not offer choice number ${step.choice + 1}`;
      return { ok: false, step: index, reason: `node "${at}" ${what}` };
    }
    snapshot = transition(machine, snapshot, event)[0];
  }
  return { ok: true, played: describeSnapshot(scenario, snapshot) };
}
