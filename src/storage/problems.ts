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
  /** The attempt's stored transcript no longer ends where this write expected (another tab or window moved it on). */
  | 'conflict'
  /** The device's storage is full (a QuotaExceededError, perhaps inside an AbortError); nothing of the change was kept. */
  | 'quota'
  /** The browser refused the write for another reason (private mode, a broken store, …). */
  | 'failed';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** Which record, for the console; never shown to the learner. */
  readonly record: string | undefined;

  constructor(code: StoreErrorCode, record?: string, options?: ErrorOptions) {
    super(record ? `${code}: ${record}` : code, options);
    this.name = 'StoreError';
    this.code = code;
    this.record = record;
  }
}

/** The code of any error a store call threw. */
export function storeErrorCode(error: unknown): StoreErrorCode {
  return error instanceof StoreError ? error.code : 'failed';
}

/**
 * The names of an error and of the errors inside it: Dexie keeps the browser's error as
 * `inner` (an AbortError whose inner error is a QuotaExceededError), others as `cause`.
 */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner ?? cause;
  }
  return names;
}

/** The storage is full, whichever layer reported it. */
export const isQuotaError = (error: unknown) => errorNames(error).includes('QuotaExceededError');

/**
 * The connection to the database was lost or closed under the call: WebKit's "Connection to
 * Indexed Database server lost" (UnknownError) when a phone backgrounds the tab, a connection
 * the browser closed (InvalidStateError), or Dexie's DatabaseClosedError. Reopening helps.
 */
const CONNECTION_LOST = new Set(['UnknownError', 'InvalidStateError', 'DatabaseClosedError']);
export const isConnectionLost = (error: unknown) => !isQuotaError(error) && errorNames(error).some((name) => CONNECTION_LOST.has(name));

/** A store error for any error a write threw, keeping the browser's error as the cause. */
export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(isQuotaError(error) ? 'quota' : 'failed', undefined, { cause: error });
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
