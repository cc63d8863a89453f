/** One behaviour suite, run against both progress stores: IndexedDB (Dexie) and memory. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { markPaper } from '../../src/domain/quiz/exam.ts';
import type { Question } from '../../src/schemas/question.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';
import type { GradedQuizAnswer, NewQuizAnswer } from '../../src/storage/records/quiz-answer.ts';
import { summarizeProgress } from '../../src/storage/summary.ts';
import { tinyScenario } from './helpers.ts';

const open: DojoDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const stores: [string, () => ProgressStore][] = [
  [
    'IndexedDB',
    () => {
      const db = openDojoDb(`store-${++n}`);
      open.push(db);
      return dexieStore(db);
    },
  ],
  ['memory', memoryStore],
];

const init = { scenarioId: 'tiny-call', contentHash: 'abc', locale: 'zh', mode: 'test', timing: 'off' } as const;
const day = (d: number) => new Date(2026, 10, d, 10).getTime();
const tf = (value: boolean) => ({ type: 'truefalse', value }) as const;
const answer = (questionId: string, correct: boolean, mode: 'practice' | 'exam' | 'review', at: number, chapter = 'crm-overview') => ({
  questionId,
  chapter,
  mode,
  answer: tf(correct),
  score: correct ? 1 : 0,
  correct,
  answeredAt: at,
});
/** A written answer self-marked `marks` out of `outOf`. */
const written = (questionId: string, marks: number, outOf: number, mode: 'practice' | 'exam' | 'review', at: number): NewQuizAnswer => ({
  questionId,
  chapter: 'crm-overview',
  mode,
  kind: 'self',
  answer: { type: 'written', parts: [{ text: '客户终身价值是……', ticked: [0] }] },
  selfMark: { marks, outOf },
  answeredAt: at,
});
const calc = (questionId: string, seed: number, value: number, correct: boolean, at: number): NewQuizAnswer => ({
  questionId,
  chapter: 'crm-overview',
  mode: 'practice',
  answer: { type: 'calc', seed, value },
  score: correct ? 1 : 0,
  correct,
  answeredAt: at,
});
const question = (id: string): Question =>
  ({ id, type: 'truefalse', answer: true, section: 's', prompt: { zh: '题', en: 'Q' }, explanation: { zh: '解', en: 'E' } }) as unknown as Question;

