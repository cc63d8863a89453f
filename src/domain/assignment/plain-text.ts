/**
 * Text that people type and others read (titles, class and student names): one line,
 * no control characters, bounded. It is always shown as text, never as markup, so
 * `<b>` in a name stays the five characters `<b>`.
 */
import { z } from 'zod';

/** Control characters (C0, DEL, C1) and the line and paragraph separators. */
export function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** Trimmed one-line text of `min`..`max` characters. */
export const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => ![...s].some(isControl), 'control-character');

/** A student number as schools issue them: letters, digits and `-`, 1–32 characters. */
export const studentNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,32}$/);

/** A moment, as milliseconds since 1970. */
export const moment = z.number().int().min(0);
