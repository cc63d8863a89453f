/**
 * What can go wrong when saving progress or reading a backup file, as codes with
 * data. The interface words them in the learner's language (`store.*` and
 * `backup.problem.*` in `src/i18n/zh/progress.ts` and `en/progress.ts`).
 */

export type StoreErrorCode =
  /** The record asked for does not exist. */
  | 'not-found'
  /** The attempt or exam is already finished (or set aside). */
  | 'not-active'
  /** The exam already has all the extra time its rules allow. */
  | 'time-cap'
  /** The browser refused the write (storage full, private mode, …). */
  | 'failed';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    /** Which record, for the console; never shown to the learner. */
    readonly record?: string,
    options?: ErrorOptions,
  ) {
    super(record ? `${code}: ${record}` : code, options);
    this.name = 'StoreError';
  }
}

/** The code of any error a store call threw. */
export function storeErrorCode(error: unknown): StoreErrorCode {
  return error instanceof StoreError ? error.code : 'failed';
}

/** Why a backup file was refused; nothing is written when there is one. */
export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'not-a-backup' }
  | { code: 'newer-version'; version: number }
  /** A record written by a newer version of the site. */
  | { code: 'newer-record'; path: string }
  /** A field missing, of the wrong kind or out of range; `path` is where, e.g. `tables.attempts.1.steps.0`. */
  | { code: 'invalid-field'; path: string }
  /** The same record (by its key) twice in one table; `path` is the second. */
  | { code: 'duplicate-record'; path: string }
  /** Bounds (`backup-bounds.ts`): the file, its nesting, a table or a text is too big; or a key is JavaScript's own. */
  | { code: 'too-large'; megabytes: number }
  | { code: 'too-deep'; limit: number }
  | { code: 'too-many-records'; table: string; limit: number }
  | { code: 'too-long'; path: string; limit: number }
  | { code: 'forbidden-key'; path: string }
  | { code: 'write-failed' };
