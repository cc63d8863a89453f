/**
 * The scenario file format: what an author writes in `scenarios/<id>.yaml`.
 * This module imports nothing from the app, so the format stands alone and can be
 * read by the build, the tests, the lint command and the gradebook alike.
 */
import { z } from 'zod';
import { COMPETENCIES } from './competencies.ts';

/** Ids of nodes and endings: short, lower-case, usable as XState state names. */
const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and "-", starting with a letter');

/** Every learner-visible string has a Chinese and an English text. */
export const textSchema = z.strictObject({
  /** Simplified Chinese (zh-CN), the default language. */
  zh: z.string({ error: 'missing Chinese text (zh)' }).trim().min(1, 'Chinese text (zh) is empty'),
  /** English. */
  en: z.string({ error: 'missing English text (en)' }).trim().min(1, 'English text (en) is empty'),
});
export type Text = z.infer<typeof textSchema>;

/** Points a choice earns per competency: −3 (harmful) … +3 (exemplary). */
const scoresSchema = z.partialRecord(z.enum(COMPETENCIES), z.number().int().min(-3).max(3));

export const choiceSchema = z.strictObject({
  /** What the learner says or does. */
  text: textSchema,
  /** Why this choice works or not, naming the technique. */
  feedback: textSchema,
  /** Points per competency; competencies left out score 0 for this choice. */
  scores: scoresSchema.default({}),
  /** The id of the node or ending this choice leads to. */
  next: id,
});
export type Choice = z.infer<typeof choiceSchema>;

export const nodeSchema = z.strictObject({
  /** Who speaks: the customer, or a narrator describing what happens. */
  speaker: z.enum(['customer', 'narrator']).default('customer'),
  /** The customer's line, or the narration. */
  say: textSchema,
  /** The learner's options; at least two, or it is not a decision. */
  choices: z.array(choiceSchema).min(2, 'a decision point needs at least two choices'),
});
export type ScenarioNode = z.infer<typeof nodeSchema>;

export const endingSchema = z.strictObject({
  /** How the call ended for the business. */
  outcome: z.enum(['retained', 'escalated', 'lost']),
  title: textSchema,
  /** What happened after the call, and the lesson in it. */
  debrief: textSchema,
});
export type Ending = z.infer<typeof endingSchema>;

export const scenarioSchema = z.strictObject({
  /** Equal to the file name without `.yaml`; used in URLs and saved attempts. */
  id,
  title: textSchema,
  /** One line for lists. */
  summary: textSchema,
  /** The briefing the learner reads before the call: who they are, who calls. */
  context: textSchema,
  /** The chapter (and optional `#section`) that teaches what this scenario drills. */
  chapter: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "chapter-slug" or "chapter-slug#section-id"'),
  /** The id of the first node. */
  start: id,
  nodes: z.record(id, nodeSchema),
  endings: z.record(id, endingSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
