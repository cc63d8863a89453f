/**
 * Islands' interface strings held by their page in a JSON block after them, not in their
 * props: props come before an island's markup, so every string in them is a byte more
 * before the first thing a reader sees (a role-play's first line), and a page of several
 * islands (`/progress`) would carry their shared strings once for each. The block is
 * parsed before any island hydrates: the build moves Astro's island loader to the end of
 * the main content (`src/build/island-preload.ts`). It is read once for the page.
 */
import type { Locale } from './locales.ts';
import { allStrings } from './strings.ts';
import type { Dictionary } from './translate.ts';

export const PAGE_STRINGS_ID = 'page-strings';

let held: Dictionary | null = null;

/** The strings the page holds for its islands; in the server render, which has no page to read, every string of the locale. */
export function pageStrings(locale: Locale): Dictionary {
  // A branch the client build drops, with the dictionaries it reaches.
  if (import.meta.env.SSR) return allStrings(locale);
  if (held) return held;
  const block = document.getElementById(PAGE_STRINGS_ID);
  if (!block?.textContent) return {};
  return (held = JSON.parse(block.textContent) as Dictionary);
}
