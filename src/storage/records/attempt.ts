/** A role-play attempt: each step is saved the moment it is chosen. */
import { z } from 'zod';
import { COMPETENCIES } from '../../domain/scenario/competencies.ts';
import type { ScoreResult } from '../../domain/scenario/scoring.ts';
import { TIMINGS } from '../../domain/scenario/timing.ts';
import { format, locale, step, time } from './fields.ts';
import { ATTEMPT_FORMAT } from './formats.ts';

const percent = z.number().min(0).max(100);
const competencyScore = z.object({ earned: z.number(), possible: z.number().min(0), percent: percent.nullable() });

const score: z.ZodType<ScoreResult> = z.object({
  competencies: z.record(z.enum(COMPETENCIES), competencyScore),
  overall: percent.nullable(),
  passed: z.boolean(),
  /** Why the attempt did not pass (codes). Scores saved before outcomes and red lines counted have none. */
  fails: z
    .array(
      z.union([
        z.object({ code: z.literal('critical-error'), node: z.string(), choice: z.union([z.number().int().min(0), z.literal('timeout'), z.literal('reply')]) }),
        z.object({ code: z.literal('failing-outcome'), ending: z.string(), outcome: z.enum(['retained', 'escalated', 'lost']) }),
        z.object({ code: z.literal('below-pass-mark'), overall: z.number().nullable(), passMark: z.number() }),
      ]),
    )
    .default([]),
});

export const attemptRecord = z.object({
  id: z.string().min(1),
  /** The shape this record was written in (`formats.ts`). */
  format: format(ATTEMPT_FORMAT),
  scenarioId: z.string().min(1),
  /** The scenario's content hash when the attempt began. */
  contentHash: z.string().min(1),
  /** The language the learner played in. */
  locale,
  /** Practice (feedback at once, take-backs) or test (feedback at the end). Since format 2. */
  mode: z.enum(['practice', 'test']).optional(),
  /** Time limits as the learner set them. Since format 2. */
  timing: z.enum(TIMINGS).optional(),
  /** The assignment open when the attempt began (`src/domain/assignment/assignment.ts`); absent: the learner's own practice. */
  assignmentId: z.string().optional(),
  /**
   * The customer variant met (`src/domain/scenario/variants.ts`) and the seed it was drawn
   * from. Absent: the scenario's first variant, as every attempt made before variants.
   */
  variant: z.string().min(1).optional(),
  seed: z.number().int().min(0).optional(),
  /** `superseded`: the scenario changed under an unfinished attempt. */
  status: z.enum(['active', 'finished', 'superseded']),
  startedAt: time,
  updatedAt: time,
  finishedAt: time.optional(),
  steps: z.array(step),
  /** The ending reached, once finished. */
  ending: z.string().optional(),
  /** Kept for quick listing; always re-derivable from `steps` by replay. */
  score: score.optional(),
});

/** An attempt as stored, in any format up to the newest. */
export type StoredAttempt = z.output<typeof attemptRecord>;
/** An attempt as the application sees it: upgraded to the newest format. */
export type Attempt = StoredAttempt & Required<Pick<StoredAttempt, 'mode' | 'timing'>>;
