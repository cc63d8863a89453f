/** Field schemas that several stored records share. */
import { z } from 'zod';
import { LOCALES } from '../../i18n/locales.ts';
import type { Answer } from '../../domain/quiz/grade.ts';
import type { Step } from '../../domain/scenario/machine.ts';

/** The latest moment a record may carry (2100-01-01): past it a date is a broken or edited record, and past year 275760 none can be shown. */
const LATEST = Date.UTC(2100, 0, 1);

/** A moment, as milliseconds since 1970. */
export const time = z.number().int().min(0).max(LATEST);

/** A date: a Date in IndexedDB, a string once it has been through JSON. */
export const date = z
  .union([z.date(), z.string(), z.number()])
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() >= 0 && d.getTime() <= LATEST, 'not a date');

/** One of the site's languages (kept a string: records are typed as they always were). */
export const locale = z.string().refine((l) => (LOCALES as readonly string[]).includes(l), 'unknown locale');

/** One step of a role-play transcript (`src/domain/scenario/moves.ts`). */
export const step: z.ZodType<Step> = z.union([
  z.strictObject({ node: z.string(), choice: z.number().int().min(0) }),
  z.strictObject({ node: z.string(), timeout: z.literal(true) }),
  // A reply in the learner's own words, with its marking and route (`src/domain/scenario/moves.ts`).
  z.strictObject({
    node: z.string(),
    reply: z.strictObject({ text: z.string().max(2_000), marks: z.record(z.string(), z.boolean()), forbidden: z.array(z.string()), route: z.string() }),
  }),
  z.strictObject({ undo: z.literal(true) }),
]);

/** A learner's answer to one question (`src/domain/quiz/grade.ts`). */
export const answer: z.ZodType<Answer> = z.union([
  z.strictObject({ type: z.enum(['single', 'dialogue']), choice: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(z.number().int().min(0)) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(z.number().int().min(0)) }),
  z.strictObject({ type: z.literal('calc'), seed: z.number().int().min(0), value: z.number() }),
  z.strictObject({
    type: z.literal('written'),
    parts: z.array(z.strictObject({ text: z.string(), ticked: z.array(z.number().int().min(0)) })).min(1),
  }),
]);

/** A record's format: 1 up to the newest this code knows; newer ones are refused. */
export const format = (newest: number) => z.number().int().min(1).max(newest, { error: 'newer-record' });
