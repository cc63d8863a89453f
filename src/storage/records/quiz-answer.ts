/**
 * One answer to one question, in chapter practice, an exam or a review. Two kinds:
 * a machine-graded answer carries `score` and `correct`; a self-marked written
 * answer (kind `self`, since 2026-12) carries the marks the learner gave themselves
 * instead, so no sum of machine scores can take it in by mistake. Records written
 * before self-marking existed are machine-graded records as they are: nothing to upgrade.
 */
import { z } from 'zod';
import { answer, time } from './fields.ts';

const common = {
  /** Assigned by the store. */
  id: z.number().int().optional(),
  questionId: z.string().min(1),
  chapter: z.string(),
  mode: z.enum(['practice', 'exam', 'review']),
  answeredAt: time,
};

const gradedAnswerRecord = z.object({
  ...common,
  /** null: left unanswered in an exam. */
  answer: answer.nullable(),
  /** Marks earned, 0–1 (partial credit counts). */
  score: z.number().min(0).max(1),
  /** Full marks. */
  correct: z.boolean(),
});

const selfMarkedAnswerRecord = z.object({
  ...common,
  kind: z.literal('self'),
  /** The learner's text and ticked points, per answer box (a `written` answer). */
  answer: answer.refine((a) => a.type === 'written', 'a self-marked answer is a written one'),
  /** The marks of the points the learner ticked, out of all the points' marks. */
  selfMark: z.object({ marks: z.number().int().min(0), outOf: z.number().int().min(1) }).refine((m) => m.marks <= m.outOf, 'more marks than the points carry'),
});

export const quizAnswerRecord = z.union([selfMarkedAnswerRecord, gradedAnswerRecord]);

export type GradedQuizAnswer = z.output<typeof gradedAnswerRecord>;
export type SelfMarkedQuizAnswer = z.output<typeof selfMarkedAnswerRecord>;
export type QuizAnswer = GradedQuizAnswer | SelfMarkedQuizAnswer;
/** Without the id the store assigns (`Omit` over each kind, so the union stays one). */
export type NewQuizAnswer = Omit<GradedQuizAnswer, 'id'> | Omit<SelfMarkedQuizAnswer, 'id'>;
