/**
 * Who the learner is, for the result files they hand in, and their own setting for
 * time limits. One record, kept with the rest of their progress (and its backups).
 */
import { z } from 'zod';
import { plainText, studentNumber } from '../../domain/assignment/plain-text.ts';
import { TIMINGS } from '../../domain/scenario/timing.ts';
import { time } from './fields.ts';

export const PROFILE_KEY = 'learner';

export const profileRecord = z.object({
  key: z.literal(PROFILE_KEY),
  /** As the learner gives it, for result files; plain text. */
  name: plainText(1, 40).optional(),
  studentNumber: studentNumber.optional(),
  /** Extra time on every timed moment of a role-play (and the mock exam's default); absent: standard. */
  timing: z.enum(TIMINGS).optional(),
  updatedAt: time,
});

export type ProfileRecord = z.output<typeof profileRecord>;
/** The profile as the application sees it: the timing always set. */
export type Profile = ProfileRecord & Required<Pick<ProfileRecord, 'timing'>>;
export type ProfileChange = Partial<Pick<ProfileRecord, 'name' | 'studentNumber' | 'timing'>>;
