/**
 * A text as a reader compares it with another: compatibility forms folded, invisible
 * characters dropped, spaces collapsed, any case. Two options or choices that read the
 * same this way are the same to a learner.
 */
export const asRead = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim()
    .toLowerCase();
