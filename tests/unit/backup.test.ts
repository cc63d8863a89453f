import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendStep, startAttempt } from '../../src/storage/attempts.ts';
import { exportBackup, importBackup } from '../../src/storage/backup.ts';
import { markChapterRead } from '../../src/storage/chapter-reads.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { startExam } from '../../src/storage/exams.ts';
import { recordAnswer } from '../../src/storage/review.ts';

const open: DojoDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDojoDb(`backup-${++n}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

async function seeded(): Promise<DojoDb> {
  const db = fresh();
  const attempt = await startAttempt(db, { scenarioId: 'tiny-call', contentHash: 'h1', locale: 'zh', mode: 'practice', timing: 'off' }, 1000);
  await appendStep(db, attempt.id, { node: 'ring', choice: 0 }, undefined, 2000);
  await markChapterRead(db, 'crm-overview', 3000);
  await startExam(db, { seed: 'ABC', questionIds: ['crm-overview-01'], minutes: 60, extraMinutes: 0, locale: 'zh' }, 4000);
  await recordAnswer(db, { questionId: 'crm-overview-01', chapter: 'crm-overview', mode: 'practice', answer: { type: 'truefalse', value: true }, score: 0, correct: false, answeredAt: 5000 });
  return db;
}

const snapshot = async (db: DojoDb) => ({
  attempts: await db.attempts.toArray(),
  chapterReads: await db.chapterReads.toArray(),
  exams: await db.exams.toArray(),
  reviewCards: await db.reviewCards.toArray(),
  quizAnswers: (await db.quizAnswers.toArray()).length,
});

describe('backing up progress', () => {
  it('exports everything and imports it on another device unchanged', async () => {
    const source = await seeded();
    const file = await exportBackup(source, 9000);
    const target = fresh();
    const result = await importBackup(target, file);
    expect(result).toEqual({ ok: true, counts: { attempts: 1, chapterReads: 1, quizAnswers: 1, exams: 1, reviewCards: 1 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // FSRS dates come back as dates, so the notebook keeps scheduling.
    expect((await target.reviewCards.toArray())[0]!.card.due).toBeInstanceOf(Date);
  });

  it('merges with what the other device already has', async () => {
    const target = fresh();
    await markChapterRead(target, 'crm-systems', 1);
    await importBackup(target, await exportBackup(await seeded()));
    expect((await target.chapterReads.toArray()).map((r) => r.slug).sort()).toEqual(['crm-overview', 'crm-systems']);
  });
});

describe('a bad backup file is refused whole and changes nothing', () => {
  async function refused(text: string): Promise<string> {
    const target = await seeded();
    const before = await snapshot(target);
    const result = await importBackup(target, text);
    expect(await snapshot(target)).toEqual(before);
    if (result.ok) throw new Error('imported a bad file');
    return result.reason;
  }

  it('not JSON', async () => {
    expect(await refused('{ this is not json')).toBe('the file is not JSON');
  });
  it('some other JSON file', async () => {
    expect(await refused('{"format": "something-else"}')).toBe('format: this is not a Service Dojo backup file');
  });
  it('a file from a newer version', async () => {
    const file = JSON.parse(await exportBackup(await seeded()));
    expect(await refused(JSON.stringify({ ...file, version: 99 }))).toBe('version: this backup was made by a newer version of Service Dojo; update the site first');
  });
  it('one broken record among good ones', async () => {
    const file = JSON.parse(await exportBackup(await seeded()));
    file.tables.attempts.push({ ...file.tables.attempts[0], id: 'second', steps: [{ node: 'ring', choice: -1 }] });
    expect(await refused(JSON.stringify(file))).toMatch(/^tables\.attempts\.1\.steps\.0/);
  });
});
