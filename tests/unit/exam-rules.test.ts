import { describe, expect, it } from 'vitest';
import { markPaper } from '../../src/domain/quiz/exam.ts';
import { extraTimeCap, nextExtraTime, startExtraMinutes } from '../../src/domain/quiz/extra-time.ts';
import type { Question } from '../../src/schemas/question.ts';

describe('extra time in the mock exam', () => {
  it("is capped at half the paper's time in all", () => {
    expect(extraTimeCap(60)).toBe(30);
    expect(extraTimeCap(12)).toBe(6);
  });
  it('asked for at the start, is a share of the paper within the cap', () => {
    expect(startExtraMinutes(60, 0.25)).toBe(15);
    expect(startExtraMinutes(12, 0.5)).toBe(6);
    expect(startExtraMinutes(12, 2)).toBe(6);
  });
  it('asked for during the exam, adds ten minutes at a time until the cap, then nothing', () => {
    expect(nextExtraTime(60, 0)).toBe(10);
    expect(nextExtraTime(60, 25)).toBe(5);
    expect(nextExtraTime(60, 30)).toBe(0);
    // The reported case: a 12-minute paper took four presses to 52 minutes.
    expect(nextExtraTime(12, 0)).toBe(6);
    expect(nextExtraTime(12, 6)).toBe(0);
  });
});

describe('marking a paper', () => {
  const q = (id: string) => ({ id, type: 'truefalse', answer: true }) as unknown as Question;
  it('marks every question, unanswered ones as wrong, with its chapter', () => {
    const entries = new Map([
      ['a', { question: q('a'), chapter: 'c1' }],
      ['b', { question: q('b'), chapter: 'c2' }],
    ]);
    const { result, marks } = markPaper({ passMark: 1.2, sections: [{ marks: 1, questionIds: ['a', 'b'] }] }, (id) => entries.get(id), {
      answers: { a: { type: 'truefalse', value: true } },
    });
    expect(result).toEqual({ points: 1, outOf: 2, score: 50, passed: false, machine: { marks: 1, outOf: 2 }, self: { marks: 0, outOf: 0 }, missed: ['b'] });
    expect(marks).toEqual([
      {
        questionId: 'a',
        chapter: 'c1',
        type: 'truefalse',
        section: 0,
        answer: { type: 'truefalse', value: true },
        score: 1,
        correct: true,
        marks: 1,
        outOf: 1,
        self: false,
      },
      { questionId: 'b', chapter: 'c2', type: 'truefalse', section: 0, answer: null, score: 0, correct: false, marks: 0, outOf: 1, self: false },
    ]);
  });
});
