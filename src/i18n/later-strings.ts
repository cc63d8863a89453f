/**
 * Interface strings a page holds for what its island draws only later (a role-play's debrief),
 * as a JSON block after the island rather than in its props: props come before the island's
 * markup, so every string in them is a byte more before the first line. The island reads the
 * block when it first needs one of them (`translator`'s fallback), once the page is parsed.
 */
import type { Dictionary } from './translate.ts';

export const LATER_STRINGS_ID = 'later-strings';

let held: Dictionary | null = null;

/** The page's later strings, or none on a page (or a server render) without them. */
export function laterStrings(): Dictionary {
  if (held) return held;
  const block = typeof document === 'undefined' ? null : document.getElementById(LATER_STRINGS_ID);
  if (!block?.textContent) return {};
  return (held = JSON.parse(block.textContent) as Dictionary);
}
