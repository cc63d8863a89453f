/** The reads that skip Dexie give the same answers as the store, and never create the database. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import { mayHaveActiveAttempt, readChapterSlugs, readProfileTiming } from '../../src/storage/quick-read.ts';
import { readAssignments, readSummary } from '../../src/storage/quick-read-home.ts';
import { summarizeProgress } from '../../src/storage/summary.ts';
import { tinyScenario } from './helpers.ts';
import { sample } from './assignment-sample.ts';
import { encodeAssignment } from '../../src/domain/assignment/share-link.ts';

const open: DojoDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});
function fresh() {
  const name = `quick-${++n}`;
  const db = openDojoDb(name);
  open.push(db);
  return { name, store: dexieStore(db) };
}
const init = { scenarioId: 'tiny-call', contentHash: 'abc', locale: 'zh', mode: 'test', timing: 'off' } as const;

describe('reads without Dexie', () => {
  it('answer "nothing" for a database that does not exist, and leave none behind', async () => {
    expect(await mayHaveActiveAttempt('tiny-call', 'never-opened')).toBe(false);
    expect(await readSummary(new Date(), 'never-opened')).toEqual({ chaptersRead: 0, attemptsFinished: 0, bestScore: null, dueToday: 0 });
    expect(await readChapterSlugs('never-opened')).toEqual([]);
    expect(await readProfileTiming('never-opened')).toBe('standard');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('never-opened');
  });

  it('see an unfinished attempt at its scenario only, until it is finished', async () => {
    const { name, store } = fresh();
    const attempt = await store.startAttempt(init);
    expect(await mayHaveActiveAttempt('tiny-call', name)).toBe(true);
    expect(await mayHaveActiveAttempt('other-call', name)).toBe(false);
    const { scenario } = tinyScenario();
    const steps = [{ node: 'ring', choice: 1 }] as const;
    await store.appendStep(attempt.id, 0, steps[0], { ending: 'hung-up', score: scoreMoves(scenario, steps) });
    expect(await mayHaveActiveAttempt('tiny-call', name)).toBe(false);
  });

  it('sum up the record as the store does', async () => {
    const { name, store } = fresh();
    const { scenario } = tinyScenario();
    const steps = [
      { node: 'ring', choice: 0 },
      { node: 'greet', choice: 0 },
    ] as const;
    const attempt = await store.startAttempt(init);
    for (const [i, step] of steps.entries())
      await store.appendStep(attempt.id, i, step, i === steps.length - 1 ? { ending: 'solved', score: scoreMoves(scenario, steps) } : undefined);
    await store.startAttempt(init);
    await store.markChapterRead('crm-overview');
    await store.recordAnswer({
      questionId: 'crm-overview-01',
      chapter: 'crm-overview',
      mode: 'practice',
      answer: { type: 'truefalse', value: false },
      score: 0,
      correct: false,
      answeredAt: Date.now(),
    });
    const expected = await summarizeProgress(store);
    expect(expected).toEqual({ chaptersRead: 1, attemptsFinished: 1, bestScore: 100, dueToday: 1 });
    expect(await readSummary(new Date(), name)).toEqual(expected);
    expect(await readChapterSlugs(name)).toEqual(['crm-overview']);
  });

  it("read the learner's time setting as the store keeps it, and standard for one it does not know", async () => {
    const { name, store } = fresh();
    expect(await readProfileTiming(name)).toBe('standard');
    await store.saveProfile({ timing: 'plus50' });
    expect(await readProfileTiming(name)).toBe('plus50');
    const db = open.at(-1)!;
    await db.profile.update('learner', { timing: 'forever' as never });
    expect(await readProfileTiming(name)).toBe('standard');
  });

  it('list the assignments kept, soonest due first, as the store does', async () => {
    const { name, store } = fresh();
    expect(await readAssignments(name)).toEqual([]);
    const later = { ...sample, id: 'later-assignment-1', title: '第二周', due: sample.due + 1000 };
    for (const a of [later, sample]) await store.saveAssignment({ assignment: a, ...encodeAssignment(a) }, 100);
    await store.markHandedIn(sample.id, 500);
    const listed = await store.listAssignments();
    expect(await readAssignments(name)).toEqual(
      listed.map((k) => ({
        fragment: k.fragment,
        title: k.assignment.title,
        due: k.assignment.due,
        ...(k.handedInAt !== undefined && { handedInAt: k.handedInAt }),
      })),
    );
    expect((await readAssignments(name)).map((a) => a.title)).toEqual([sample.title, '第二周']);
  });
});
