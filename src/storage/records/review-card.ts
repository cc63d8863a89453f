/** A question in the wrong-answer notebook (错题本), with its FSRS card. */
import { z } from 'zod';
import { State } from 'ts-fsrs';
import type { Card } from '../../domain/review/schedule.ts';
import { date, time } from './fields.ts';

// ts-fsrs's card; its dates come back from a backup file as strings.
const card: z.ZodType<Card> = z.object({
  due: date,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: z.number().min(0),
  scheduled_days: z.number().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(State),
  last_review: date.optional(),
});

export const reviewCardRecord = z.object({
  questionId: z.string().min(1),
  chapter: z.string(),
  card,
  addedAt: time,
  /** The card's due time as a number, for the index. */
  due: time,
});

export type ReviewCard = z.output<typeof reviewCardRecord>;
