/** One answer to one question, in chapter practice, an exam or a review. */
import { z } from 'zod';
import { answer, time } from './fields.ts';

export const quizAnswerRecord = z.object({
  /** Assigned by the store. */
  id: z.number().int().optional(),
  questionId: z.string().min(1),
  chapter: z.string(),
  mode: z.enum(['practice', 'exam', 'review']),
  /** null: left unanswered in an exam. */
  answer: answer.nullable(),
  /** Marks earned, 0–1 (partial credit counts). */
  score: z.number().min(0).max(1),
  /** Full marks. */
  correct: z.boolean(),
  answeredAt: time,
});

export type QuizAnswer = z.output<typeof quizAnswerRecord>;
export type NewQuizAnswer = Omit<QuizAnswer, 'id'>;
