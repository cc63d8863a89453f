import { describe, expect, it } from 'vitest';
import { drawPaper, markPaper, questionsPerChapter, remainingMs, type ChapterPool } from '../../src/domain/quiz/exam.ts';
import { gradeAnswer, gradeMultiple, gradeOrdering } from '../../src/domain/quiz/grade.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import type { Question } from '../../src/schemas/question.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { isDue } from '../../src/domain/review/due.ts';
import { newCard, reviewCard } from '../../src/domain/review/schedule.ts';

const text = (s: string) => ({ zh: s, en: s });
function question(partial: Partial<Question> & { type: 'single' | 'dialogue' | 'multiple' | 'truefalse' | 'ordering' }, id = 'ch-01'): Question {
  const base = { id, prompt: text('Q'), explanation: text('E'), section: 's' };
  switch (partial.type) {
    case 'single':
      return { ...base, options: [text('a'), text('b'), text('c')], answer: 1, ...partial } as Question;
    case 'dialogue':
      return { ...base, dialogue: [{ speaker: 'customer', text: text('hi') }], options: [text('a'), text('b')], answer: 0, ...partial } as Question;
    case 'multiple':
      return { ...base, options: [text('a'), text('b'), text('c'), text('d')], answer: [0, 2], ...partial } as Question;
    case 'truefalse':
      return { ...base, answer: false, ...partial } as Question;
    case 'ordering':
      return { ...base, items: [text('1'), text('2'), text('3'), text('4'), text('5')], ...partial } as Question;
  }
}

describe('grading each question type', () => {
  it('single choice and dialogue: the one right option', () => {
    expect(gradeAnswer(question({ type: 'single' }), { type: 'single', choice: 1 })).toEqual({ score: 1, correct: true });
    expect(gradeAnswer(question({ type: 'single' }), { type: 'single', choice: 0 })).toEqual({ score: 0, correct: false });
    expect(gradeAnswer(question({ type: 'dialogue' }), { type: 'dialogue', choice: 0 }).correct).toBe(true);
  });
  it('true/false', () => {
    expect(gradeAnswer(question({ type: 'truefalse' }), { type: 'truefalse', value: false }).correct).toBe(true);
    expect(gradeAnswer(question({ type: 'truefalse' }), { type: 'truefalse', value: true }).score).toBe(0);
  });
  it('multiple choice: partial credit, each wrong pick cancels a right one, never below 0', () => {
    expect(gradeMultiple([0, 2], [0, 2])).toEqual({ score: 1, correct: true });
    expect(gradeMultiple([0, 2], [0])).toEqual({ score: 0.5, correct: false });
    expect(gradeMultiple([0, 2], [0, 1])).toEqual({ score: 0, correct: false });
    expect(gradeMultiple([0, 2], [0, 1, 2, 3])).toEqual({ score: 0, correct: false });
    expect(gradeMultiple([0, 1, 2], [0, 1, 3])).toEqual({ score: 0.33, correct: false });
    expect(gradeMultiple([0, 2], [])).toEqual({ score: 0, correct: false });
  });
  it('ordering: the share of pairs in the right order', () => {
    expect(gradeOrdering(5, [0, 1, 2, 3, 4])).toEqual({ score: 1, correct: true });
    expect(gradeOrdering(5, [1, 0, 2, 3, 4])).toEqual({ score: 0.9, correct: false });
    expect(gradeOrdering(5, [4, 3, 2, 1, 0])).toEqual({ score: 0, correct: false });
  });
  it('ordering: an answer that is not a permutation of the items earns nothing', () => {
    expect(gradeOrdering(3, [0, 0, 1]).score).toBe(0);
    expect(gradeOrdering(3, [0, 1]).score).toBe(0);
    expect(gradeOrdering(3, [0, 1, 7]).score).toBe(0);
  });
  it('an answer of the wrong type earns nothing', () => {
    expect(gradeAnswer(question({ type: 'single' }), { type: 'truefalse', value: true }).score).toBe(0);
    expect(gradeAnswer(question({ type: 'ordering' }), { type: 'single', choice: 0 }).score).toBe(0);
  });
});

