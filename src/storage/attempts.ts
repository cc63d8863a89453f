/** Role-play attempts in IndexedDB; every read is upgraded to the newest format. */
import type { Step } from '../domain/scenario/machine.ts';
import { afterStep, byFinishedDesc, newAttempt } from './changes.ts';
import type { DojoDb } from './db.ts';
import type { Finish, NewAttempt } from './progress-store.ts';
import type { Attempt } from './records/attempt.ts';
import { upgradeAttempt } from './records/upgrade.ts';

export type { Finish, NewAttempt };

/** A new attempt, made before it is written so that a retried write adds the same record, never a second one. */
export function begun(init: NewAttempt, step: Step | undefined, finish: Finish | undefined, now: number): Attempt {
  const started = newAttempt(init, now);
  return step ? afterStep(started, started.id, 0, step, finish, now) : started;
}

export async function addAttempt(db: DojoDb, attempt: Attempt): Promise<Attempt> {
  await db.attempts.put(attempt);
  return attempt;
}

export async function findActiveAttempt(db: DojoDb, scenarioId: string): Promise<Attempt | undefined> {
  const active = await db.attempts.where({ scenarioId, status: 'active' }).sortBy('updatedAt');
  const newest = active.at(-1);
  return newest && upgradeAttempt(newest);
}

export async function appendStep(db: DojoDb, id: string, at: number, step: Step, finish?: Finish, now = Date.now()): Promise<Attempt> {
  return db.transaction('rw', db.attempts, async () => {
    const stored = await db.attempts.get(id);
    const updated = afterStep(stored && upgradeAttempt(stored), id, at, step, finish, now);
    await db.attempts.put(updated);
    return updated;
  });
}

export async function supersedeAttempt(db: DojoDb, id: string): Promise<void> {
  await db.attempts.update(id, { status: 'superseded' });
}

export async function listFinishedAttempts(db: DojoDb): Promise<Attempt[]> {
  return (await db.attempts.where('status').equals('finished').toArray()).map(upgradeAttempt).sort(byFinishedDesc);
}

export async function listActiveAttempts(db: DojoDb): Promise<Attempt[]> {
  return (await db.attempts.where('status').equals('active').toArray()).map(upgradeAttempt);
}
