/**
 * A scenario becomes an XState machine: one state per node, a final state per
 * ending, one guarded transition per place a choice (or a time-out) can lead. The
 * guards and the update ask the pure rules in `play.ts`, so the machine, the
 * scoring and the replay cannot disagree.
 */
import { assign, setup } from 'xstate';
import { advance, effectOf, applyEffect, routeOf, startState, type CallState, type Effect, type Move } from './play.ts';
import type { Scenario } from './schema.ts';

export type { Move, Step } from './play.ts';

export interface PlayContext {
  state: CallState;
  /** The moves that count, in order (take-backs already applied). */
  moves: Move[];
}

export type PlayEvent = { type: 'learner.choose'; choice: number } | { type: 'timer.expired' };

const moveOf = (node: string, event: PlayEvent): Move =>
  event.type === 'timer.expired' ? { node, timeout: true } : { node, choice: event.choice };

/** Every id an effect can lead to, in route order, without repeats. */
const targetsOf = (effect: Effect): string[] =>
  typeof effect.next === 'string' ? [effect.next] : [...new Set(effect.next.map((route) => route.to))];

export function createScenarioMachine(scenario: Scenario) {
  const machineSetup = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent },
    guards: {
      /** Is this move allowed here, and does it lead to `to`? */
      leadsTo: ({ context, event }, params: { node: string; to: string }) => {
        const effect = effectOf(scenario, context.state, moveOf(params.node, event));
        return effect !== undefined && routeOf(effect, applyEffect(scenario, context.state, effect)) === params.to;
      },
    },
    actions: {
      take: assign(({ context, event }, params: { node: string }) => {
        const move = moveOf(params.node, event);
        const effect = effectOf(scenario, context.state, move)!;
        return { state: advance(scenario, context.state, effect), moves: [...context.moves, move] };
      }),
    },
  });
  type States = NonNullable<Parameters<typeof machineSetup.createMachine>[0]['states']>;

  const states: States = {};
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const transitions = (effects: Effect[]) =>
      [...new Set(effects.flatMap(targetsOf))].map((to) => ({
        guard: { type: 'leadsTo' as const, params: { node: nodeId, to } },
        target: to,
        actions: { type: 'take' as const, params: { node: nodeId } },
      }));
    states[nodeId] = {
      on: {
        'learner.choose': transitions(node.choices),
        ...(node.timeLimit && { 'timer.expired': transitions([node.timeLimit.timeout]) }),
      },
    };
  }
  for (const endingId of Object.keys(scenario.endings)) {
    states[endingId] = { type: 'final', tags: ['ending'] };
  }

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: { state: startState(scenario), moves: [] },
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
