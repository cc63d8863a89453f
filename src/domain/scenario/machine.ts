/**
 * A scenario becomes an XState machine, the one interpreter of a call: one state per
 * node, a final state per ending, a start gate before a timed first node, and every
 * rule of play as a transition: choices, time-outs (a delayed transition whose delay is
 * the learner's timing), take-backs (practice mode only) and the settings, which can
 * change until the call begins. Guards and updates ask the pure rules in `play.ts`, so
 * the machine, the scoring and the replay cannot disagree.
 */
import { assign, raise, setup, type SnapshotFrom } from 'xstate';
import { moveOf, type Move, type MoveEvent, type Step } from './moves.ts';
import { advance, applyEffect, effectOf, routeOf, startState, stateAfter, type CallState, type Effect } from './play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { timeLimitMs, type Timing } from './timing.ts';
import { own } from '../own.ts';

export type { Move, Step } from './moves.ts';

export const MODES = ['practice', 'test'] as const;
/** Practice: feedback at once, take-backs allowed. Test: feedback at the debrief, no take-backs. */
export type Mode = (typeof MODES)[number];

export interface PlaySettings {
  mode: Mode;
  timing: Timing;
}

export interface PlayContext extends PlaySettings {
  state: CallState;
  /** The moves that count, in order (take-backs already applied). */
  moves: Move[];
  /** Everything the learner did, take-backs included: what an attempt stores. */
  transcript: Step[];
  /** The learner pressed start or made a move; the settings are fixed from then on. */
  begun: boolean;
}

export type PlayEvent =
  | MoveEvent
  | { type: 'learner.undo' }
  /** Passing the start gate of a timed first node. */
  | { type: 'learner.start' }
  | { type: 'learner.configure'; settings: Partial<PlaySettings> }
  /** Back at a call restored from its transcript: a timed moment's clock starts again. */
  | { type: 'learner.resume' };

/**
 * Without the learner's settings (path analysis, re-scoring) the machine plays in
 * practice mode with no clock: time-outs then come only from a transcript.
 */
export type PlayInput = Partial<PlaySettings> | undefined;

/** State names beside the node and ending ids; ids are lower-case, so these cannot clash. */
const OPENING = 'Opening';
const WAITING = 'Waiting';

/** Every id an effect (or a node's reply rules) can lead to, in route order, without repeats. */
const targetsOf = (effect: Pick<Effect, 'next'>): string[] => [...new Set(effect.next.map((route) => route.to))];

const isMoveEvent = (event: PlayEvent): event is MoveEvent =>
  event.type === 'learner.choose' || event.type === 'timer.expired' || event.type === 'learner.reply';

export function createScenarioMachine(scenario: Scenario) {
  const clockAt = (context: PlayContext) => {
    const node = own(scenario.nodes, context.state.at);
    return node ? timeLimitMs(node, context.timing) : null;
  };

  const machineSetup = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent, input: {} as PlayInput },
    guards: {
      /** Has the call not begun, at a timed first node? Then the learner starts the clock. */
      awaitsStart: ({ context }) => !context.begun && clockAt(context) !== null,
      /** Can the settings still change? */
      hasNotBegun: ({ context }) => !context.begun,
      /** Does the current node's clock run with the learner's timing? */
      isClockOn: ({ context }) => clockAt(context) !== null,
      /** Is this move allowed here, and does it lead to `to`? */
      doesMoveLeadTo: ({ context, event }, params: { node: string; to: string }) => {
        if (!isMoveEvent(event)) return false;
        const effect = effectOf(scenario, context.state, moveOf(params.node, event));
        return effect !== undefined && routeOf(effect, applyEffect(scenario, context.state, effect)) === params.to;
      },
      /** In practice mode and before an ending, was the last move that counts made at `node`? */
      canTakeBackTo: ({ context }, params: { node: string }) =>
        context.mode === 'practice' && !context.state.ended && context.moves.at(-1)?.node === params.node,
    },
    actions: {
      configure: assign(({ context, event }) =>
        event.type === 'learner.configure' ? { mode: event.settings.mode ?? context.mode, timing: event.settings.timing ?? context.timing } : {},
      ),
      begin: assign({ begun: true }),
      take: assign(({ context, event }, params: { node: string }) => {
        if (!isMoveEvent(event)) return {};
        const move = moveOf(params.node, event);
        const effect = effectOf(scenario, context.state, move)!;
        return { state: advance(scenario, context.state, effect), moves: [...context.moves, move], transcript: [...context.transcript, move], begun: true };
      }),
      takeBack: assign(({ context }) => {
        const moves = context.moves.slice(0, -1);
        return { state: stateAfter(scenario, moves), moves, transcript: [...context.transcript, { undo: true as const }] };
      }),
      expire: raise({ type: 'timer.expired' }),
    },
    delays: {
      /** The time limit of the node being entered, as the learner set it (0 when off: the guard then ignores it). */
      timeLimit: ({ context }) => clockAt(context) ?? 0,
    },
  });
  type States = NonNullable<Parameters<typeof machineSetup.createMachine>[0]['states']>;

  const states: States = {
    [OPENING]: { always: [{ guard: 'awaitsStart', target: WAITING }, { target: scenario.start }] },
    [WAITING]: { tags: ['awaiting-start'], on: { 'learner.start': { target: scenario.start, actions: 'begin' } } },
  };
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const transitions = (effects: Pick<Effect, 'next'>[]) =>
      [...new Set(effects.flatMap(targetsOf))].map((to) => ({
        guard: { type: 'doesMoveLeadTo' as const, params: { node: nodeId, to } },
        target: to,
        actions: { type: 'take' as const, params: { node: nodeId } },
      }));
    // A reply in the learner's own words goes where its marks route it (play.ts checks the stored route).
    const reply = node.reply && { 'learner.reply': transitions([node.reply]) };
    states[nodeId] = node.timeLimit
      ? {
          // The clock: entering the node schedules the time-out, leaving it cancels it.
          after: { timeLimit: { guard: 'isClockOn', actions: 'expire' } },
          on: {
            'learner.choose': transitions(node.choices),
            'timer.expired': transitions([node.timeLimit.timeout]),
            'learner.resume': { target: nodeId, reenter: true },
            ...reply,
          },
        }
      : { on: { 'learner.choose': transitions(node.choices), ...reply } };
  }
  for (const endingId of Object.keys(scenario.endings)) {
    states[endingId] = { type: 'final', tags: ['ending'] };
  }

  return machineSetup.createMachine({
    id: scenario.id,
    initial: OPENING,
    context: ({ input }) => ({
      mode: input?.mode ?? 'practice',
      timing: input?.timing ?? 'off',
      state: startState(scenario),
      moves: [],
      transcript: [],
      begun: false,
    }),
    on: {
      'learner.configure': { guard: 'hasNotBegun', target: `.${OPENING}`, actions: 'configure' },
      // Back to the node of the last move that counts, whichever node that is.
      'learner.undo': Object.keys(scenario.nodes).map((nodeId) => ({
        guard: { type: 'canTakeBackTo' as const, params: { node: nodeId } },
        target: `.${nodeId}`,
        actions: 'takeBack' as const,
      })),
    },
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type PlaySnapshot = SnapshotFrom<ScenarioMachine>;

/** Milliseconds on the clock at the snapshot's node, or null when no clock runs there. */
export function clockOf(scenario: Scenario, snapshot: PlaySnapshot): number | null {
  const node = own(scenario.nodes, String(snapshot.value));
  return node ? timeLimitMs(node, snapshot.context.timing) : null;
}
