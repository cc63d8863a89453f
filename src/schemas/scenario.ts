/**
 * The scenario file format: what an author writes in `scenarios/<id>.yaml`.
 * This module imports nothing from the app, so the format stands alone and can be
 * read by the build, the tests, the lint command and the gradebook alike.
 */
import { z } from 'zod';
import { COMPETENCIES } from '../domain/scenario/competencies.ts';
import { MOOD_MAX, MOOD_MIN } from '../domain/scenario/mood.ts';
import { idSchema } from './ids.ts';
import { LIMITS } from './limits.ts';

/** Ids of nodes and endings: short, lower-case, usable as XState state names. */
const id = idSchema(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and "-", starting with a letter');

/** White space, zero-width and other format characters: a text of nothing else shows nothing. */
const INVISIBLE = /^[\s\p{Z}\p{Cc}\p{Cf}]*$/u;

/** One language of a text: trimmed, not empty, not only invisible characters, not endless. */
const oneLanguage = (name: string, code: string) =>
  z
    .string({ error: `missing ${name} text (${code})` })
    .trim()
    .min(1, `${name} text (${code}) is empty`)
    .max(LIMITS.textChars, `${name} text (${code}) is longer than ${LIMITS.textChars.toLocaleString('en')} characters`)
    .refine((s) => s === '' || !INVISIBLE.test(s), `the ${name} text has only invisible characters`);

/** Every learner-visible string has a Chinese and an English text. */
export const textSchema = z.strictObject({
  /** Simplified Chinese (zh-CN), the default language. */
  zh: oneLanguage('Chinese', 'zh'),
  /** English. */
  en: oneLanguage('English', 'en'),
});
export type Text = z.infer<typeof textSchema>;

/** Points a choice earns per competency: −3 (harmful) … +3 (exemplary). */
const scoresSchema = z.partialRecord(z.enum(COMPETENCIES), z.number().int().min(-3).max(3));

const moodValue = z.number().int().min(MOOD_MIN, `mood runs from ${MOOD_MIN} to ${MOOD_MAX}`).max(MOOD_MAX, `mood runs from ${MOOD_MIN} to ${MOOD_MAX}`);

/** Flags record what happened earlier in the call ("took-number"). */
const flag = idSchema(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and "-"');

/**
 * When a choice is offered or a route taken. Deliberately small: the customer's
 * mood, flags set by earlier choices, nodes visited, points earned in a competency,
 * and `all` / `any` / `not` to combine them.
 */
export type Condition =
  | { mood: { min?: number; max?: number } }
  | { flag: string }
  | { visited: string }
  | { points: { competency: (typeof COMPETENCIES)[number]; min?: number; max?: number } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ mood: z.strictObject({ min: moodValue.optional(), max: moodValue.optional() }) }),
    z.strictObject({ flag }),
    z.strictObject({ visited: id }),
    z.strictObject({ points: z.strictObject({ competency: z.enum(COMPETENCIES), min: z.number().int().optional(), max: z.number().int().optional() }) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const routeSchema = z.strictObject({ if: conditionSchema.optional(), to: id });
export type Route = z.infer<typeof routeSchema>;

/**
 * Where a choice leads: one id, or routes tried in order (the last without `if`).
 * A single id is loaded as one route, so the rules only ever see routes.
 */
const nextSchema = z.union([
  id.transform((to): Route[] => [{ to }]),
  z
    .array(routeSchema)
    .min(1)
    .max(LIMITS.routesPerChoice, `at most ${LIMITS.routesPerChoice} routes`)
    .refine((routes) => routes.at(-1)!.if === undefined, 'the last route must have no "if", so every case leads somewhere'),
]);

/** What a choice, or a time-out, does to the call. */
const effectSchema = {
  /** Why this works or not: 1–3 sentences. */
  feedback: textSchema,
  /** The technique it shows or breaks, e.g. "LSCIA · 分担 / LSCIA · Share". */
  technique: textSchema.optional(),
  /** The chapter section that teaches it ("chapter#section"); defaults to the scenario's. */
  section: idSchema(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "chapter-slug" or "chapter-slug#section-id"').optional(),
  /** Points per competency; competencies left out score 0 for this choice. */
  scores: scoresSchema.default({}),
  /** How the customer's mood moves (−3 … +3). */
  mood: z.number().int().min(-6).max(6).default(0),
  /** Flags this sets for later conditions. */
  set: z.array(flag).default([]),
  /**
   * A red line (asking for a password, reading out an account to an unverified
   * caller): why it is one. Taking it fails the attempt whatever the points.
   */
  critical: textSchema.optional(),
  next: nextSchema,
};

export const choiceSchema = z.strictObject({
  /** What the learner says or does. */
  text: textSchema,
  ...effectSchema,
  /** Offer this choice only when the condition holds. */
  when: conditionSchema.optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

export const timeoutSchema = z.strictObject({
  /** What the customer does when nobody answers in time. */
  ...effectSchema,
});
export type Timeout = z.infer<typeof timeoutSchema>;

/**
 * A reply in the learner's own words, marked by patterns (see marker.ts and
 * docs/authoring-scenarios.md). Each mark found adds its effect; routes may test marks.
 */
const replyPattern = z
  .string()
  .trim()
  .min(1, 'a pattern is empty')
  .max(LIMITS.replyPatternChars, `a pattern has at most ${LIMITS.replyPatternChars} characters`);
const replyPatterns = z.array(replyPattern).min(1, 'give at least one pattern').max(LIMITS.replyPatterns, `at most ${LIMITS.replyPatterns} patterns`);

export const replyMarkSchema = z.strictObject({
  id: flag,
  /** What the mark is, as the feedback names it ("问候 / greeting"). */
  name: textSchema,
  /** An element the reply must contain: the feedback lists it as found or missing. Otherwise a bonus, or (with bad points) a fault. */
  required: z.boolean().default(false),
  /** Patterns, per language; the reply is checked against both (a learner may answer in either). */
  'look-for': z.strictObject({ zh: replyPatterns, en: replyPatterns }),
  scores: scoresSchema.default({}),
  mood: z.number().int().min(-6).max(6).default(0),
  set: z.array(flag).default([]),
  /** A red line said in the learner's own words. */
  critical: textSchema.optional(),
});
export type ReplyMark = z.infer<typeof replyMarkSchema>;

/** A route condition of a reply: the call's conditions, and `{ mark: id }` (the marker found it). */
export type ReplyCondition = Condition | { mark: string } | { all: ReplyCondition[] } | { any: ReplyCondition[] } | { not: ReplyCondition };
export const replyConditionSchema: z.ZodType<ReplyCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ mark: flag }),
    z.strictObject({ all: z.array(replyConditionSchema).min(1) }),
    z.strictObject({ any: z.array(replyConditionSchema).min(1) }),
    z.strictObject({ not: replyConditionSchema }),
    conditionSchema,
  ]),
);
const replyRouteSchema = z.strictObject({ if: replyConditionSchema.optional(), to: id });
export type ReplyRoute = z.infer<typeof replyRouteSchema>;

export const replySchema = z.strictObject({
  /** The most characters the learner may write. */
  maxChars: z.number().int().min(10).max(LIMITS.replyChars).default(200),
  marks: z.array(replyMarkSchema).min(1).max(LIMITS.replyMarks, `at most ${LIMITS.replyMarks} marks: the path analysis tries every combination`),
  /** Shown after the reply, beside the marks found and missing. */
  feedback: textSchema,
  technique: textSchema.optional(),
  section: idSchema(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "chapter-slug" or "chapter-slug#section-id"').optional(),
  /** Routes tried in order against the state after the marks' effects (the last without `if`). */
  next: z.union([
    id.transform((to): ReplyRoute[] => [{ to }]),
    z
      .array(replyRouteSchema)
      .min(1)
      .max(LIMITS.routesPerChoice, `at most ${LIMITS.routesPerChoice} routes`)
      .refine((routes) => routes.at(-1)!.if === undefined, 'the last route must have no "if", so every case leads somewhere'),
  ]),
});
export type Reply = z.infer<typeof replySchema>;

export const nodeSchema = z.strictObject({
  /** Who speaks: the customer, or a narrator describing what happens. */
  speaker: z.enum(['customer', 'narrator']).default('customer'),
  /** The customer's line, or the narration. */
  say: textSchema,
  /** A timed moment: the learner must act within this many seconds (learners can lengthen or switch it off). */
  timeLimit: z.strictObject({ seconds: z.number().int().min(3).max(120), timeout: timeoutSchema }).optional(),
  /** The learner may answer in their own words; the choices stay as the fallback. */
  reply: replySchema.optional(),
  /** The learner's options; at least two, or it is not a decision. */
  choices: z
    .array(choiceSchema)
    .min(2, 'a decision point needs at least two choices')
    .max(LIMITS.choicesPerNode, `at most ${LIMITS.choicesPerNode} choices at one node: more is not a decision a caller can weigh`),
});
export type ScenarioNode = z.infer<typeof nodeSchema>;

/**
 * How a call can end for the business. `retained` passes, `lost` fails, and
 * `escalated` fails unless the ending says why handing over was the right call
 * (`warranted`): see `outcomeFails` in scoring.ts.
 */
export const OUTCOMES = ['retained', 'escalated', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const endingSchema = z.strictObject({
  /** How the call ended for the business. */
  outcome: z.enum(OUTCOMES),
  /** Only on an escalation: why escalating was the right call here; such an ending can pass. */
  warranted: textSchema.optional(),
  title: textSchema,
  /** What happened after the call, and the lesson in it. */
  debrief: textSchema,
});
export type Ending = z.infer<typeof endingSchema>;

/** A phrase that must not be said to a customer (服务禁忌语), with a better wording. */
export const forbiddenPhraseSchema = z.strictObject({
  /**
   * The phrase as it appears in a choice's text. The Chinese is a pattern:
   * `(你|您)` alternatives, `(也|)` optional, `…` a gap within one clause (see forbidden.ts).
   * Kept short, with few gaps, so matching it stays quick.
   */
  phrase: textSchema.refine((p) => [...p.zh].length <= LIMITS.phraseChars && p.zh.split('…').length - 1 <= LIMITS.phraseGaps, {
    error: `a phrase pattern has at most ${LIMITS.phraseChars} characters and ${LIMITS.phraseGaps} gaps (…)`,
    path: ['zh'],
  }),
  better: textSchema,
  why: textSchema,
});
export type ForbiddenPhrase = z.infer<typeof forbiddenPhraseSchema>;

/** The skill a scenario drills, for the index's filters and an instructor's week plan. */
export const SKILLS = ['etiquette', 'objections', 'complaints', 'relationships'] as const;
export const DIFFICULTIES = ['basic', 'intermediate', 'advanced'] as const;
/** A phone call, or an online-shop chat (网店客服): messages instead of spoken lines. */
export const CHANNELS = ['call', 'chat'] as const;

/** The order a chat is about, shown as a card at the top of the conversation. */
export const orderCardSchema = z.strictObject({
  /** As the shop's system prints it. */
  number: idSchema(/^[A-Z0-9-]{4,24}$/, 'use 4–24 capital letters, digits and "-"'),
  item: textSchema,
  /** What the customer paid, in yuan. */
  price: z.number().min(0).max(1_000_000),
  /** Where the order stands when the chat opens ("已签收", "delivered"). */
  status: textSchema,
  placedOn: z.iso.date(),
});
export type OrderCard = z.infer<typeof orderCardSchema>;

/**
 * A customer variant: who calls this time. One is drawn when a call starts and kept with
 * the attempt, so a second play differs and a replay meets the same customer
 * (`src/domain/scenario/variants.ts`). Texts name a detail as `{detail-id}`.
 */
export const variantSchema = z.strictObject({
  id,
  /** Named in the debrief: "急躁的王先生 / impatient Mr Wang". */
  label: textSchema,
  /** The customer's mood when the call starts; the scenario's `mood` when left out. */
  mood: moodValue.optional(),
  /** Flags set from the start (a temperament, "impatient"), for conditions to test. */
  flags: z.array(flag).max(LIMITS.variantFlags, `at most ${LIMITS.variantFlags} flags`).optional(),
  /** What `{detail-id}` in the texts reads as for this customer; every variant names the same details. */
  details: z.record(id, textSchema).optional(),
});
export type Variant = z.infer<typeof variantSchema>;

export const scenarioSchema = z.strictObject({
  /** Equal to the file name without `.yaml`; used in URLs and saved attempts. */
  id,
  title: textSchema,
  /** One line for lists. */
  summary: textSchema,
  /** The briefing the learner reads before the call: who they are, who calls. */
  context: textSchema,
  /** Optional for the format, expected of the library: the lint warns when either is missing. */
  skill: z.enum(SKILLS).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  /** Absent: a call (so the files written before chats keep their hashes). */
  channel: z.enum(CHANNELS).optional(),
  /** Only in a chat: the order it is about. */
  order: orderCardSchema.optional(),
  /** Customers who may call (absent: one customer, as the texts say). Left out rather than empty, so older files keep their hashes. */
  variants: z
    .array(variantSchema)
    .min(2, 'variants are for two customers or more; write a single customer into the texts')
    .max(LIMITS.variants, `at most ${LIMITS.variants} variants`)
    .optional(),
  /** The chapter (and optional `#section`) that teaches what this scenario drills. */
  chapter: idSchema(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "chapter-slug" or "chapter-slug#section-id"'),
  /** The customer's mood when the call starts. */
  mood: moodValue.default(0),
  /** How much each competency counts in the overall score (default 1 each). */
  weights: z.partialRecord(z.enum(COMPETENCIES), z.number().min(0).max(10)).default({}),
  /** The overall score (0–100) needed to pass. */
  passMark: z.number().int().min(0).max(100).default(60),
  /** Forbidden phrases of this scenario, added to the shared list. */
  forbidden: z.array(forbiddenPhraseSchema).max(LIMITS.forbiddenPhrases, `at most ${LIMITS.forbiddenPhrases} phrases of its own`).default([]),
  /** The id of the first node. */
  start: id,
  nodes: z.record(id, nodeSchema).refine((nodes) => Object.keys(nodes).length <= LIMITS.nodes, {
    error: (issue) => `${Object.keys(issue.input as object).length} nodes; a scenario may have at most ${LIMITS.nodes}: split it into two`,
  }),
  endings: z.record(id, endingSchema).refine((endings) => Object.keys(endings).length <= LIMITS.endings, {
    error: (issue) => `${Object.keys(issue.input as object).length} endings; a scenario may have at most ${LIMITS.endings}`,
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
