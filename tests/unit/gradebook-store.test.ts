/** The gradebook store, IndexedDB and memory alike: kept apart from the learner's progress, files added all or none. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LESSON_PLAN_WEIGHTS } from '../../src/domain/gradebook/course-grade.ts';
import { openDojoDb } from '../../src/storage/db.ts';
import { dexieGradebookStore, GRADEBOOK_DB, openGradebookDb } from '../../src/storage/gradebook/dexie-store.ts';
import type { GradebookStore } from '../../src/storage/gradebook/gradebook-store.ts';
import { memoryGradebookStore } from '../../src/storage/gradebook/memory-store.ts';
import { assignment, attempt, BEST, CHECKSUM, imported, resultFile } from './gradebook-fixtures.ts';

const open: ReturnType<typeof openGradebookDb>[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const stores: [string, () => GradebookStore][] = [
  [
    'IndexedDB',
    () => {
      const db = openGradebookDb(`gradebook-${++n}`);
      open.push(db);
      return dexieGradebookStore(db);
    },
  ],
  ['memory', memoryGradebookStore],
];

describe.each(stores)('gradebook store (%s)', (_, make) => {
  it('keeps the assignment, the files and the weights', async () => {
    const store = make();
    expect(await store.getAssignment()).toBeUndefined();
    await store.setAssignment({ assignment, checksum: CHECKSUM });
    expect(await store.getAssignment()).toEqual({ assignment, checksum: CHECKSUM });
    const a = imported(resultFile('张三', '2301001', [attempt(BEST)]));
    const b = imported(resultFile('李四', '2301002', []));
    await store.addFiles([a, b]);
    expect((await store.listFiles()).map((f) => f.key).sort()).toEqual([a.key, b.key].sort());
    await store.removeFile(a.key);
    expect((await store.listFiles()).map((f) => f.key)).toEqual([b.key]);
    await store.clearFiles();
    expect(await store.listFiles()).toEqual([]);
    await store.setWeights({ ...LESSON_PLAN_WEIGHTS, exam: 50, drills: 30 });
    expect(await store.getWeights()).toEqual({ drills: 30, customerFile: 10, survey: 10, exam: 50 });
  });

  it('adds a batch all or none', async () => {
    const store = make();
    const good = imported(resultFile('张三', '2301001', []));
    const broken = { ...imported(resultFile('李四', '2301002', [])), key: undefined as unknown as string };
    await expect(store.addFiles([good, broken])).rejects.toThrow();
    expect(await store.listFiles()).toEqual([]);
  });
});

it('uses a database of its own, apart from the learner’s progress', () => {
  expect(GRADEBOOK_DB).not.toBe(openDojoDb().name);
});
