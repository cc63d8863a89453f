/**
 * Importing never rolls progress back: for each record on both devices the newer and
 * more complete copy stays, and the report counts exactly what was added, updated and
 * kept, table by table.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../src/storage/backup.ts';
import type { TableChanges } from '../../src/storage/backup-merge.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';
import { COMPETENCIES } from '../../src/domain/scenario/competencies.ts';
import type { ScoreResult } from '../../src/domain/scenario/scoring.ts';

const open: DojoDb[] = [];
let n = 0;
const fresh = (): ProgressStore => {
  const db = openDojoDb(`backup-merge-${++n}`);
  open.push(db);
  return dexieStore(db);
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const score: ScoreResult = {
  competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, { earned: 4, possible: 5, percent: 80 }])) as ScoreResult['competencies'],
  overall: 80,
  passed: true,
  fails: [],
};
const init = { scenarioId: 'tiny-call', contentHash: 'h1', locale: 'zh', mode: 'practice', timing: 'standard' } as const;
const changes = (c: Partial<TableChanges>): TableChanges => ({ added: 0, updated: 0, kept: 0, same: 0, ...c });

/** The same store's file, read at a moment: an older copy of what it holds later. */
const snapshot = async (store: ProgressStore) => exportBackup(store, 1);

describe('an import keeps the newer and more complete copy of each record', () => {
  it('an older copy of an attempt does not replace the finished one, and the report says it was kept', async () => {
    const device = fresh();
    const a = await device.startAttempt(init, 1000);
    await device.appendStep(a.id, 0, { node: 'ring', choice: 0 }, undefined, 2000);
    const older = await snapshot(device);
    await device.appendStep(a.id, 1, { node: 'greet', choice: 1 }, { ending: 'resolved', score }, 3000);
    const before = await device.exportRecords();

    const result = await importBackup(device, older);
    expect(result).toMatchObject({ ok: true, changes: { attempts: changes({ kept: 1 }) } });
    expect(await device.exportRecords()).toEqual(before);
    expect((await device.listFinishedAttempts())[0]).toMatchObject({ id: a.id, status: 'finished', steps: [{}, {}] });
  });

  it('the finished copy replaces an unfinished one here; more steps beat fewer; the later last step wins', async () => {
    const phone = fresh();
    const a = await phone.startAttempt(init, 1000);
    await phone.appendStep(a.id, 0, { node: 'ring', choice: 0 }, undefined, 2000);
    const laptop = fresh();
    await importBackup(laptop, await snapshot(phone));
    await phone.appendStep(a.id, 1, { node: 'greet', choice: 1 }, undefined, 3000);
    expect(await importBackup(laptop, await snapshot(phone))).toMatchObject({ ok: true, changes: { attempts: changes({ updated: 1 }) } });
    expect((await laptop.findActiveAttempt('tiny-call'))!.steps).toHaveLength(2);

    await phone.appendStep(a.id, 2, { node: 'close', choice: 0 }, { ending: 'resolved', score }, 4000);
    expect(await importBackup(laptop, await snapshot(phone))).toMatchObject({ ok: true, changes: { attempts: changes({ updated: 1 }) } });
    expect(await laptop.listFinishedAttempts()).toHaveLength(1);
  });

  it('the same file twice changes nothing the second time, and says so', async () => {
    const source = fresh();
    const a = await source.startAttempt(init, 1000);
    await source.appendStep(a.id, 0, { node: 'ring', choice: 0 }, { ending: 'resolved', score }, 2000);
    await source.recordAnswer({
      questionId: 'q-01',
      chapter: 'c',
      mode: 'practice',
      answer: { type: 'truefalse', value: false },
      score: 0,
      correct: false,
      answeredAt: 3000,
    });
    await source.saveProfile({ timing: 'plus25' }, 4000);
    const file = await snapshot(source);
    const target = fresh();
    expect(await importBackup(target, file)).toMatchObject({ ok: true, changes: { attempts: changes({ added: 1 }), quizAnswers: changes({ added: 1 }) } });
    const once = await target.exportRecords();
    const again = await importBackup(target, file);
    expect(again).toEqual({
      ok: true,
      changes: {
        attempts: changes({ same: 1 }),
        chapterReads: changes({}),
        quizAnswers: changes({ same: 1 }),
        quizRuns: changes({ same: 1 }),
        exams: changes({}),
        reviewCards: changes({ same: 1 }),
        assignments: changes({}),
        profile: changes({ same: 1 }),
      },
    });
    expect(await target.exportRecords()).toEqual(once);
  });

  it('answers are only added: one from another device with a number taken here is added beside it, not over it', async () => {
    const answer = (questionId: string, answeredAt: number) =>
      ({ questionId, chapter: 'c', mode: 'review', answer: { type: 'truefalse', value: true }, score: 1, correct: true, answeredAt }) as const;
    const phone = fresh();
    await phone.recordAnswer(answer('q-phone', 1000));
    const laptop = fresh();
    await laptop.recordAnswer(answer('q-laptop', 2000));
    const result = await importBackup(laptop, await snapshot(phone));
    expect(result).toMatchObject({ ok: true, changes: { quizAnswers: changes({ added: 1 }) } });
    const ids = (await laptop.exportRecords()).quizAnswers.map((a) => [a.questionId, a.id]);
    expect(ids).toEqual([
      ['q-laptop', 1],
      ['q-phone', 2],
    ]);
  });

  it('exams: a finished one is not replaced by its unfinished copy', async () => {
    const device = fresh();
    const exam = await device.startExam(
      {
        seed: 'S',
        paper: { paperId: 'p', passMark: 1, sections: [{ title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['q-01'] }] },
        paperMinutes: 30,
        extraMinutes: 0,
        locale: 'zh',
      },
      1000,
    );
    const older = await snapshot(device);
    await device.handInExam(
      exam.id,
      {
        result: { points: 0, outOf: 1, score: 0, passed: false, machine: { marks: 0, outOf: 1 }, self: { marks: 0, outOf: 0 }, missed: ['q-01'] },
        marks: [],
        submittedBy: 'learner',
      },
      2000,
    );
    expect(await importBackup(device, older)).toMatchObject({ ok: true, changes: { exams: changes({ kept: 1 }) } });
    expect(await device.listFinishedExams()).toHaveLength(1);
  });

  it('review cards: the card reviewed later stays', async () => {
    const wrong = (answeredAt: number, mode: 'practice' | 'review') =>
      ({ questionId: 'q-01', chapter: 'c', mode, answer: { type: 'truefalse', value: false }, score: 0, correct: false, answeredAt }) as const;
    const device = fresh();
    await device.recordAnswer(wrong(1000, 'practice'));
    const older = await snapshot(device);
    await device.recordAnswer(wrong(90_000_000, 'review'));
    const card = (await device.exportRecords()).reviewCards[0];
    expect(await importBackup(device, older)).toMatchObject({ ok: true, changes: { reviewCards: changes({ kept: 1 }), quizAnswers: changes({ same: 1 }) } });
    expect((await device.exportRecords()).reviewCards[0]).toEqual(card);
  });

  it('profile: the newer one stays; chapters: the first reading stays', async () => {
    const device = fresh();
    await device.saveProfile({ name: '旧名字' }, 1000);
    await device.markChapterRead('crm-overview', 5000);
    const file = JSON.parse(await snapshot(device));
    file.tables.chapterReads[0].readAt = 3000;
    await device.saveProfile({ name: '新名字' }, 2000);
    expect(await importBackup(device, JSON.stringify(file))).toMatchObject({
      ok: true,
      changes: { profile: changes({ kept: 1 }), chapterReads: changes({ updated: 1 }) },
    });
    expect((await device.readProfile()).name).toBe('新名字');
    expect((await device.listChapterReads())[0]!.readAt).toBe(3000);
  });
});
