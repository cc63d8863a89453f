/** Saved role-play attempts: each step is written the moment it is chosen. */
import type { Step } from '../domain/scenario/machine.ts';
import type { ScoreResult } from '../domain/scenario/scoring.ts';
import { ATTEMPT_FORMAT, type Attempt, type DojoDb } from './db.ts';

export type NewAttempt = Pick<Attempt, 'scenarioId' | 'contentHash' | 'locale' | 'mode' | 'timing'>;

export async function startAttempt(db: DojoDb, init: NewAttempt, now = Date.now()): Promise<Attempt> {
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    format: ATTEMPT_FORMAT,
    ...init,
    status: 'active',
    startedAt: now,
    updatedAt: now,
    steps: [],
  };
  await db.attempts.add(attempt);
  return attempt;
}

/** The unfinished attempt at a scenario, if there is one (the newest). */
export async function findActiveAttempt(db: DojoDb, scenarioId: string): Promise<Attempt | undefined> {
  const active = await db.attempts.where({ scenarioId, status: 'active' }).sortBy('updatedAt');
  return active.at(-1);
}

export interface Finish {
  ending: string;
  score: ScoreResult;
}

/** Appends one step; with `finish`, the same write closes the attempt. */
export async function appendStep(db: DojoDb, id: string, step: Step, finish?: Finish, now = Date.now()): Promise<Attempt> {
  return db.transaction('rw', db.attempts, async () => {
    const attempt = await db.attempts.get(id);
    if (!attempt) throw new Error(`attempt ${id} does not exist`);
    if (attempt.status !== 'active') throw new Error(`attempt ${id} is ${attempt.status}, not active`);
    const updated: Attempt = {
      ...attempt,
      steps: [...attempt.steps, step],
      updatedAt: now,
      ...(finish && { status: 'finished', finishedAt: now, ending: finish.ending, score: finish.score }),
    };
    await db.attempts.put(updated);
    return updated;
  });
}

/** Marks an unfinished attempt as made on an older version of its scenario. */
export async function supersedeAttempt(db: DojoDb, id: string): Promise<void> {
  await db.attempts.update(id, { status: 'superseded' });
}

/** Finished attempts, newest first. */
export async function listFinishedAttempts(db: DojoDb): Promise<Attempt[]> {
  return db.attempts.where('status').equals('finished').reverse().sortBy('finishedAt');
}

export async function listActiveAttempts(db: DojoDb): Promise<Attempt[]> {
  return db.attempts.where('status').equals('active').toArray();
}
