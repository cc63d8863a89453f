/**
 * The question bank format: `content/questions/<chapter-slug>.yaml`, one file per
 * chapter, both languages side by side so a question has one id in every language.
 */
import { z } from 'zod';
import { textSchema } from './scenario.ts';
import { CALC_TEMPLATE_IDS } from '../domain/quiz/calc-template-ids.ts';
import { idSchema } from './ids.ts';
import { LIMITS } from './limits.ts';

/** Stable id, `<chapter-slug>-<nn>`; the review queue and exam history refer to it. */
const id = idSchema(/^[a-z0-9-]+-\d{2,3}$/, 'use "<chapter-slug>-<number>", e.g. "crm-overview-07"');
/** The id of the chapter heading that teaches this. */
const section = idSchema(/^[a-z0-9-]+$/, 'use lower-case letters, digits and "-"');

const common = {
  id,
  prompt: textSchema,
  /** Why the answer is right (and the tempting wrong answers wrong). */
  explanation: textSchema,
  section,
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

/*
 * Written questions (term definition, short answer, case analysis) are answered in
 * the learner's own words and marked by the learner against marking points: the
 * interface highlights each point's keywords in the learner's text (`keywords.ts`)
 * and the learner ticks the points they made (`written.ts`). They never earn a
 * machine grade.
 */

/**
 * Keywords of a marking point in one language. Each entry is one keyword; `|`
 * separates variants of it (`客户保持率|保持率`), `*` stands for up to eight letters or
 * digits (`loyal*`, `降低*成本`), a space or hyphen matches any run of spaces and
 * hyphens, and Latin words match whole words only, in any case.
 */
const keywordList = z.array(z.string().trim().min(1, 'a keyword is empty')).min(1, 'give at least one keyword');

export const markingPointSchema = z.strictObject({
  /** What the answer must say for the marks, as the examiner would phrase it. */
  text: textSchema,
  /** Marks for making this point (whole marks). */
  marks: z.number().int().min(1).max(10),
  /** Words the interface highlights in the learner's text, per language; a hint, never a verdict. */
  keywords: z.strictObject({ zh: keywordList, en: keywordList }),
});
export type MarkingPoint = z.infer<typeof markingPointSchema>;

/** What a written answer is marked on: a model answer and the points it makes. */
const writtenAnswer = {
  /** An answer a good candidate could write in a few minutes; it makes every marking point. */
  modelAnswer: textSchema,
  /** The points the marks are given for, 1–6 of them. */
  points: z.array(markingPointSchema).min(1).max(6),
};

export const termSchema = z.strictObject({
  id,
  type: z.literal('term'),
  /** The term to define (名词解释), e.g. "客户终身价值" / "customer lifetime value". */
  prompt: textSchema,
  ...writtenAnswer,
  section,
});

export const shortSchema = z.strictObject({
  id,
  type: z.literal('short'),
  /** The question (简答题). */
  prompt: textSchema,
  ...writtenAnswer,
  section,
});

export const casePartSchema = z.strictObject({
  /** What this part asks about the case. */
  prompt: textSchema,
  ...writtenAnswer,
});
export type CasePart = z.infer<typeof casePartSchema>;

export const caseSchema = z.strictObject({
  id,
  type: z.literal('case'),
  /** A short title or instruction for the case (案例分析). */
  prompt: textSchema,
  /** The case itself: a short situation, a few sentences. */
  case: textSchema,
  /** Two or three questions on the case, each marked on its own. */
  parts: z.array(casePartSchema).min(2).max(3),
  section,
});

/**
 * A calculation with fresh numbers: the template (`calc-templates.ts`) draws its
 * numbers from a seed, words the question and works the answer out; the seed is kept
 * with the learner's answer so a review shows the same numbers.
 */
export const calcSchema = z.strictObject({
  id,
  type: z.literal('calc'),
  /** Which calculation. */
  template: z.enum(CALC_TEMPLATE_IDS),
  /** Numbers fixed for this question (by parameter name); the others are drawn. */
  params: z.record(idSchema(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use letters and digits, as the template names its numbers'), z.number()).optional(),
  /** A sentence shown before the template's question that sets the scene. */
  context: textSchema.optional(),
  /** What the result means for the business, shown after the worked solution. */
  explanation: textSchema,
  section,
});

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  orderingSchema,
  dialogueSchema,
  termSchema,
  shortSchema,
  caseSchema,
  calcSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type WrittenQuestion = Extract<Question, { type: 'term' | 'short' | 'case' }>;
export type CalcQuestion = Extract<Question, { type: 'calc' }>;

export const questionBankSchema = z.strictObject({
  /** The chapter slug this bank belongs to; equal to the file name. */
  chapter: idSchema(/^[a-z0-9-]+$/, 'use the chapter file name: lower-case letters, digits and "-"'),
  questions: z.array(questionSchema).min(1).max(LIMITS.questionsPerBank, `at most ${LIMITS.questionsPerBank} questions in one bank`),
});
export type QuestionBank = z.infer<typeof questionBankSchema>;
