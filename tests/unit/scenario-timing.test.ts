/** Timed moments: limits by the learner's setting, and the machine's delayed transition on a fake clock. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { createScenarioMachine, type PlaySettings } from '../../src/domain/scenario/machine.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { atLeast, examExtraShare, timeLimitMs } from '../../src/domain/scenario/timing.ts';
import { fixture } from './helpers.ts';

const { scenario } = fixture('rich-call');
const timed = scenario.nodes.outburst!;
const untimed = scenario.nodes.offer!;
const machine = createScenarioMachine(scenario);

describe('time limits', () => {
  it("are as authored, lengthened by the learner's share, and absent when off or untimed", () => {
    expect(timeLimitMs(timed, 'standard')).toBe(10_000);
    expect(timeLimitMs(timed, 'plus25')).toBe(12_500);
    expect(timeLimitMs(timed, 'plus50')).toBe(15_000);
    expect(timeLimitMs(timed, 'extended')).toBe(20_000);
    expect(timeLimitMs(timed, 'off')).toBeNull();
    expect(timeLimitMs(untimed, 'standard')).toBeNull();
  });
});

describe('extra time an assignment grants', () => {
  it("raises the learner's setting to at least the grant, and never lowers it", () => {
    expect(atLeast('standard', 0)).toBe('standard');
    expect(atLeast('standard', 0.25)).toBe('plus25');
    expect(atLeast('plus25', 0.5)).toBe('plus50');
    expect(atLeast('standard', 1)).toBe('extended');
    expect(atLeast('extended', 0.25)).toBe('extended');
    expect(atLeast('off', 1)).toBe('off');
  });
});

describe("the mock exam's default extra time", () => {
  it("is the learner's own share, within the half the exam rules allow", () => {
    expect(examExtraShare('standard')).toBe(0);
    expect(examExtraShare('plus25')).toBe(0.25);
    expect(examExtraShare('extended')).toBe(0.5);
    expect(examExtraShare('off')).toBe(0.5);
  });
});

describe('the clock of a timed moment (a delayed transition of the machine)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A call at the timed first node, the start pressed. */
  function started(settings: PlaySettings) {
    const actor = createActor(machine, { input: settings }).start();
    actor.send({ type: 'learner.start' });
    return actor;
  }

  it('times out after the limit, not before, and the time-out is a move with its effect', () => {
    const actor = started({ mode: 'practice', timing: 'standard' });
    vi.advanceTimersByTime(9_999);
    expect(actor.getSnapshot().value).toBe('outburst');
    vi.advanceTimersByTime(1);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('offer');
    expect(context.transcript).toEqual([{ node: 'outburst', timeout: true }]);
    expect(context.state.mood).toBe(-3);
  });

  it('waits twice as long with double time', () => {
    const actor = started({ mode: 'practice', timing: 'extended' });
    vi.advanceTimersByTime(19_999);
    expect(actor.getSnapshot().value).toBe('outburst');
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('offer');
  });

  it('never fires with limits off, and the call has no start gate then', () => {
    const actor = createActor(machine, { input: { mode: 'practice', timing: 'off' } }).start();
    expect(actor.getSnapshot().value).toBe('outburst');
    vi.advanceTimersByTime(10 * 60_000);
    expect(actor.getSnapshot().value).toBe('outburst');
    expect(actor.getSnapshot().context.transcript).toEqual([]);
  });

  it('does not run before the learner presses start', () => {
    const actor = createActor(machine, { input: { mode: 'practice', timing: 'standard' } }).start();
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().hasTag('awaiting-start')).toBe(true);
    expect(actor.getSnapshot().context.transcript).toEqual([]);
  });

  it('stops when the learner answers in time', () => {
    const actor = started({ mode: 'practice', timing: 'standard' });
    vi.advanceTimersByTime(9_000);
    actor.send({ type: 'learner.choose', choice: 0 });
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().context.transcript).toEqual([{ node: 'outburst', choice: 0 }]);
  });

  it('starts again from the full limit when a take-back returns to the timed moment', () => {
    const actor = started({ mode: 'practice', timing: 'standard' });
    actor.send({ type: 'learner.choose', choice: 0 });
    vi.advanceTimersByTime(8_000);
    actor.send({ type: 'learner.undo' });
    vi.advanceTimersByTime(9_999);
    expect(actor.getSnapshot().value).toBe('outburst');
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().context.transcript).toEqual([{ node: 'outburst', choice: 0 }, { undo: true }, { node: 'outburst', timeout: true }]);
  });

  it('runs again, from the full limit, in a call restored from its transcript once the learner is back', () => {
    const restored = replay(scenario, [{ node: 'outburst', choice: 0 }, { undo: true }], { mode: 'practice', timing: 'standard', machine });
    if (!restored.ok) throw new Error(restored.refusal.code);
    const actor = createActor(machine, { snapshot: restored.played.snapshot, input: undefined }).start();
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().value).toBe('outburst');
    actor.send({ type: 'learner.resume' });
    vi.advanceTimersByTime(9_999);
    expect(actor.getSnapshot().value).toBe('outburst');
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('offer');
    expect(actor.getSnapshot().context.transcript).toHaveLength(3);
  });
});

describe('the best path', () => {
  it('takes the best offered choice at each node, following the routes', () => {
    expect(bestPath(scenario)).toEqual([
      { node: 'outburst', choice: 0 },
      { node: 'offer', choice: 0 },
    ]);
  });
});
