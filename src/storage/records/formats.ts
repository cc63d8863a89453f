/**
 * The newest format of each stored record that changes shape. A record keeps the
 * format it was written in; `upgrade.ts` brings older ones up to date when read.
 * Kept apart from the schemas so pages that only read records load no validator.
 */

/** 2: `mode` and `timing` always present (format 1 lacked them: practice, standard). */
export const ATTEMPT_FORMAT = 2;

/**
 * 2: `paperMinutes`, `position` and `timeAdded` (format 1 lacked them).
 * 3: `paper` (sections and marks), `written`, `ticked`, `closedAt`, `marks`, and the
 * result's `outOf`, `machine` and `self`.
 */
export const EXAM_FORMAT = 3;

/** The key of the one profile record. */
export const PROFILE_KEY = 'learner';
