/**
 * Time limits on timed moments. Learners may lengthen or switch them off
 * (WCAG 2.2.1); the attempt records which. The clock itself is a delayed transition
 * of the call's machine, and a time-out is a move in the transcript, so a replay
 * never depends on a clock.
 */
import { EXTRA_TIME_SHARE } from '../quiz/extra-time.ts';
import type { ScenarioNode } from '../../schemas/scenario.ts';

/**
 * The learner's extra-time setting, from none to limits off. `extended` (+100 %)
 * keeps its name from before +25 % and +50 % existed, so older attempts read the same.
 */
export const TIMINGS = ['standard', 'plus25', 'plus50', 'extended', 'off'] as const;
export type Timing = (typeof TIMINGS)[number];

/** The extra share of time each setting gives; null: no limits at all. */
export const EXTRA_SHARE: Readonly<Record<Timing, number | null>> = { standard: 0, plus25: 0.25, plus50: 0.5, extended: 1, off: null };

/** The setting that gives at least `share` extra time on top of `timing` (an assignment's grant). */
export function atLeast(timing: Timing, share: number): Timing {
  const own = EXTRA_SHARE[timing];
  if (own === null || own >= share) return timing;
  return TIMINGS.find((t) => (EXTRA_SHARE[t] ?? Infinity) >= share)!;
}

/** Milliseconds the learner has at this node, or null when it has no limit (or limits are off). */
export function timeLimitMs(node: { timeLimit?: Pick<NonNullable<ScenarioNode['timeLimit']>, 'seconds'> }, timing: Timing): number | null {
  const share = EXTRA_SHARE[timing];
  if (!node.timeLimit || share === null) return null;
  return Math.round(node.timeLimit.seconds * 1000 * (1 + share));
}

/** The mock exam's default extra share for a learner with this setting: theirs, within what exam rules allow. */
export function examExtraShare(timing: Timing): number {
  return Math.min(EXTRA_SHARE[timing] ?? EXTRA_TIME_SHARE, EXTRA_TIME_SHARE);
}
