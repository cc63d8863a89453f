/** Assignments and the learner's profile, in both progress stores. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/domain/assignment/share-link.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';
import { sample } from './assignment-sample.ts';

const open: DojoDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const stores: [string, () => ProgressStore][] = [
  [
    'IndexedDB',
    () => {
      const db = openDojoDb(`assignments-${++n}`);
      open.push(db);
      return dexieStore(db);
    },
  ],
  ['memory', memoryStore],
];

const received = (assignment = sample) => ({ assignment, ...encodeAssignment(assignment) });

describe.each(stores)('%s store', (_, fresh) => {
  it('keeps an opened assignment; a newer version replaces it but keeps when it first came', async () => {
    const store = fresh();
    await store.saveAssignment(received(), 10);
    const edited = { ...sample, title: '客户投诉演练（修订）', createdAt: sample.createdAt + 1 };
    const kept = await store.saveAssignment(received(edited), 20);
    expect(kept).toMatchObject({ id: sample.id, receivedAt: 10, assignment: { title: '客户投诉演练（修订）' }, checksum: encodeAssignment(edited).checksum });
    expect(await store.listAssignments()).toEqual([kept]);
    expect(await store.findAssignment(sample.id)).toEqual(kept);
  });

  it('lists assignments due soonest first and notes hand-ins', async () => {
    const store = fresh();
    await store.saveAssignment(received(), 1);
    const sooner = { ...sample, id: 'another-one', due: sample.due - 1000 };
    await store.saveAssignment(received(sooner), 2);
    expect((await store.listAssignments()).map((a) => a.id)).toEqual(['another-one', sample.id]);
    expect(await store.markHandedIn(sample.id, 30)).toMatchObject({ handedInAt: 30 });
    await expect(store.markHandedIn('missing-id', 30)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reads an empty profile with standard time, and keeps what the learner changes', async () => {
    const store = fresh();
    expect(await store.readProfile()).toEqual({ key: 'learner', updatedAt: 0, timing: 'standard' });
    await store.saveProfile({ name: '张三', studentNumber: '20230101' }, 5);
    await store.saveProfile({ timing: 'plus25' }, 6);
    expect(await store.readProfile()).toEqual({ key: 'learner', name: '张三', studentNumber: '20230101', timing: 'plus25', updatedAt: 6 });
  });

  it('tags attempts with the assignment open when they began', async () => {
    const store = fresh();
    const attempt = await store.startAttempt({ scenarioId: 's', contentHash: 'h', locale: 'zh', mode: 'test', timing: 'plus25', assignmentId: sample.id }, 1);
    expect(attempt.assignmentId).toBe(sample.id);
  });
});
