/**
 * Names an author chooses (ids of nodes, endings, questions, chapters, flags, keys of
 * maps) must not be names JavaScript objects already carry: `constructor`,
 * `__proto__`, `toString`, `hasOwnProperty`… Such a name passes a pattern check but
 * makes `id in nodes` true for a node that does not exist, or replaces an object's
 * prototype when a map is built. The code looks names up as own properties; these
 * rules keep them out of the content in the first place.
 */
import { z } from 'zod';

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether `name` is a property every JavaScript object has. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

export const reservedNameMessage = (name: string) => `"${name}" is a name JavaScript reserves for its objects; choose another`;

/** A string matching `pattern` that is not a reserved name. */
export function idSchema(pattern: RegExp, message: string) {
  return z
    .string()
    .regex(pattern, message)
    .refine((s) => !isReservedName(s), { error: (issue) => reservedNameMessage(String(issue.input)) });
}
