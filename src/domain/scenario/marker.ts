/**
 * Marking a reply in the learner's own words against a node's `reply` rules: which
 * marks' patterns it contains, and which forbidden phrases. Pure and deterministic; it
 * runs once, when the learner answers, and the transcript keeps its result (a replay
 * never marks again, see play.ts).
 *
 * Both the reply and the patterns are normalised alike: Unicode compatibility forms
 * (full-width ＡＢＣ，１２ become ABC,12), lower case, curly quotes straight, runs of white
 * space one space. Every reply is checked against the Chinese and the English patterns.
 * - Chinese patterns ignore white space (dictation puts spaces between words), and use
 *   the forbidden phrases' syntax: `(您好|你好)`, `(也|)` optional, `…` a gap within a clause.
 * - English patterns match whole words: `sorry` is not found in "sorryish"; the same
 *   `( | )` and `…` (a gap of up to 40 characters within a sentence), and a trailing `*`
 *   on a word lets it go on: `apologi*` finds apologise, apologize, apologies.
 */
import { forbiddenMatches, GAP } from './forbidden.ts';
import { replyEffect, type ReplyAnswer, type ReplyMove } from './moves.ts';
import { applyEffect, routeOf, type CallState } from './play.ts';
import type { ForbiddenPhrase, Reply, ReplyMark, Scenario } from '../../schemas/scenario.ts';

export type Language = 'zh' | 'en';

/** The gap `…` bridges in English, in characters (a few words). */
export const EN_GAP = 40;

/** The same text however it was typed or dictated: compatibility forms, case, quotes, spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the Chinese patterns see: the normalised text without white space. */
const asZh = (text: string) => normalise(text).replace(/ /g, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const CLAUSE = '[^，。！？；：、,.!?;:（）()“”"\\n]';
const SENTENCE = '[^.!?;\\n]';
const WORD = '[\\p{L}\\p{N}]';

/** Stands for `…` while a pattern is normalised (which would turn `…` into three dots). */
const GAP_MARK = '\u0001';

/** One stretch of pattern without alternatives: literal text, `…` gaps, in English spaces and `*`. */
function literal(part: string, language: Language): string {
  const gap = language === 'zh' ? `${CLAUSE}{0,${GAP}}?` : `${SENTENCE}{0,${EN_GAP}}?`;
  return part
    .split(GAP_MARK)
    .map((piece) =>
      language === 'zh'
        ? escape(piece)
        : piece
            .split('*')
            .map((bit) => escape(bit).replace(/ /g, '\\s+'))
            .join(`${WORD}*`),
    )
    .join(gap);
}

const compiled = new Map<string, RegExp>();

/** The regular expression a pattern stands for, in one language (cached). */
export function patternRegExp(pattern: string, language: Language): RegExp {
  const key = `${language}\u0000${pattern}`;
  let regexp = compiled.get(key);
  if (!regexp) {
    const marked = pattern.replaceAll('…', GAP_MARK);
    const text = language === 'zh' ? asZh(marked) : normalise(marked);
    const source = text
      .split(/(\([^()]*\))/)
      .map((part) =>
        part.startsWith('(') && part.endsWith(')')
          ? `(?:${part
              .slice(1, -1)
              .split('|')
              .map((alternative) => literal(alternative, language))
              .join('|')})`
          : literal(part, language),
      )
      .join('');
    // English words are whole words: no letter or digit right before or after.
    regexp = new RegExp(language === 'zh' ? source : `(?<!${WORD})(?:${source})(?!${WORD})`, 'u');
    compiled.set(key, regexp);
  }
  return regexp;
}

/** Whether a reply contains a pattern of the language. */
export function hasPattern(reply: string, pattern: string, language: Language): boolean {
  return patternRegExp(pattern, language).test(language === 'zh' ? asZh(reply) : normalise(reply));
}

/** Whether any of a mark's patterns, in either language, is in the reply. */
export function markFound(reply: string, mark: ReplyMark): boolean {
  return (['zh', 'en'] as const).some((language) => mark['look-for'][language].some((p) => hasPattern(reply, p, language)));
}

/**
 * The forbidden phrases in a reply: a Chinese one by its pattern (forbidden.ts), an
 * English one as whole words. Returned as the phrases' Chinese patterns, which is how
 * the transcript names them.
 */
export function forbiddenInReply(reply: string, list: readonly ForbiddenPhrase[]): string[] {
  const zh = new Set(forbiddenMatches(asZh(reply), list).map((m) => m.phrase.phrase.zh));
  return list.filter((f) => zh.has(f.phrase.zh) || hasPattern(reply, f.phrase.en, 'en')).map((f) => f.phrase.zh);
}

export interface Marking {
  /** Every mark of the node, found or not. */
  marks: Record<string, boolean>;
  /** Forbidden phrases said, by their Chinese pattern. */
  forbidden: string[];
}

/** Marks a reply against a node's rules (the length limit is the player's and the rules' business). */
export function markReply(text: string, reply: Reply, list: readonly ForbiddenPhrase[]): Marking {
  return {
    marks: Object.fromEntries(reply.marks.map((mark) => [mark.id, markFound(text, mark)])),
    forbidden: forbiddenInReply(text, list),
  };
}

/** The move a marked reply makes in `state`, with the route the rules give its marks. */
export function routedReply(scenario: Scenario, state: CallState, answer: Omit<ReplyAnswer, 'route'>): ReplyMove {
  const effect = replyEffect(scenario.nodes[state.at]!.reply!, { ...answer, route: '' });
  return { node: state.at, reply: { ...answer, route: routeOf(effect, applyEffect(scenario, state, effect)) } };
}

/** The learner's words at a node that takes a reply, marked once and routed: the move the transcript keeps. */
export function answerWith(scenario: Scenario, state: CallState, text: string): ReplyMove {
  return routedReply(scenario, state, { text, ...markReply(text, scenario.nodes[state.at]!.reply!, scenario.forbidden) });
}

/**
 * The shortest text a pattern stands for (first alternative, empty gaps, `*` adding
 * nothing): if the pattern does not find even that, it can never match (lint.ts).
 */
export function exampleOf(pattern: string): string {
  return pattern.replace(/\(([^()|]*)(\|[^()]*)?\)/g, '$1').replace(/[…*]/g, '');
}

/** Whether a pattern finds its own shortest example: false means no reply can ever match it. */
export function canMatch(pattern: string, language: Language): boolean {
  if (/\([^()]*\(/.test(pattern)) return false; // alternatives do not nest
  return hasPattern(exampleOf(pattern), pattern, language);
}
