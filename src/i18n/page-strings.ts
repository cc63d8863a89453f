/**
 * An island's interface strings held by its page in a JSON block after the island, not in
 * its props: props come before the island's markup, so every string in them is a byte more
 * before the first thing a reader sees (a role-play's first line). The page's block is
 * parsed before any island hydrates: the build moves Astro's island loader to the end of
 * the main content (`src/build/island-preload.ts`). The island reads the block once.
 */
import type { Locale } from './locales.ts';
import { allStrings } from './strings.ts';
import type { Dictionary } from './translate.ts';

export const PAGE_STRINGS_ID = 'page-strings';

let held: Dictionary | null = null;

/** The strings the page holds for its island; in the server render, which has no page to read, every string of the locale. */
export function pageStrings(locale: Locale): Dictionary {
  // A branch the client build drops, with the dictionaries it reaches.
  if (import.meta.env.SSR) return allStrings(locale);
  if (held) return held;
  const block = document.getElementById(PAGE_STRINGS_ID);
  if (!block?.textContent) return {};
  return (held = JSON.parse(block.textContent) as Dictionary);
}
