/**
 * Forbidden phrases (服务禁忌语) found in what the learner says.
 *
 * A phrase's Chinese text is a small pattern, so one entry catches the ways people
 * actually say it:
 * - `(你|您)` one of the alternatives; an empty alternative makes it optional: `(也|)`;
 * - `…` a gap of up to GAP characters that stays inside one clause (it never crosses
 *   punctuation), so `一定是…错了` matches 一定是支行弄错了 but not 一定是您，错了;
 * - every other character stands for itself.
 * Alternatives do not nest; a `…` inside an alternative is a gap too.
 */
import type { ForbiddenPhrase } from '../../schemas/scenario.ts';

/** Points of courtesy a choice loses for each forbidden phrase it contains. */
export const FORBIDDEN_PENALTY = 2;

/** The longest gap `…` bridges, in characters. */
export const GAP = 12;

/** One character of a gap: anything but the punctuation that ends a clause. */
const WITHIN_CLAUSE = '[^，。！？；：、,.!?;:（）()“”"\\n]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const literal = (text: string) => text.split('…').map(escape).join(`${WITHIN_CLAUSE}{0,${GAP}}?`);

const compiled = new Map<string, RegExp>();

/** The regular expression a phrase pattern stands for (cached; patterns come from a few files). */
export function phrasePattern(phrase: string): RegExp {
  let pattern = compiled.get(phrase);
  if (!pattern) {
    const source = phrase
      .split(/(\([^()]*\))/)
      .map((part) => (part.startsWith('(') && part.endsWith(')') ? `(?:${part.slice(1, -1).split('|').map(literal).join('|')})` : literal(part)))
      .join('');
    pattern = new RegExp(source, 'g');
    compiled.set(phrase, pattern);
  }
  return pattern;
}

/** Every stretch of `text` the phrase pattern matches, as said. */
export function phraseMatches(text: string, phrase: string): string[] {
  return [...text.matchAll(phrasePattern(phrase))].map((m) => m[0]).filter((m) => m.length > 0);
}

export function containsPhrase(text: string, phrase: string): boolean {
  return phraseMatches(text, phrase).length > 0;
}

/** The forbidden phrases in a choice's Chinese text (the authoritative wording). */
export function forbiddenIn(text: string, list: readonly ForbiddenPhrase[]): ForbiddenPhrase[] {
  return list.filter((f) => containsPhrase(text, f.phrase.zh));
}

export interface ForbiddenMatch {
  phrase: ForbiddenPhrase;
  /** The words the learner's reply actually used, quoted in the debrief. */
  quotes: string[];
}

/** Like forbiddenIn, with the words that matched. */
export function forbiddenMatches(text: string, list: readonly ForbiddenPhrase[]): ForbiddenMatch[] {
  return list.flatMap((phrase) => {
    const quotes = phraseMatches(text, phrase.phrase.zh);
    return quotes.length > 0 ? [{ phrase, quotes }] : [];
  });
}
