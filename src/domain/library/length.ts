/**
 * How long a role-play is, for the scenario index: the decisions on its best path (the
 * path a model agent takes, `best-path.ts`). Other paths may be a turn or two longer or
 * shorter; the best path is the one every learner is aiming for.
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { bestPath } from '../scenario/best-path.ts';

export const LENGTHS = ['short', 'medium', 'long'] as const;
export type Length = (typeof LENGTHS)[number];

/** Up to this many decisions is short; up to `MEDIUM_MAX` medium; more is long. */
const SHORT_MAX = 6;
const MEDIUM_MAX = 8;

export function lengthOf(scenario: Scenario): { decisions: number; length: Length } {
  const decisions = bestPath(scenario).length;
  return { decisions, length: decisions <= SHORT_MAX ? 'short' : decisions <= MEDIUM_MAX ? 'medium' : 'long' };
}
