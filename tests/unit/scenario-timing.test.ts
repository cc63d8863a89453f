import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { startClock, timeLimitMs } from '../../src/domain/scenario/timing.ts';
import { fixture } from './helpers.ts';

const { scenario } = fixture('rich-call');
const timed = scenario.nodes.outburst!;
const untimed = scenario.nodes.offer!;

describe('time limits', () => {
  afterEach(() => vi.useRealTimers());

  it('are as authored, doubled when extended, and absent when off or untimed', () => {
    expect(timeLimitMs(timed, 'standard')).toBe(10_000);
    expect(timeLimitMs(timed, 'extended')).toBe(20_000);
    expect(timeLimitMs(timed, 'off')).toBeNull();
    expect(timeLimitMs(untimed, 'standard')).toBeNull();
  });

  it('expire after the limit on a fake clock, not before', () => {
    vi.useFakeTimers();
    const expire = vi.fn();
    startClock(timed, 'standard', expire);
    vi.advanceTimersByTime(9_999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('wait twice as long when extended, and never fire when off or stopped', () => {
    vi.useFakeTimers();
    const extended = vi.fn();
    const off = vi.fn();
    const stopped = vi.fn();
    startClock(timed, 'extended', extended);
    startClock(timed, 'off', off);
    startClock(timed, 'standard', stopped)();
    vi.advanceTimersByTime(19_999);
    expect(extended).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(extended).toHaveBeenCalledOnce();
    expect(off).not.toHaveBeenCalled();
    expect(stopped).not.toHaveBeenCalled();
  });
});

describe('the best path', () => {
  it('takes the best offered choice at each node, following the routes', () => {
    expect(bestPath(scenario)).toEqual([{ node: 'outburst', choice: 0 }, { node: 'offer', choice: 0 }]);
  });
});
