/**
 * Time limits on timed moments. Learners may lengthen or switch them off
 * (WCAG 2.2.1); the attempt records which. The clock itself is a delayed transition
 * of the call's machine, and a time-out is a move in the transcript, so a replay
 * never depends on a clock.
 */
import type { ScenarioNode } from '../../schemas/scenario.ts';

export const TIMINGS = ['standard', 'extended', 'off'] as const;
export type Timing = (typeof TIMINGS)[number];

/** Milliseconds the learner has at this node, or null when it has no limit (or limits are off). */
export function timeLimitMs(node: { timeLimit?: Pick<NonNullable<ScenarioNode['timeLimit']>, 'seconds'> }, timing: Timing): number | null {
  if (!node.timeLimit || timing === 'off') return null;
  return node.timeLimit.seconds * 1000 * (timing === 'extended' ? 2 : 1);
}
