/** Forbidden phrases (服务禁忌语) found in what the learner says. */
import type { ForbiddenPhrase } from './schema.ts';

/** Points of courtesy a choice loses for each forbidden phrase it contains. */
export const FORBIDDEN_PENALTY = 2;

/** Whether `text` contains `phrase`; "…" in a phrase matches anything in between. */
export function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (const part of phrase.split('…').filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The forbidden phrases in a choice's Chinese text (the authoritative wording). */
export function forbiddenIn(text: string, list: readonly ForbiddenPhrase[]): ForbiddenPhrase[] {
  return list.filter((f) => containsPhrase(text, f.phrase.zh));
}
