/**
 * How long a role-play is, for the scenario index: the decisions on its best path (the
 * path a model agent takes, `best-path.ts`). Other paths may be a turn or two longer or
 * shorter; the best path is the one every learner is aiming for.
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { bestPath } from '../scenario/best-path.ts';

export const LENGTHS = ['short', 'medium', 'long'] as const;
export type Length = (typeof LENGTHS)[number];

/** The most decisions of each length (the library's calls run from 6 to 9). */
const MOST: Record<Exclude<Length, 'long'>, number> = { short: 6, medium: 8 };

export function lengthOf(scenario: Scenario): { decisions: number; length: Length } {
  const decisions = bestPath(scenario).length;
  return { decisions, length: decisions <= MOST.short ? 'short' : decisions <= MOST.medium ? 'medium' : 'long' };
}

/** The decisions a length covers, as figures for a label: "1–6", "7–8", "9+". */
export function lengthRange(length: Length): string {
  if (length === 'short') return `1–${MOST.short}`;
  if (length === 'medium') return `${MOST.short + 1}–${MOST.medium}`;
  return `${MOST.medium + 1}+`;
}
