/**
 * What an assignment means for the player, without its schema (so the scenario page
 * loads no validator): the page parameter that names it, and the extra time it grants.
 */
import type { Assignment } from './assignment.ts';

/** The query parameter of a scenario page played for an assignment: `?assignment=<id>`. */
export const ASSIGNMENT_PARAM = 'assignment';

/** The extra share of time the assignment grants this student (0 when none). */
export function grantedShare(assignment: Assignment, number: string | undefined): number {
  const own = number === undefined ? undefined : assignment.extraTime.students.find((s) => s.number === number.trim());
  return Math.max(assignment.extraTime.share ?? 0, own?.share ?? 0);
}
