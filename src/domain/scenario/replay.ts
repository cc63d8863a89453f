/**
 * Replaying a transcript through the scenario's machine: the same transitions the
 * learner's clicks made, so resuming after a reload and re-scoring in the gradebook
 * give exactly what the learner saw.
 */
import { initialTransition, transition } from 'xstate';
import { createScenarioMachine, type ScenarioMachine, type Step } from './machine.ts';
import type { Scenario } from './schema.ts';
import { scoreSteps, type ScoreResult } from './scoring.ts';

export type PlaySnapshot = ReturnType<typeof initialTransition<ScenarioMachine>>[0];

export interface Played {
  snapshot: PlaySnapshot;
  /** The node awaiting a choice, or null once an ending is reached. */
  node: string | null;
  /** The ending reached, or null while the call goes on. */
  ending: string | null;
  score: ScoreResult;
}

export type ReplayResult = { ok: true; played: Played } | { ok: false; step: number; reason: string };

/** Where a snapshot stands: the node awaiting a choice, or the ending reached. */
export function describeSnapshot(scenario: Scenario, snapshot: PlaySnapshot): Played {
  const at = String(snapshot.value);
  const ended = snapshot.status === 'done';
  return {
    snapshot,
    node: ended ? null : at,
    ending: ended ? at : null,
    score: scoreSteps(scenario, snapshot.context.steps),
  };
}

export function replay(scenario: Scenario, steps: readonly Step[], machine = createScenarioMachine(scenario)): ReplayResult {
  let [snapshot] = initialTransition(machine);
  for (const [index, step] of steps.entries()) {
    const at = String(snapshot.value);
    if (snapshot.status === 'done') {
      return { ok: false, step: index, reason: `the call had already ended at "${at}"` };
    }
    if (step.node !== at) {
      return { ok: false, step: index, reason: `the step was made at "${step.node}", but the replay is at "${at}"` };
    }
    const event = { type: 'learner.choose', choice: step.choice } as const;
    if (!snapshot.can(event)) {
      return { ok: false, step: index, reason: `node "${at}" has no choice number ${step.choice + 1}` };
    }
    [snapshot] = transition(machine, snapshot, event);
  }
  return { ok: true, played: describeSnapshot(scenario, snapshot) };
}
