import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../src/storage/backup.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import type { BackupProblem } from '../../src/storage/problems.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';
import { encodeAssignment } from '../../src/domain/assignment/share-link.ts';
import { sample } from './assignment-sample.ts';

const open: DojoDb[] = [];
let n = 0;
const fresh = (): ProgressStore => {
  const db = openDojoDb(`backup-${++n}`);
  open.push(db);
  return dexieStore(db);
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

async function seeded(): Promise<ProgressStore> {
  const store = fresh();
  const attempt = await store.startAttempt({ scenarioId: 'tiny-call', contentHash: 'h1', locale: 'zh', mode: 'practice', timing: 'off' }, 1000);
  await store.appendStep(attempt.id, 0, { node: 'ring', choice: 0 }, undefined, 2000);
  await store.markChapterRead('crm-overview', 3000);
  await store.startExam(
    {
      seed: 'ABC',
      paper: { paperId: 'short', passMark: 1, sections: [{ title: { zh: '判断题', en: 'True or false' }, marks: 2, questionIds: ['crm-overview-01'] }] },
      paperMinutes: 60,
      extraMinutes: 0,
      locale: 'zh',
    },
    4000,
  );
  await store.recordAnswer({
    questionId: 'crm-overview-01',
    chapter: 'crm-overview',
    mode: 'practice',
    answer: { type: 'truefalse', value: true },
    score: 0,
    correct: false,
    answeredAt: 5000,
  });
  await store.saveAssignment({ assignment: sample, ...encodeAssignment(sample) }, 6000);
  await store.saveProfile({ name: '张三', studentNumber: '20230101', timing: 'plus50' }, 7000);
  return store;
}

describe('backing up progress', () => {
  it('exports everything and imports it on another device unchanged', async () => {
    const source = await seeded();
    const target = fresh();
    const result = await importBackup(target, await exportBackup(source, 9000));
    const added = { added: 1, updated: 0, kept: 0, same: 0 };
    expect(result).toEqual({
      ok: true,
      changes: {
        attempts: added,
        chapterReads: added,
        quizAnswers: added,
        quizRuns: added,
        exams: added,
        reviewCards: added,
        assignments: added,
        profile: added,
      },
    });
    expect(await target.exportRecords()).toEqual(await source.exportRecords());
    // FSRS dates come back as dates, so the notebook keeps scheduling.
    expect((await target.listDue(new Date(5000)))[0]!.card.due).toBeInstanceOf(Date);
  });

  it('carries self-marked written answers and calculation answers with their seed', async () => {
    const source = await seeded();
    await source.recordAnswer({
      questionId: 'crm-overview-41',
      chapter: 'crm-overview',
      mode: 'practice',
      kind: 'self',
      answer: { type: 'written', parts: [{ text: 'CLV 是……', ticked: [0, 2] }] },
      selfMark: { marks: 3, outOf: 5 },
      answeredAt: 6000,
    });
    await source.recordAnswer({
      questionId: 'crm-overview-55',
      chapter: 'crm-overview',
      mode: 'review',
      answer: { type: 'calc', seed: 987654, value: 1234.5 },
      score: 1,
      correct: true,
      answeredAt: 7000,
    });
    const file = await exportBackup(source, 9000);
    expect(JSON.parse(file).version).toBe(3);
    const target = fresh();
    expect(await importBackup(target, file)).toMatchObject({ ok: true, changes: { quizAnswers: { added: 3 } } });
    expect(await target.exportRecords()).toEqual(await source.exportRecords());
    expect(await target.findQuizRun('crm-overview')).toMatchObject({ answers: { 'crm-overview-41': { type: 'written' } } });
  });

  it('accepts a file from version 2, whose answers are all machine-graded, as it is', async () => {
    const file = JSON.parse(await exportBackup(await seeded()));
    const target = fresh();
    expect(await importBackup(target, JSON.stringify({ ...file, version: 2 }))).toMatchObject({ ok: true, changes: { quizAnswers: { added: 1 } } });
    expect((await target.exportRecords()).quizAnswers).toEqual(file.tables.quizAnswers);
  });

  it('merges with what the other device already has', async () => {
    const target = fresh();
    await target.markChapterRead('crm-systems', 1);
    await importBackup(target, await exportBackup(await seeded()));
    expect((await target.listChapterReads()).map((r) => r.slug).sort()).toEqual(['crm-overview', 'crm-systems']);
  });

  it('accepts a file from version 1, upgrading its older records', async () => {
    const file = JSON.parse(await exportBackup(await seeded()));
    const { quizRuns: _, assignments: _a, profile: _p, ...tables } = file.tables;
    const [attempt] = tables.attempts;
    const [exam] = tables.exams;
    const v1 = {
      ...file,
      version: 1,
      tables: {
        ...tables,
        attempts: [{ ...attempt, format: 1, mode: undefined, timing: undefined }],
        exams: [
          {
            ...exam,
            format: 1,
            paperMinutes: undefined,
            timeAdded: undefined,
            position: undefined,
            paper: undefined,
            written: undefined,
            ticked: undefined,
            minutes: 75,
            extraMinutes: 15,
          },
        ],
      },
    };
    const target = fresh();
    expect(await importBackup(target, JSON.stringify(v1))).toMatchObject({
      ok: true,
      changes: { quizRuns: { added: 0 }, assignments: { added: 0 }, profile: { added: 0 } },
    });
    expect(await target.findActiveAttempt('tiny-call')).toMatchObject({ format: 2, mode: 'practice', timing: 'standard' });
    expect(await target.findActiveExam()).toMatchObject({
      format: 3,
      paperMinutes: 60,
      minutes: 75,
      position: 0,
      timeAdded: [],
      paper: { paperId: 'legacy', sections: [{ marks: 1, questionIds: ['crm-overview-01'] }] },
    });
  });
});

describe('a bad backup file is refused whole, with a problem code, and changes nothing', () => {
  async function refused(text: string): Promise<BackupProblem> {
    const target = await seeded();
    const before = await target.exportRecords();
    const result = await importBackup(target, text);
    expect(await target.exportRecords()).toEqual(before);
    if (result.ok) throw new Error('imported a bad file');
    return result.problem;
  }
  const file = async () => JSON.parse(await exportBackup(await seeded()));

  it('not JSON', async () => {
    expect(await refused('{ this is not json')).toEqual({ code: 'not-json' });
  });
  it('some other JSON file', async () => {
    expect(await refused('{"format": "something-else"}')).toEqual({ code: 'not-a-backup' });
  });
  it('a file from a newer version', async () => {
    expect(await refused(JSON.stringify({ ...(await file()), version: 99 }))).toEqual({ code: 'newer-version', version: 99 });
  });
  it('a record from a newer version', async () => {
    const f = await file();
    f.tables.exams[0].format = 9;
    expect(await refused(JSON.stringify(f))).toEqual({ code: 'newer-record', path: 'tables.exams.0.format' });
  });
  it('one broken record among good ones', async () => {
    const f = await file();
    f.tables.attempts.push({ ...f.tables.attempts[0], id: 'second', steps: [{ node: 'ring', choice: -1 }] });
    expect(await refused(JSON.stringify(f))).toMatchObject({ code: 'invalid-field', path: expect.stringMatching(/^tables\.attempts\.1\.steps\.0/) });
  });
  it('a self-mark above what the points carry, or a self-marked answer that is not a written one', async () => {
    const self = { questionId: 'q-01', chapter: 'c', mode: 'practice', kind: 'self', answeredAt: 1 };
    const written = { type: 'written', parts: [{ text: 'x', ticked: [0] }] };
    for (const bad of [
      { ...self, answer: written, selfMark: { marks: 5, outOf: 4 } },
      { ...self, answer: { type: 'truefalse', value: true }, selfMark: { marks: 1, outOf: 4 } },
    ]) {
      const f = await file();
      f.tables.quizAnswers.push(bad);
      expect(await refused(JSON.stringify(f))).toMatchObject({ code: 'invalid-field', path: expect.stringMatching(/^tables\.quizAnswers\.1/) });
    }
  });
  it('a file that passes the checks but cannot be written', async () => {
    const f = await file();
    f.tables.exams.push({ ...f.tables.exams[0], id: 'second-exam' });
    const target = await seeded();
    // The last record written has no key IndexedDB can use: the exam written before it must not stay either.
    const failing: ProgressStore = {
      ...target,
      importRecords: (tables) =>
        target.importRecords({ ...tables, reviewCards: [...tables.reviewCards, { ...tables.reviewCards[0]!, questionId: undefined as unknown as string }] }),
    };
    const before = await target.exportRecords();
    expect(await importBackup(failing, JSON.stringify(f))).toEqual({ ok: false, problem: { code: 'write-failed' } });
    expect(await target.exportRecords()).toEqual(before);
  });
});
