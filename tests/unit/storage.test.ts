import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendStep, findActiveAttempt, listActiveAttempts, listFinishedAttempts, startAttempt, supersedeAttempt } from '../../src/storage/attempts.ts';
import { listChapterReads, markChapterRead } from '../../src/storage/chapter-reads.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { tinyScenario } from './helpers.ts';

let db: DojoDb;
let dbCount = 0;
function freshDb(): DojoDb {
  db = openDojoDb(`test-${++dbCount}`);
  return db;
}
afterEach(async () => {
  await db.delete();
});

const init = { scenarioId: 'tiny-call', contentHash: 'abc', locale: 'zh' };

describe('attempts', () => {
  it('keeps every step as it is written, and finds the unfinished attempt again', async () => {
    const db = freshDb();
    const attempt = await startAttempt(db, init, 1000);
    await appendStep(db, attempt.id, { node: 'ring', choice: 0 }, undefined, 2000);

    // A reload opens the database anew.
    db.close();
    const reopened = openDojoDb(db.name);
    const active = await findActiveAttempt(reopened, 'tiny-call');
    expect(active).toMatchObject({ id: attempt.id, status: 'active', steps: [{ node: 'ring', choice: 0 }], updatedAt: 2000 });
    reopened.close();
    await db.open();
  });

  it('closes an attempt with its ending and score in the same write as the last step', async () => {
    const db = freshDb();
    const { scenario } = tinyScenario();
    const attempt = await startAttempt(db, init, 1000);
    const steps = [{ node: 'ring', choice: 0 }, { node: 'greet', choice: 0 }];
    await appendStep(db, attempt.id, steps[0]!);
    const score = scoreMoves(scenario, steps);
    await appendStep(db, attempt.id, steps[1]!, { ending: 'solved', score }, 5000);

    expect(await findActiveAttempt(db, 'tiny-call')).toBeUndefined();
    const [finished] = await listFinishedAttempts(db);
    expect(finished).toMatchObject({ status: 'finished', ending: 'solved', finishedAt: 5000, steps, score });
  });

  it('refuses to add steps to a finished or unknown attempt', async () => {
    const db = freshDb();
    const attempt = await startAttempt(db, init);
    await appendStep(db, attempt.id, { node: 'ring', choice: 1 }, { ending: 'hung-up', score: scoreMoves(tinyScenario().scenario, []) });
    await expect(appendStep(db, attempt.id, { node: 'greet', choice: 0 })).rejects.toThrow('is finished, not active');
    await expect(appendStep(db, 'no-such-id', { node: 'ring', choice: 0 })).rejects.toThrow('does not exist');
  });

  it('lists finished attempts newest first', async () => {
    const db = freshDb();
    const score = scoreMoves(tinyScenario().scenario, []);
    for (const at of [3000, 1000, 2000]) {
      const a = await startAttempt(db, init, at - 500);
      await appendStep(db, a.id, { node: 'ring', choice: 1 }, { ending: 'hung-up', score }, at);
    }
    expect((await listFinishedAttempts(db)).map((a) => a.finishedAt)).toEqual([3000, 2000, 1000]);
  });

  it('sets aside an attempt made on an older version of the scenario', async () => {
    const db = freshDb();
    const attempt = await startAttempt(db, init);
    await supersedeAttempt(db, attempt.id);
    expect(await findActiveAttempt(db, 'tiny-call')).toBeUndefined();
    expect(await listActiveAttempts(db)).toEqual([]);
    expect((await db.attempts.get(attempt.id))?.status).toBe('superseded');
  });
});

describe('chapter reads', () => {
  it('records a chapter once, keeping the first date', async () => {
    const db = freshDb();
    await markChapterRead(db, 'customer-service', 100);
    await markChapterRead(db, 'customer-service', 200);
    expect(await listChapterReads(db)).toEqual([{ slug: 'customer-service', readAt: 100 }]);
  });
});

describe('progress at a glance', () => {
  it('counts chapters read, finished role-plays, the best score and reviews due', async () => {
    const db = freshDb();
    const { summarizeProgress } = await import('../../src/storage/summary.ts');
    expect(await summarizeProgress(db)).toEqual({ chaptersRead: 0, attemptsFinished: 0, bestScore: null, dueToday: 0 });
    const { scenario } = tinyScenario();
    for (const [steps, ending] of [[[{ node: 'ring', choice: 0 }, { node: 'greet', choice: 0 }], 'solved'], [[{ node: 'ring', choice: 1 }], 'hung-up']] as const) {
      const a = await startAttempt(db, init);
      for (const [i, step] of steps.entries()) await appendStep(db, a.id, step, i === steps.length - 1 ? { ending, score: scoreMoves(scenario, steps) } : undefined);
    }
    await markChapterRead(db, 'crm-overview');
    expect(await summarizeProgress(db)).toEqual({ chaptersRead: 1, attemptsFinished: 2, bestScore: 100, dueToday: 0 });
  });
});
