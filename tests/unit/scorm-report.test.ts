/**
 * What the LMS is told for each kept record (`src/lms/scorm/report.ts`), and that the store's
 * reporting seam tells of chapters read (the chapter SCO's completion).
 */
import { describe, expect, it } from 'vitest';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import type { Step } from '../../src/domain/scenario/moves.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { reportingStore, type Kept } from '../../src/storage/reporting.ts';
import type { ExamAttempt } from '../../src/storage/records/exam.ts';
import { answerInteraction, attemptReport, examReport, quizOutcome } from '../../src/lms/scorm/report.ts';
import { readSuspend } from '../../src/lms/scorm/suspend.ts';
import { tinyScenario } from './helpers.ts';

const { scenario, hash } = tinyScenario();
const at = new Date(Date.UTC(2026, 11, 2));
const init = { scenarioId: 'tiny-call', contentHash: hash, locale: 'zh', mode: 'practice', timing: 'standard' } as const;

async function played(steps: Step[], finish?: string) {
  const store = memoryStore();
  let attempt = await store.beginAttempt(init, steps[0]!);
  for (let i = 1; i < steps.length; i++) {
    const last = i === steps.length - 1 && finish;
    attempt = await store.appendStep(
      attempt.id,
      i,
      steps[i]!,
      last ? { ending: finish, score: scoreMoves(scenario, steps.filter((s) => !('undo' in s)) as never) } : undefined,
    );
  }
  return attempt;
}

describe('a role-play attempt', () => {
  it('unfinished: incomplete, the new decision judged, suspend data to resume from', async () => {
    const report = attemptReport(await played([{ node: 'ring', choice: 0 }]), scenario, at);
    expect(report.outcome).toEqual({ completed: false, passed: null });
    expect(report.interactions).toEqual([
      { id: 'ring', type: 'choice', response: ['0'], result: 'correct', weighting: 2, at, description: { lang: 'zh-CN', text: '马上接听。' } },
    ]);
    const read = readSuspend(report.suspend!);
    expect(read.ok && read.packed).toEqual([['ring', 0]]);
  });

  it('a weaker choice is wrong; a take-back is no decision', async () => {
    const wrong = attemptReport(await played([{ node: 'ring', choice: 1 }]), scenario, at);
    expect(wrong.interactions[0]).toMatchObject({ id: 'ring', response: ['1'], result: 'wrong' });
    const taken = attemptReport(await played([{ node: 'ring', choice: 1 }, { undo: true }]), scenario, at);
    expect(taken.interactions).toEqual([]);
    expect(taken.outcome).toEqual({ completed: false, passed: null });
  });

  it('finished: passed or failed by the scenario’s own rule, scored out of 100, suspend data cleared', async () => {
    const good = attemptReport(
      await played(
        [
          { node: 'ring', choice: 0 },
          { node: 'greet', choice: 0 },
        ],
        'solved',
      ),
      scenario,
      at,
    );
    expect(good.outcome).toEqual({ completed: true, passed: true, score: { raw: 100, min: 0, max: 100 } });
    expect(good.suspend).toBe('');
    expect(good.interactions).toHaveLength(1);
    const lost = attemptReport(
      await played(
        [
          { node: 'ring', choice: 0 },
          { node: 'greet', choice: 1 },
        ],
        'hung-up',
      ),
      scenario,
      at,
    );
    expect(lost.outcome).toMatchObject({ completed: true, passed: false });
    expect(lost.interactions[0]).toMatchObject({ id: 'greet', result: 'wrong' });
  });
});

describe('chapter practice', () => {
  it('complete once every question has an answer, scored by the share right', () => {
    const ids = ['q1', 'q2', 'q3', 'q4'];
    expect(quizOutcome(ids, new Map([['q1', true]]))).toEqual({ completed: false, passed: null, score: { raw: 25, min: 0, max: 100 } });
    const all = new Map([
      ['q1', true],
      ['q2', false],
      ['q3', true],
      ['q4', true],
    ]);
    expect(quizOutcome(ids, all)).toEqual({ completed: true, passed: null, score: { raw: 75, min: 0, max: 100 } });
    expect(quizOutcome([], new Map()).completed).toBe(false);
  });

  it('an answer becomes an interaction in the standard’s terms', () => {
    const common = { questionId: 'c-01', chapter: 'c', mode: 'practice' as const, answeredAt: 1, score: 1, correct: true };
    expect(answerInteraction({ ...common, answer: { type: 'multiple', choices: [0, 11] } }, at)).toMatchObject({
      type: 'choice',
      response: ['0', 'b'],
      result: 'correct',
    });
    expect(answerInteraction({ ...common, answer: { type: 'ordering', order: [2, 0, 1] } }, at)).toMatchObject({
      type: 'sequencing',
      response: ['2', '0', '1'],
    });
    expect(answerInteraction({ ...common, correct: false, score: 0, answer: { type: 'calc', seed: 3, value: 12.5 } }, at)).toMatchObject({
      type: 'numeric',
      response: ['12.5'],
      result: 'wrong',
    });
    const written = {
      ...common,
      kind: 'self' as const,
      answer: { type: 'written' as const, parts: [{ text: '客'.repeat(400), ticked: [0] }] },
      selfMark: { marks: 2, outOf: 2 },
    };
    const said = answerInteraction(written, at);
    expect(said).toMatchObject({ type: 'fill-in', result: 'correct' });
    expect(said.response[0]).toHaveLength(250);
  });
});

describe('the mock exam', () => {
  it('passed at the paper’s pass mark, each question an interaction weighted by its marks', () => {
    const exam = {
      paper: { paperId: 'short', passMark: 60, sections: [] },
      result: { points: 7, outOf: 10, score: 70, passed: true, machine: { marks: 7, outOf: 10 }, self: { marks: 0, outOf: 0 }, missed: [] },
      marks: [
        {
          questionId: 'a-01',
          chapter: 'a',
          type: 'single',
          section: 0,
          answer: { type: 'single', choice: 1 },
          score: 1,
          correct: true,
          marks: 2,
          outOf: 2,
          self: false,
        },
        { questionId: 'a-02', chapter: 'a', type: 'single', section: 0, answer: null, score: 0, correct: false, marks: 0, outOf: 2, self: false },
      ],
    } as unknown as ExamAttempt;
    const report = examReport(exam, at);
    expect(report.outcome).toEqual({ completed: true, passed: true, score: { raw: 70, min: 0, max: 100 } });
    expect(report.interactions).toEqual([
      { id: 'a-01', type: 'choice', response: ['1'], result: 'correct', weighting: 2, at },
      { id: 'a-02', type: 'other', response: [''], result: 'wrong', weighting: 2, at },
    ]);
    expect(examReport({ ...exam, result: undefined } as ExamAttempt, at)).toEqual({ interactions: [] });
  });
});

it('the store tells reporters of a chapter read to the end', async () => {
  const records: Kept[] = [];
  const store = reportingStore(memoryStore(), () => [{ kept: (r: Kept) => void records.push(r) }]);
  await store.markChapterRead('customer-service');
  expect(records).toEqual([{ kind: 'chapter', slug: 'customer-service' }]);
});
