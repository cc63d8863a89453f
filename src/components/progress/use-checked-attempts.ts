/**
 * The learner's finished attempts, each re-scored on the version it was played on
 * (`checkAttempt`), for the trends and lists at the top of `/progress`. Each version is
 * fetched once per page, so the attempt list below reuses what this loads.
 */
import { useLiveRecord } from '../use-live-record.ts';
import { loadPlayedScenario } from '../../content-client/load.ts';
import type { ScenarioFile } from '../../content-client/files.ts';
import { useContent, type Loaded } from '../../content-client/use-content.ts';
import { checkAttempt, type CheckedAttempt } from '../../domain/progress/checked-attempt.ts';

export function useCheckedAttempts(): Loaded<CheckedAttempt[]> {
  const finished = useLiveRecord((store) => store.listFinishedAttempts());
  // Names every attempt and version, so a newly finished attempt loads again.
  const key = finished ? finished.map((a) => `${a.id}@${a.scenarioId}/${a.contentHash}`).join(' ') : 'reading the store';
  const checked = useContent(async () => {
    if (!finished) return null;
    const versions = new Map<string, Promise<ScenarioFile | null>>();
    const versionOf = (id: string, hash: string) => {
      const key = `${id}/${hash}`;
      if (!versions.has(key)) versions.set(key, loadPlayedScenario(id, hash));
      return versions.get(key)!;
    };
    const played = await Promise.all(finished.map((a) => versionOf(a.scenarioId, a.contentHash)));
    return finished.flatMap((attempt, i) => checkAttempt(attempt, played[i]!) ?? []);
  }, key);
  if (checked.state !== 'ready') return checked;
  return checked.value === null ? { state: 'loading' } : { state: 'ready', value: checked.value };
}
