import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { addExtraTime, findActiveExam, finishExam, listFinishedExams, saveExamAnswer, startExam, toggleFlag } from '../../src/storage/exams.ts';
import { recordAnswer } from '../../src/storage/review.ts';
import { countDue, listDue } from '../../src/storage/review-due.ts';

let db: DojoDb;
let n = 0;
const fresh = () => (db = openDojoDb(`quiz-test-${++n}`));
afterEach(async () => db.delete());

describe('upgrading the database from version 1 to 2', () => {
  it('keeps the role-play attempts and chapters read, and adds the quiz tables', async () => {
    const name = `upgrade-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ attempts: 'id, scenarioId, status, [scenarioId+status], finishedAt', chapterReads: 'slug' });
    await v1.table('attempts').add({ id: 'a1', format: 1, scenarioId: 's', contentHash: 'h', locale: 'zh', status: 'finished', startedAt: 1, updatedAt: 2, finishedAt: 2, steps: [{ node: 'n', choice: 0 }] });
    await v1.table('chapterReads').add({ slug: 'crm-overview', readAt: 5 });
    v1.close();

    db = openDojoDb(name);
    expect(await db.attempts.get('a1')).toMatchObject({ scenarioId: 's', steps: [{ node: 'n', choice: 0 }] });
    expect(await db.chapterReads.toArray()).toEqual([{ slug: 'crm-overview', readAt: 5 }]);
    expect(await db.exams.count()).toBe(0);
    expect(db.verno).toBe(2);
  });
});

describe('exams', () => {
  const init = { seed: 'abc', questionIds: ['q-01', 'q-02'], minutes: 60, extraMinutes: 15, locale: 'zh' };

  it('keeps answers and flags as they are given, and survives a reopen', async () => {
    const db = fresh();
    const exam = await startExam(db, init, 1000);
    expect(exam.minutes).toBe(75);
    await saveExamAnswer(db, exam.id, 'q-01', { type: 'truefalse', value: true });
    await toggleFlag(db, exam.id, 'q-02');
    await addExtraTime(db, exam.id, 10);
    db.close();
    await db.open();
    expect(await findActiveExam(db)).toMatchObject({ id: exam.id, answers: { 'q-01': { type: 'truefalse', value: true } }, flagged: ['q-02'], minutes: 85, extraMinutes: 25, startedAt: 1000 });
    await toggleFlag(db, exam.id, 'q-02');
    expect((await db.exams.get(exam.id))?.flagged).toEqual([]);
  });

  it('finishes once, then refuses further answers', async () => {
    const db = fresh();
    const exam = await startExam(db, init);
    await finishExam(db, exam.id, { points: 1, score: 50, passed: false, missed: ['q-02'] }, 'timeout', 9000);
    expect(await findActiveExam(db)).toBeUndefined();
    expect(await listFinishedExams(db)).toMatchObject([{ id: exam.id, submittedBy: 'timeout', finishedAt: 9000, result: { score: 50 } }]);
    await expect(saveExamAnswer(db, exam.id, 'q-01', { type: 'truefalse', value: true })).rejects.toThrow('already finished');
    await expect(toggleFlag(db, 'nope', 'q-01')).rejects.toThrow('does not exist');
  });
});

describe('the review queue', () => {
  const day = (d: number) => new Date(2026, 10, d, 10).getTime();
  const answer = (questionId: string, correct: boolean, mode: 'practice' | 'exam' | 'review', at: number) => ({
    questionId, chapter: 'crm-overview', mode, answer: { type: 'truefalse' as const, value: correct }, score: correct ? 1 : 0, correct, answeredAt: at,
  });

  it('a wrong answer enters the queue, due today; a right one does not', async () => {
    const db = fresh();
    await recordAnswer(db, answer('crm-overview-01', false, 'practice', day(24)));
    await recordAnswer(db, answer('crm-overview-02', true, 'practice', day(24)));
    expect((await listDue(db, new Date(day(24)))).map((c) => c.questionId)).toEqual(['crm-overview-01']);
    expect(await db.quizAnswers.count()).toBe(2);
  });

  it('a right review moves the card to a later day; a wrong one brings it back soon', async () => {
    const db = fresh();
    await recordAnswer(db, answer('crm-overview-01', false, 'exam', day(24)));
    await recordAnswer(db, answer('crm-overview-01', true, 'review', day(24)));
    expect(await countDue(db, new Date(day(24)))).toBe(0);
    const card = await db.reviewCards.get('crm-overview-01');
    expect(card!.due).toBeGreaterThan(day(24));
    await recordAnswer(db, answer('crm-overview-01', false, 'practice', day(30)));
    expect(await countDue(db, new Date(day(31)))).toBe(1);
  });
});
