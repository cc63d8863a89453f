/**
 * What a backup file may be before any of it is read as records. A learner's whole
 * record is well under 1 MB (a year of daily practice is about 40 000 answers of some
 * 250 bytes: 10 MB), so the limits leave room for that and refuse what only a broken or
 * hostile file would be: one too large to read without freezing a phone, nested deeper
 * than any record, with keys that are JavaScript's own (`__proto__`, `constructor`,
 * `prototype`: copied into a record they would change what every object is), or with
 * tables and texts longer than a learner could make.
 */
import type { BackupProblem } from './problems.ts';

export const BACKUP_LIMITS = {
  /** The whole file, in bytes: checked before it is read and again before it is parsed. */
  bytes: 20 * 1024 * 1024,
  /** Objects and arrays inside one another; the deepest record is about 9. */
  depth: 16,
  /** Records in one table. */
  records: 50_000,
  /** Characters in one text (a written exam answer is the longest). */
  chars: 20_000,
} as const;

/** Keys that name JavaScript's own properties rather than data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A file of `bytes` bytes is refused before it is read. */
export function sizeProblem(bytes: number): BackupProblem | undefined {
  return bytes > BACKUP_LIMITS.bytes ? { code: 'too-large', megabytes: BACKUP_LIMITS.bytes / 1024 / 1024 } : undefined;
}

/** The size of text in UTF-8 without encoding it when its length alone decides (a character is 1–3 bytes). */
export function textProblem(text: string): BackupProblem | undefined {
  if (text.length * 3 <= BACKUP_LIMITS.bytes) return undefined;
  return sizeProblem(text.length > BACKUP_LIMITS.bytes ? text.length : new TextEncoder().encode(text).length);
}

/**
 * Walks the parsed file once, without recursion (so depth cannot exhaust the stack),
 * and returns the first thing out of bounds. Tables are counted before their records are walked.
 */
export function shapeProblem(json: unknown): BackupProblem | undefined {
  const tables = isObject(json) && isObject(json.tables) ? json.tables : {};
  for (const [table, rows] of Object.entries(tables)) {
    if (Array.isArray(rows) && rows.length > BACKUP_LIMITS.records) return { code: 'too-many-records', table, limit: BACKUP_LIMITS.records };
  }
  const stack: { value: unknown; path: string[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string' && value.length > BACKUP_LIMITS.chars) return { code: 'too-long', path: path.join('.'), limit: BACKUP_LIMITS.chars };
    if (!isObject(value) && !Array.isArray(value)) continue;
    // `path` holds the keys above this container: the root is at depth 1.
    if (path.length + 1 > BACKUP_LIMITS.depth) return { code: 'too-deep', limit: BACKUP_LIMITS.depth };
    // Own keys only: JSON.parse makes `__proto__` an ordinary own key, which `Object.keys` lists.
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: [...path, key].join('.') };
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
