/**
 * The question bank format: `content/questions/<chapter-slug>.yaml`, one file per
 * chapter, both languages side by side so a question has one id in every language.
 */
import { z } from 'zod';
import { textSchema } from '../scenario/schema.ts';

const common = {
  /** Stable id, `<chapter-slug>-<nn>`; the review queue and exam history refer to it. */
  id: z.string().regex(/^[a-z0-9-]+-\d{2,3}$/, 'use "<chapter-slug>-<number>", e.g. "crm-overview-07"'),
  prompt: textSchema,
  /** Why the answer is right (and the tempting wrong answers wrong). */
  explanation: textSchema,
  /** The id of the chapter heading that teaches this. */
  section: z.string().regex(/^[a-z0-9-]+$/),
};

const options = z.array(textSchema).min(2).max(6);

export const singleSchema = z.strictObject({
  ...common,
  type: z.literal('single'),
  options,
  /** Index of the one right option (0-based). */
  answer: z.number().int().min(0),
});

export const multipleSchema = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options,
  /** Indices of all right options (at least two). */
  answer: z.array(z.number().int().min(0)).min(2),
});

export const trueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('truefalse'),
  answer: z.boolean(),
});

export const orderingSchema = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  /** The items in their right order; learners see them shuffled. */
  items: z.array(textSchema).min(3).max(7),
});

export const dialogueSchema = z.strictObject({
  ...common,
  type: z.literal('dialogue'),
  /** A short exchange that sets up the question. */
  dialogue: z.array(z.strictObject({ speaker: z.enum(['customer', 'agent']), text: textSchema })).min(1),
  /** Candidate replies. */
  options,
  answer: z.number().int().min(0),
});

export const questionSchema = z.discriminatedUnion('type', [singleSchema, multipleSchema, trueFalseSchema, orderingSchema, dialogueSchema]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const questionBankSchema = z.strictObject({
  /** The chapter slug this bank belongs to; equal to the file name. */
  chapter: z.string().regex(/^[a-z0-9-]+$/),
  questions: z.array(questionSchema).min(1),
});
export type QuestionBank = z.infer<typeof questionBankSchema>;
