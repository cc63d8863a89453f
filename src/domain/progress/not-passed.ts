/** The library's role-plays a learner has not passed yet: tried without passing, or never tried. */
import type { CheckedAttempt } from './checked-attempt.ts';

export type NotPassed = { id: string; status: 'never-passed'; attempts: number } | { id: string; status: 'never-tried' };

/** Tried ones first (closest to a pass), then untried ones; each in the library's order. Attempts on scenarios no longer in the library are ignored. */
export function notYetPassed(library: readonly string[], checked: readonly Pick<CheckedAttempt, 'scenarioId' | 'score'>[]): NotPassed[] {
  const tries = new Map<string, number>();
  const passed = new Set<string>();
  for (const { scenarioId, score } of checked) {
    tries.set(scenarioId, (tries.get(scenarioId) ?? 0) + 1);
    if (score.passed) passed.add(scenarioId);
  }
  const open = library.filter((id) => !passed.has(id));
  return [
    ...open.filter((id) => tries.has(id)).map((id): NotPassed => ({ id, status: 'never-passed', attempts: tries.get(id)! })),
    ...open.filter((id) => !tries.has(id)).map((id): NotPassed => ({ id, status: 'never-tried' })),
  ];
}
