/**
 * A scenario becomes an XState machine: one state per node, a final state per
 * ending, one guarded transition per choice. The context is the transcript; scores
 * are derived from it by `scoreSteps`, so there is one place where scoring lives.
 */
import { assign, setup } from 'xstate';
import type { Scenario } from './schema.ts';

/** One thing the learner did: at `node`, picked choice number `choice` (0-based). */
export interface Step {
  node: string;
  choice: number;
}

export interface PlayContext {
  steps: Step[];
}

export type PlayEvent = { type: 'learner.choose'; choice: number };

export function createScenarioMachine(scenario: Scenario) {
  const machineSetup = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent },
    guards: {
      isChoice: ({ event }, params: { choice: number }) => event.choice === params.choice,
    },
    actions: {
      recordStep: assign({
        steps: ({ context, event }, params: { node: string }) => [
          ...context.steps,
          { node: params.node, choice: event.choice },
        ],
      }),
    },
  });
  type States = NonNullable<Parameters<typeof machineSetup.createMachine>[0]['states']>;

  const states: States = {};
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    states[nodeId] = {
      on: {
        'learner.choose': node.choices.map((choice, index) => ({
          guard: { type: 'isChoice', params: { choice: index } },
          target: choice.next,
          actions: { type: 'recordStep', params: { node: nodeId } },
        })),
      },
    };
  }
  for (const endingId of Object.keys(scenario.endings)) {
    states[endingId] = { type: 'final', tags: ['ending'] };
  }

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: { steps: [] },
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
