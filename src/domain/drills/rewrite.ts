/**
 * Chapter 5 drill: rewrite a reply so that no forbidden phrase (服务禁忌语) is left
 * in it, marked by the same matcher the role-plays use.
 */
import { containsPhrase, forbiddenIn } from '../scenario/forbidden.ts';
import type { ForbiddenPhrase } from '../../schemas/scenario.ts';

/** A language of the course texts ('zh' or 'en'). */
type Language = keyof ForbiddenPhrase['phrase'];

export type RewriteMark = { kind: 'empty' } | { kind: 'forbidden'; phrases: ForbiddenPhrase[] } | { kind: 'clean' };

/** English is matched without regard to capitals or to curly and straight apostrophes. */
const plainEnglish = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'");

/** The listed phrases still in `reply`, in the order of the list. */
export function phrasesLeft(reply: string, list: readonly ForbiddenPhrase[], locale: Language): ForbiddenPhrase[] {
  if (locale === 'zh') return forbiddenIn(reply, list);
  const text = plainEnglish(reply);
  return list.filter((f) => containsPhrase(text, plainEnglish(f.phrase.en)));
}

/**
 * A phrase as a learner would say it. Phrases may be written as patterns with
 * alternatives, `(一定|肯定)是…错了`; the first alternative of each reads naturally.
 */
export function phraseAsSaid(phrase: string): string {
  return phrase.replace(/\(([^()|]*)[^()]*\)/g, '$1');
}

export function markRewrite(reply: string, list: readonly ForbiddenPhrase[], locale: Language): RewriteMark {
  if (reply.trim() === '') return { kind: 'empty' };
  const phrases = phrasesLeft(reply, list, locale);
  return phrases.length > 0 ? { kind: 'forbidden', phrases } : { kind: 'clean' };
}
