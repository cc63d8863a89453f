/**
 * The home page's best score, as replaying each finished attempt's steps on the version
 * it was played on gives it: a stored score is only a copy, and may have been edited in
 * storage or in a backup. Loaded only when there are finished attempts to check; it reads
 * them without the store (Dexie), as the rest of the home page does (`quick-read-home.ts`).
 */
import { loadScenario } from '../content-client/load.ts';
import { replay } from '../domain/scenario/replay.ts';
import { versionPlayedAs } from '../domain/scenario/variants.ts';
import { DB_NAME } from './db-name.ts';
import { reading, result } from './quick-read.ts';
import type { Attempt, StoredAttempt } from './records/attempt.ts';
import { upgradeAttempt } from './records/upgrade.ts';

/** The attempt's overall score by replay, or undefined when its version cannot be had or its steps do not replay. */
async function replayedOverall(attempt: Attempt): Promise<number | null | undefined> {
  try {
    const file = await loadScenario(attempt.scenarioId, attempt.contentHash);
    const played = replay(versionPlayedAs(file.scenario, attempt.variant), attempt.steps, { mode: attempt.mode, timing: attempt.timing });
    return played.ok ? played.played.score.overall : undefined;
  } catch {
    return undefined;
  }
}

/** The finished attempts, as the store lists them (`listFinishedAttempts`, unsorted), read without it. */
function readFinishedAttempts(name = DB_NAME): Promise<Attempt[]> {
  return reading(name, ['attempts'], [], async (tx) =>
    ((await result(tx.objectStore('attempts').index('status').getAll('finished'))) as StoredAttempt[]).map(upgradeAttempt),
  );
}

/** The best replayed overall score, or null when no finished attempt has one. */
export async function replayedBestScore(): Promise<number | null> {
  const scores = await Promise.all((await readFinishedAttempts()).map(replayedOverall));
  const numbers = scores.filter((s): s is number => typeof s === 'number');
  return numbers.length > 0 ? Math.max(...numbers) : null;
}