describe.each(stores)('the progress store (%s)', (_, fresh) => {
  describe('attempts', () => {
    it('keeps every step as it is written, and finds the unfinished attempt again', async () => {
      const store = fresh();
      const attempt = await store.startAttempt(init, 1000);
      expect(attempt).toMatchObject({ status: 'active', mode: 'test', timing: 'off', steps: [] });
      await store.appendStep(attempt.id, 0, { node: 'ring', choice: 0 }, undefined, 2000);
      expect(await store.findActiveAttempt('tiny-call')).toMatchObject({ id: attempt.id, steps: [{ node: 'ring', choice: 0 }], updatedAt: 2000 });
      expect(await store.findActiveAttempt('other')).toBeUndefined();
    });

    it('starts an attempt with its first step in one write, and goes on from it', async () => {
      const store = fresh();
      const attempt = await store.beginAttempt(init, { node: 'ring', choice: 0 }, undefined, 1000);
      expect(attempt).toMatchObject({ status: 'active', startedAt: 1000, updatedAt: 1000, steps: [{ node: 'ring', choice: 0 }] });
      await store.appendStep(attempt.id, 1, { node: 'greet', choice: 1 }, undefined, 2000);
      expect(await store.findActiveAttempt('tiny-call')).toMatchObject({
        id: attempt.id,
        steps: [
          { node: 'ring', choice: 0 },
          { node: 'greet', choice: 1 },
        ],
      });
      const closed = await store.beginAttempt(init, { node: 'ring', choice: 1 }, { ending: 'hung-up', score: scoreMoves(tinyScenario().scenario, []) });
      expect(closed).toMatchObject({ status: 'finished', ending: 'hung-up' });
    });

    it('closes an attempt with its ending and score in the same write as the last step', async () => {
      const store = fresh();
      const steps = [
        { node: 'ring', choice: 0 },
        { node: 'greet', choice: 0 },
      ];
      const score = scoreMoves(tinyScenario().scenario, steps);
      const attempt = await store.startAttempt(init, 1000);
      await store.appendStep(attempt.id, 0, steps[0]!);
      await store.appendStep(attempt.id, 1, steps[1]!, { ending: 'solved', score }, 5000);
      expect(await store.findActiveAttempt('tiny-call')).toBeUndefined();
      expect(await store.listFinishedAttempts()).toMatchObject([{ status: 'finished', ending: 'solved', finishedAt: 5000, steps, score }]);
    });

    it('refuses steps on a finished or unknown attempt, with a code', async () => {
      const store = fresh();
      const attempt = await store.startAttempt(init);
      await store.appendStep(attempt.id, 0, { node: 'ring', choice: 1 }, { ending: 'hung-up', score: scoreMoves(tinyScenario().scenario, []) });
      await expect(store.appendStep(attempt.id, 1, { node: 'greet', choice: 0 })).rejects.toMatchObject({ code: 'not-active' });
      await expect(store.appendStep('no-such-id', 0, { node: 'ring', choice: 0 })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('lists finished attempts newest first, and sets aside one made on an older scenario', async () => {
      const store = fresh();
      const score = scoreMoves(tinyScenario().scenario, []);
      for (const at of [3000, 1000, 2000]) {
        const a = await store.startAttempt(init, at - 500);
        await store.appendStep(a.id, 0, { node: 'ring', choice: 1 }, { ending: 'hung-up', score }, at);
      }
      expect((await store.listFinishedAttempts()).map((a) => a.finishedAt)).toEqual([3000, 2000, 1000]);
      const old = await store.startAttempt(init);
      expect(await store.listActiveAttempts()).toHaveLength(1);
      await store.supersedeAttempt(old.id);
      expect(await store.findActiveAttempt('tiny-call')).toBeUndefined();
      expect(await store.listActiveAttempts()).toEqual([]);
    });

    it('hands out copies: changing a returned record changes nothing stored', async () => {
      const store = fresh();
      const attempt = await store.startAttempt(init);
      attempt.steps.push({ undo: true });
      expect((await store.findActiveAttempt('tiny-call'))!.steps).toEqual([]);
    });
  });

  describe('chapters read and the summary', () => {
    it('records a chapter once, keeping the first date', async () => {
      const store = fresh();
      await store.markChapterRead('customer-service', 100);
      await store.markChapterRead('customer-service', 200);
      expect(await store.listChapterReads()).toEqual([{ slug: 'customer-service', readAt: 100 }]);
    });

    it('counts chapters read, finished role-plays, the best score and reviews due', async () => {
      const store = fresh();
      expect(await summarizeProgress(store)).toEqual({ chaptersRead: 0, attemptsFinished: 0, bestScore: null, dueToday: 0 });
      const { scenario } = tinyScenario();
      for (const [steps, ending] of [
        [
          [
            { node: 'ring', choice: 0 },
            { node: 'greet', choice: 0 },
          ],
          'solved',
        ],
        [[{ node: 'ring', choice: 1 }], 'hung-up'],
      ] as const) {
        const a = await store.startAttempt(init);
        for (const [i, step] of steps.entries())
          await store.appendStep(a.id, i, step, i === steps.length - 1 ? { ending, score: scoreMoves(scenario, steps) } : undefined);
      }
      await store.markChapterRead('crm-overview');
      await store.recordAnswer(answer('crm-overview-01', false, 'practice', Date.now()));
      expect(await summarizeProgress(store)).toEqual({ chaptersRead: 1, attemptsFinished: 2, bestScore: 100, dueToday: 1 });
    });
  });

  describe('chapter practice', () => {
    it('keeps checked answers and the position, so a reload resumes; practising again starts afresh', async () => {
      const store = fresh();
      expect(await store.findQuizRun('crm-overview')).toBeUndefined();
      await store.recordAnswer(answer('crm-overview-01', true, 'practice', 1000));
      await store.moveQuizRun('crm-overview', 1);
      await store.recordAnswer(answer('crm-overview-02', false, 'practice', 2000));
      await store.recordAnswer(answer('crm-systems-01', false, 'review', 3000, 'crm-systems'));
      expect(await store.findQuizRun('crm-overview')).toEqual({
        chapter: 'crm-overview',
        startedAt: 1000,
        position: 1,
        answers: { 'crm-overview-01': tf(true), 'crm-overview-02': tf(false) },
      });
      expect(await store.findQuizRun('crm-systems')).toBeUndefined();
      // Written answers keep their text and ticks, calculations their seed, so a reload shows them as they were.
      await store.recordAnswer(written('crm-overview-03', 2, 4, 'practice', 3500));
      await store.recordAnswer(calc('crm-overview-04', 1234, 56.5, false, 3600));
      expect((await store.findQuizRun('crm-overview'))!.answers).toMatchObject({
        'crm-overview-03': { type: 'written', parts: [{ text: '客户终身价值是……', ticked: [0] }] },
        'crm-overview-04': { type: 'calc', seed: 1234, value: 56.5 },
      });
      await store.restartQuizRun('crm-overview', 4000);
      expect(await store.findQuizRun('crm-overview')).toEqual({ chapter: 'crm-overview', startedAt: 4000, position: 0, answers: {} });
    });
  });

  describe('the review queue', () => {
    it('a wrong answer enters the queue, due today; a right one does not', async () => {
      const store = fresh();
      await store.recordAnswer(answer('crm-overview-01', false, 'practice', day(24)));
      await store.recordAnswer(answer('crm-overview-02', true, 'practice', day(24)));
      expect((await store.listDue(new Date(day(24)))).map((c) => c.questionId)).toEqual(['crm-overview-01']);
      expect((await store.exportRecords()).quizAnswers).toHaveLength(2);
    });

    it('a right review moves the card to a later day; a wrong one brings it back soon', async () => {
      const store = fresh();
      await store.recordAnswer(answer('crm-overview-01', false, 'exam', day(24)));
      await store.recordAnswer(answer('crm-overview-01', true, 'review', day(24)));
      expect(await store.countDue(new Date(day(24)))).toBe(0);
      expect(await store.countReviewCards()).toBe(1);
      await store.recordAnswer(answer('crm-overview-01', false, 'practice', day(30)));
      expect(await store.countDue(new Date(day(31)))).toBe(1);
    });
  });

  describe('self-marked written answers', () => {
    it('enter the notebook only when self-marked below half, and are recorded as self-marks', async () => {
      const store = fresh();
      await store.recordAnswer(written('crm-overview-01', 1, 4, 'practice', day(24)));
      await store.recordAnswer(written('crm-overview-02', 2, 4, 'practice', day(24)));
      await store.recordAnswer(written('crm-overview-03', 4, 4, 'practice', day(24)));
      expect((await store.listDue(new Date(day(24)))).map((c) => c.questionId)).toEqual(['crm-overview-01']);
      const [first] = (await store.exportRecords()).quizAnswers;
      expect(first).toMatchObject({ kind: 'self', selfMark: { marks: 1, outOf: 4 } });
      expect(first).not.toHaveProperty('score');
      expect(first).not.toHaveProperty('correct');
    });

    it('in a review, half the marks or more counts as remembered, less as forgotten', async () => {
      const store = fresh();
      await store.recordAnswer(written('crm-overview-01', 0, 4, 'practice', day(24)));
      await store.recordAnswer(written('crm-overview-01', 2, 4, 'review', day(24)));
      expect(await store.countDue(new Date(day(24)))).toBe(0);
      await store.recordAnswer(written('crm-overview-01', 1, 4, 'review', day(30)));
      expect(await store.countDue(new Date(day(31)))).toBe(1);
    });
  });

  describe('question history', () => {
    it('counts every answer in every mode, the ones with full marks, and keeps the newest', async () => {
      const store = fresh();
      expect(await store.questionHistory(['crm-overview-01'])).toEqual(new Map());
      await store.recordAnswer(answer('crm-overview-01', false, 'practice', 1000));
      await store.recordAnswer(answer('crm-overview-01', true, 'review', 3000));
      await store.recordAnswer(answer('crm-overview-01', true, 'practice', 2000));
      await store.recordAnswer(answer('crm-overview-02', false, 'practice', 2500));
      await store.recordAnswer(written('crm-overview-03', 3, 4, 'practice', 1000));
      await store.recordAnswer(written('crm-overview-03', 4, 4, 'review', 2000));
      await store.recordAnswer(calc('crm-overview-04', 77, 10, false, 1000));
      await store.recordAnswer(calc('crm-overview-04', 78, 12, false, 1000));
      const history = await store.questionHistory(['crm-overview-01', 'crm-overview-03', 'crm-overview-04', 'crm-overview-09']);
      expect([...history.keys()].sort()).toEqual(['crm-overview-01', 'crm-overview-03', 'crm-overview-04']);
      expect(history.get('crm-overview-01')).toMatchObject({ seen: 3, right: 2, last: { mode: 'review', answeredAt: 3000 } });
      expect(history.get('crm-overview-03')).toMatchObject({ seen: 2, right: 1, last: { selfMark: { marks: 4, outOf: 4 } } });
      // Two answers in the same millisecond: the one recorded later is the newest.
      expect(history.get('crm-overview-04')).toMatchObject({ seen: 2, right: 0, last: { answer: { seed: 78 } } });
    });

    it('counts an exam question left unanswered as seen, not right', async () => {
      const store = fresh();
      const paper = { paperId: 'short', passMark: 1, sections: [{ title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['q-01'] }] };
      const started = await store.startExam({ seed: 'x', paper, paperMinutes: 60, extraMinutes: 0, locale: 'zh' }, 1000);
      const { result, marks } = markPaper(paper, () => ({ question: question('q-01'), chapter: 'crm-overview' }), { answers: {} });
      await store.handInExam(started.id, { result, marks, submittedBy: 'timeout' }, 2000);
      expect((await store.questionHistory(['q-01'])).get('q-01')).toMatchObject({ seen: 1, right: 0, last: { answer: null } });
    });
  });

  describe('exams', () => {
    const paper = {
      paperId: 'full',
      passMark: 3,
      sections: [
        { title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['q-01'] },
        { title: { zh: '名词解释', en: 'Terms' }, marks: 4, questionIds: ['q-02'] },
      ],
    };
    const exam = { seed: 'abc', paper, paperMinutes: 60, extraMinutes: 15, locale: 'zh' };
    const none = { marks: 0, outOf: 0 };

    it('keeps answers, flags and the question on screen as they are given', async () => {
      const store = fresh();
      const started = await store.startExam(exam, 1000);
      expect(started).toMatchObject({ questionIds: ['q-01', 'q-02'], paper, minutes: 75, extraMinutes: 15, position: 0, timeAdded: [] });
      await store.saveExamAnswer(started.id, 'q-01', tf(true));
      await store.flagQuestion(started.id, 'q-02', true);
      // Flagging again keeps one flag: a change made twice (after a page left mid-write) is made once.
      await store.flagQuestion(started.id, 'q-02', true);
      await store.moveExam(started.id, 1);
      expect(await store.findActiveExam()).toMatchObject({ id: started.id, answers: { 'q-01': tf(true) }, flagged: ['q-02'], position: 1, startedAt: 1000 });
      expect((await store.flagQuestion(started.id, 'q-02', false)).flagged).toEqual([]);
      expect((await store.flagQuestion(started.id, 'q-02', false)).flagged).toEqual([]);
      expect((await store.moveExam(started.id, 7)).position).toBe(1);
    });

    it("adds extra time up to half the paper's time, recording each addition, then refuses", async () => {
      const store = fresh();
      const started = await store.startExam(exam, 1000);
      await store.addExtraTime(started.id, 2000);
      const capped = await store.addExtraTime(started.id, 3000);
      expect(capped).toMatchObject({
        minutes: 90,
        extraMinutes: 30,
        timeAdded: [
          { at: 2000, minutes: 10 },
          { at: 3000, minutes: 5 },
        ],
      });
      // The same addition asked again (its moment says which) is not added twice, even at the cap.
      expect((await store.addExtraTime(started.id, 2000)).timeAdded).toHaveLength(2);
      await expect(store.addExtraTime(started.id, 4000)).rejects.toMatchObject({ code: 'time-cap' });
      expect((await store.findActiveExam())!.minutes).toBe(90);
    });

    it('hands in the exam, its answers and its review cards together, once', async () => {
      const store = fresh();
      const started = await store.startExam(exam, 1000);
      await store.saveExamAnswer(started.id, 'q-01', tf(true));
      const entries = new Map([
        ['q-01', { question: question('q-01'), chapter: 'crm-overview' }],
        ['q-02', { question: question('q-02'), chapter: 'crm-systems' }],
      ]);
      const { result, marks } = markPaper(paper, (id) => entries.get(id), (await store.findActiveExam())!);
      const done = await store.handInExam(started.id, { result, marks, submittedBy: 'timeout' }, day(24));
      expect(done).toMatchObject({ status: 'finished', finishedAt: day(24), submittedBy: 'timeout', result: { score: 20, missed: ['q-02'] }, marks });
      expect(await store.findActiveExam()).toBeUndefined();
      expect(await store.listFinishedExams()).toMatchObject([{ id: started.id, marks }]);
      const records = await store.exportRecords();
      expect(records.quizAnswers.map((a) => [a.questionId, a.mode, a.answer, (a as GradedQuizAnswer).correct])).toEqual([
        ['q-01', 'exam', tf(true), true],
        ['q-02', 'exam', null, false],
      ]);
      expect(records.reviewCards.map((c) => c.questionId)).toEqual(['q-02']);

      await expect(store.handInExam(started.id, { result, marks, submittedBy: 'learner' })).rejects.toMatchObject({ code: 'not-active' });
      await expect(store.saveExamAnswer(started.id, 'q-02', tf(true))).rejects.toMatchObject({ code: 'not-active' });
      expect((await store.exportRecords()).quizAnswers).toHaveLength(2);
      await expect(store.flagQuestion('nope', 'q-01', true)).rejects.toMatchObject({ code: 'not-found' });
    });

    it('keeps written answers; once closed, fixes the answers and keeps the ticked marking points until finished', async () => {
      const store = fresh();
      const started = await store.startExam(exam, 1000);
      await store.saveExamWriting(started.id, 'q-02', ['客户终身价值是……']);
      await expect(store.saveExamTicks(started.id, 'q-02', [[0]])).rejects.toMatchObject({ code: 'not-active' });
      const closed = await store.closeExam(started.id, 'timeout', 5000);
      expect(closed).toMatchObject({ status: 'active', closedAt: 5000, submittedBy: 'timeout', written: { 'q-02': ['客户终身价值是……'] } });
      // Closing again (a second tab, a late timer) changes nothing.
      expect((await store.closeExam(started.id, 'learner', 6000)).closedAt).toBe(5000);
      await expect(store.saveExamWriting(started.id, 'q-02', ['更多'])).rejects.toMatchObject({ code: 'not-active' });
      await expect(store.saveExamAnswer(started.id, 'q-01', tf(true))).rejects.toMatchObject({ code: 'not-active' });
      await store.saveExamTicks(started.id, 'q-02', [[0, 2]]);
      expect(await store.findActiveExam()).toMatchObject({ id: started.id, ticked: { 'q-02': [[0, 2]] }, closedAt: 5000 });
      const result = { points: 0, outOf: 5, score: 0, passed: false, machine: none, self: none, missed: [] };
      const done = await store.handInExam(started.id, { result, marks: [], submittedBy: 'learner' }, 7000);
      expect(done).toMatchObject({ status: 'finished', closedAt: 5000, finishedAt: 7000, submittedBy: 'timeout' });
    });

    it('lists finished exams oldest first', async () => {
      const store = fresh();
      for (const at of [3000, 1000]) {
        const e = await store.startExam(exam, at - 500);
        await store.handInExam(
          e.id,
          { result: { points: 0, outOf: 0, score: 0, passed: false, machine: none, self: none, missed: [] }, marks: [], submittedBy: 'learner' },
          at,
        );
      }
      expect((await store.listFinishedExams()).map((e) => e.finishedAt)).toEqual([1000, 3000]);
    });
  });

  describe('importing records', () => {
    it('copies every record into another store as it was', async () => {
      const source = fresh();
      await source.markChapterRead('crm-overview', 1);
      await source.recordAnswer(answer('crm-overview-01', false, 'practice', day(24)));
      const records = await source.exportRecords();
      const target = fresh();
      await target.importRecords(records);
      expect(await target.exportRecords()).toEqual(records);
    });
  });
});
