/**
 * The mock certification exam: a seeded draw across chapters in proportion to the
 * lesson plan's hours, a clock that runs from the stored start, and the result.
 */
import { seedFrom, seededRandom, shuffled } from '../random.ts';
import { gradeAnswer, type Answer } from './grade.ts';
import type { Question } from '../../schemas/question.ts';

export const EXAM_QUESTIONS = 50;
export const EXAM_MINUTES = 60;
export const PASS_MARK = 60;

export interface ChapterPool {
  chapter: string;
  /** The lesson plan's hours for the chapter (class + practice). */
  hours: number;
  questions: readonly Question[];
}

/**
 * How many questions each chapter gets: `total` split by hours with the
 * largest-remainder method, never more than a chapter has.
 */
export function questionsPerChapter(pools: readonly ChapterPool[], total: number): Map<string, number> {
  const hours = pools.reduce((sum, p) => sum + p.hours, 0);
  const shares = pools.map((p) => {
    const exact = hours > 0 ? (total * p.hours) / hours : 0;
    return { chapter: p.chapter, count: Math.min(Math.floor(exact), p.questions.length), remainder: exact - Math.floor(exact), max: p.questions.length };
  });
  let left =
    Math.min(
      total,
      pools.reduce((sum, p) => sum + p.questions.length, 0),
    ) - shares.reduce((sum, s) => sum + s.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.chapter.localeCompare(b.chapter));
  while (left > 0) {
    const next = byRemainder.find((s) => s.count < s.max);
    if (!next) break;
    next.count++;
    left--;
    byRemainder.push(byRemainder.splice(byRemainder.indexOf(next), 1)[0]!);
  }
  return new Map(shares.map((s) => [s.chapter, s.count]));
}

/** The exam's question ids, in the order asked. The same seed always draws the same exam. */
export function drawExam(pools: readonly ChapterPool[], seed: string, total = EXAM_QUESTIONS): string[] {
  const counts = questionsPerChapter(pools, total);
  const random = seededRandom(seedFrom(seed));
  const drawn = pools.flatMap((p) =>
    shuffled(p.questions, random)
      .slice(0, counts.get(p.chapter) ?? 0)
      .map((q) => q.id),
  );
  return shuffled(drawn, random);
}

/** Milliseconds left; the clock runs from the stored start, so a reload does not stop it. */
export function remainingMs(startedAt: number, minutes: number, now: number): number {
  return Math.max(0, startedAt + minutes * 60_000 - now);
}

export interface ExamResult {
  /** Points earned (partial credit counts), out of the number of questions. */
  points: number;
  /** 0–100, rounded to a whole number. */
  score: number;
  passed: boolean;
  /** Ids of questions not answered with full marks: they go to the review queue. */
  missed: string[];
}

/** One question of a handed-in paper, marked. */
export interface QuestionMark {
  questionId: string;
  chapter: string;
  /** null: left unanswered. */
  answer: Answer | null;
  score: number;
  correct: boolean;
}

/** Marks every question of a paper and totals the result; unanswered questions earn nothing. */
export function markPaper(
  entries: readonly { question: Question; chapter: string }[],
  answers: Readonly<Record<string, Answer | undefined>>,
): { result: ExamResult; marks: QuestionMark[] } {
  const marks = entries.map(({ question, chapter }) => {
    const answer = answers[question.id] ?? null;
    const grade = answer ? gradeAnswer(question, answer) : { score: 0, correct: false };
    return { questionId: question.id, chapter, answer, score: grade.score, correct: grade.correct };
  });
  const points = marks.reduce((sum, m) => sum + m.score, 0);
  const score = marks.length > 0 ? Math.round((100 * points) / marks.length) : 0;
  const result = {
    points: Math.round(points * 100) / 100,
    score,
    passed: score >= PASS_MARK,
    missed: marks.filter((m) => !m.correct).map((m) => m.questionId),
  };
  return { result, marks };
}

export function gradeExam(questions: readonly Question[], answers: Readonly<Record<string, Answer | undefined>>): ExamResult {
  return markPaper(
    questions.map((question) => ({ question, chapter: '' })),
    answers,
  ).result;
}