describe('the mock exam', () => {
  const pool = (chapter: string, hours: number, n: number): ChapterPool => ({
    chapter,
    hours,
    questions: Array.from({ length: n }, (_, i) => question({ type: 'truefalse' }, `${chapter}-${String(i + 1).padStart(2, '0')}`)),
  });
  // The lesson plan's hours: 4, 4, 8, 6, 8, 6, 6, 8, 4 (54 in all).
  const pools = [
    ['a', 4],
    ['b', 4],
    ['c', 8],
    ['d', 6],
    ['e', 8],
    ['f', 6],
    ['g', 6],
    ['h', 8],
    ['i', 4],
  ].map(([c, h]) => pool(c as string, h as number, 22));

  it('splits 50 questions by hours', () => {
    const counts = questionsPerChapter(pools, 50);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(50);
    expect(counts.get('c')).toBeGreaterThan(counts.get('a')!);
    expect(Object.fromEntries(counts)).toEqual({ a: 4, b: 4, c: 7, d: 6, e: 7, f: 6, g: 5, h: 7, i: 4 });
  });
  it('never asks for more than a chapter has', () => {
    const counts = questionsPerChapter([pool('x', 50, 3), pool('y', 1, 30)], 20);
    expect(Object.fromEntries(counts)).toEqual({ x: 3, y: 17 });
  });
  it('draws the same exam from the same seed and another from another seed', () => {
    const paper = {
      id: 'p',
      name: text('P'),
      minutes: 60,
      passMark: 30,
      sections: [{ title: text('T'), types: ['truefalse' as const], questions: 50, marks: 1 }],
    };
    const first = drawPaper(pools, paper, 'seed-1').sections[0]!.questionIds;
    expect(first).toHaveLength(50);
    expect(new Set(first).size).toBe(50);
    expect(drawPaper(pools, paper, 'seed-1').sections[0]!.questionIds).toEqual(first);
    expect(drawPaper(pools, paper, 'seed-2').sections[0]!.questionIds).not.toEqual(first);
  });
  it('runs the clock from the stored start', () => {
    const start = 1_000_000;
    expect(remainingMs(start, 60, start)).toBe(3_600_000);
    expect(remainingMs(start, 60, start + 3_000_000)).toBe(600_000);
    expect(remainingMs(start, 60, start + 4_000_000)).toBe(0);
  });
  it('scores out of 100 with a pass mark of 60, and lists what was missed', () => {
    const qs = Array.from({ length: 5 }, (_, i) => question({ type: 'truefalse', answer: true }, `q-0${i}`));
    const right = { type: 'truefalse', value: true } as const;
    const paper = { passMark: 60, sections: [{ marks: 20, questionIds: qs.map((q) => q.id) }] };
    const byId = new Map(qs.map((question) => [question.id, { question, chapter: 'c' }]));
    const { result } = markPaper(paper, (id) => byId.get(id), {
      answers: { 'q-00': right, 'q-01': right, 'q-02': right, 'q-03': { type: 'truefalse', value: false } },
    });
    expect(result).toMatchObject({ points: 60, outOf: 100, score: 60, passed: true, missed: ['q-03', 'q-04'] });
  });
});

describe('the review schedule (FSRS)', () => {
  const now = new Date('2026-11-24T09:00:00');
  it('a new card is due today; a right answer pushes it into the future; a wrong one keeps it close', () => {
    const card = newCard(now);
    expect(isDue(card, now)).toBe(true);
    const good = reviewCard(card, true, now);
    const again = reviewCard(card, false, now);
    expect(new Date(good.due).getTime()).toBeGreaterThan(new Date(again.due).getTime());
    const later = reviewCard(reviewCard(good, true, new Date(good.due)), true, new Date(new Date(good.due).getTime() + 86_400_000));
    expect(isDue(later, now)).toBe(false);
  });
});

describe('question bank files', () => {
  const bank = (body: string) => loadQuestionBank('content/questions/ch.yaml', `chapter: ch\nquestions:\n${body}`);
  const messages = (body: string) => {
    const r = bank(body);
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('accepts a valid question', () => {
    expect(bank(`  - { id: ch-01, type: truefalse, section: s, prompt: { zh: 问, en: Q }, explanation: { zh: 答, en: A }, answer: true }\n`).ok).toBe(true);
  });
  it('rejects an answer that is not an option', () => {
    expect(
      messages(
        `  - id: ch-01\n    type: single\n    section: s\n    prompt: { zh: 问, en: Q }\n    explanation: { zh: 答, en: A }\n    options: [{ zh: 甲, en: A }, { zh: 乙, en: B }]\n    answer: 2\n`,
      ),
    ).toEqual(['content/questions/ch.yaml:9: question 1, answer: answer 2 is not an option: options are numbered 0 to 1']);
  });
  it('rejects a duplicate id, an id without the chapter prefix and an unknown type', () => {
    const q = (id: string) => `  - { id: ${id}, type: truefalse, section: s, prompt: { zh: 问, en: Q }, explanation: { zh: 答, en: A }, answer: true }\n`;
    expect(messages(q('ch-01') + q('ch-01'))).toEqual(['content/questions/ch.yaml:4: question 2, id: the id "ch-01" is used twice']);
    expect(messages(q('other-01'))).toEqual(['content/questions/ch.yaml:3: question 1, id: the id must start with "ch-"']);
    expect(messages(`  - { id: ch-01, type: essay, section: s, prompt: { zh: 问, en: Q }, explanation: { zh: 答, en: A } }\n`)[0]).toContain(
      'question 1, type:',
    );
  });
  it('rejects a missing translation in an option', () => {
    expect(
      messages(
        `  - id: ch-01\n    type: single\n    section: s\n    prompt: { zh: 问, en: Q }\n    explanation: { zh: 答, en: A }\n    options: [{ zh: 甲 }, { zh: 乙, en: B }]\n    answer: 0\n`,
      ),
    ).toEqual(['content/questions/ch.yaml:8: question 1, option 1, en: missing English text (en)']);
  });
});
