/**
 * On launch, before the player opens: an unfinished attempt the LMS kept (suspend data)
 * that this browser does not have (another computer) is put into the store, so the
 * player resumes it. Loaded by the launcher only when there is suspend data.
 */
import { loadIndex, loadScenario } from '../../content-client/load.ts';
import { progressStore } from '../../storage/store.ts';
import { resumable } from './resume.ts';
import type { SuspendProblem } from './suspend.ts';

export type Restored = 'restored' | 'kept' | SuspendProblem;

export async function restoreSuspended(scenarioId: string, data: string, locale: 'zh' | 'en'): Promise<Restored> {
  const current = (await loadIndex()).scenarios.find((s) => s.id === scenarioId);
  if (!current) return 'other-scenario';
  const file = await loadScenario(scenarioId, current.hash);
  const found = resumable(data, { id: scenarioId, hash: current.hash, scenario: file.scenario });
  if (!found.ok) return found.problem;
  const { attempt } = found;
  const store = progressStore();
  const active = await store.findActiveAttempt(scenarioId);
  const prefix = active?.contentHash === attempt.hash && active.steps.every((s, i) => JSON.stringify(s) === JSON.stringify(attempt.steps[i]));
  // The browser's own attempt stands unless the LMS's carries it further.
  if (active && (!prefix || active.steps.length >= attempt.steps.length)) return 'kept';
  const { scenarioId: id, hash, mode, timing, variant, seed } = attempt;
  const into = active ?? (await store.startAttempt({ scenarioId: id, contentHash: hash, locale, mode, timing, variant, seed }));
  for (let at = into.steps.length; at < attempt.steps.length; at++) await store.appendStep(into.id, at, attempt.steps[at]!);
  return 'restored';
}
