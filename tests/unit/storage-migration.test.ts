/** Opening a database an older version of the site wrote, and reading its older records. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';

let db: DojoDb;
let n = 0;
afterEach(async () => db.delete());

const V1 = { attempts: 'id, scenarioId, status, [scenarioId+status], finishedAt', chapterReads: 'slug' };
const V2 = { quizAnswers: '++id, questionId, chapter, answeredAt', exams: 'id, status, startedAt', reviewCards: 'questionId, due' };
const oldAttempt = {
  id: 'a1',
  format: 1,
  scenarioId: 's',
  contentHash: 'h',
  locale: 'zh',
  status: 'finished',
  startedAt: 1,
  updatedAt: 2,
  finishedAt: 2,
  steps: [{ node: 'n', choice: 0 }],
};

describe('upgrading the database', () => {
  it('from version 1: keeps attempts and chapters read, adds the quiz tables, and reads old attempts as practice with standard time', async () => {
    const name = `upgrade-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    await v1.table('attempts').add(oldAttempt);
    await v1.table('chapterReads').add({ slug: 'crm-overview', readAt: 5 });
    v1.close();

    db = openDojoDb(name);
    const store = dexieStore(db);
    expect(await store.listFinishedAttempts()).toEqual([{ ...oldAttempt, format: 2, mode: 'practice', timing: 'standard' }]);
    expect(await store.listChapterReads()).toEqual([{ slug: 'crm-overview', readAt: 5 }]);
    expect(await db.exams.count()).toBe(0);
    expect(db.verno).toBe(5);
  });

  it('from version 2: keeps exams and answers, adds practice runs, and resumes an old exam at question 1 with its time intact', async () => {
    const name = `upgrade-${++n}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1);
    v2.version(2).stores(V2);
    await v2.table('exams').add({
      id: 'e1',
      format: 1,
      seed: 'ABC',
      questionIds: ['q-01', 'q-02'],
      startedAt: 10,
      minutes: 85,
      extraMinutes: 25,
      answers: { 'q-01': { type: 'truefalse', value: true } },
      flagged: [],
      status: 'active',
      locale: 'zh',
    });
    await v2.table('quizAnswers').add({ questionId: 'q-01', chapter: 'c', mode: 'practice', answer: null, score: 0, correct: false, answeredAt: 3 });
    v2.close();

    db = openDojoDb(name);
    const store = dexieStore(db);
    expect(await store.findActiveExam()).toMatchObject({
      id: 'e1',
      format: 3,
      paperMinutes: 60,
      minutes: 85,
      extraMinutes: 25,
      timeAdded: [],
      position: 0,
      paper: { sections: [{ marks: 1, questionIds: ['q-01', 'q-02'] }] },
      written: {},
      ticked: {},
    });
    expect(await store.addExtraTime('e1', 20)).toMatchObject({ minutes: 90, extraMinutes: 30, timeAdded: [{ at: 20, minutes: 5 }] });
    expect(await db.quizAnswers.count()).toBe(1);
    expect(await store.findQuizRun('c')).toBeUndefined();
  });

  it('from version 3: keeps attempts and practice runs, adds assignments and the profile, reading no profile as standard time', async () => {
    const name = `upgrade-${++n}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(V1);
    v3.version(2).stores(V2);
    v3.version(3).stores({ quizRuns: 'chapter' });
    await v3.table('attempts').add({ ...oldAttempt, format: 2, mode: 'test', timing: 'extended' });
    await v3.table('quizRuns').add({ chapter: 'c', startedAt: 1, position: 2, answers: {} });
    v3.close();

    db = openDojoDb(name);
    const store = dexieStore(db);
    expect(await store.listFinishedAttempts()).toEqual([{ ...oldAttempt, format: 2, mode: 'test', timing: 'extended' }]);
    expect(await store.findQuizRun('c')).toMatchObject({ position: 2 });
    expect(await store.listAssignments()).toEqual([]);
    expect(await store.readProfile()).toMatchObject({ timing: 'standard' });
    expect(await store.saveProfile({ name: '张三', studentNumber: '20230101' }, 9)).toMatchObject({ name: '张三', timing: 'standard', updatedAt: 9 });
  });
});
