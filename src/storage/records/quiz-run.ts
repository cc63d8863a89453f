/** Where the learner is in a chapter's practice, so a reload returns there. */
import { z } from 'zod';
import { answer, time } from './fields.ts';

export const quizRunRecord = z.object({
  /** One run per chapter; practising again starts a new one. */
  chapter: z.string().min(1),
  startedAt: time,
  /** Index of the question shown (the question count once the run is done). */
  position: z.number().int().min(0),
  /** Checked answers by question id; grades are derived from them again. */
  answers: z.record(z.string(), answer),
});

export type QuizRun = z.output<typeof quizRunRecord>;
