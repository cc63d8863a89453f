/** The mock exam's extra time: how much a learner may ask for, at the start and during the exam. */

/**
 * Extra time, as exam rules allow candidates who need it: at most half the paper's
 * time again in all, whether asked for at the start or during the exam.
 */
export const EXTRA_TIME_SHARE = 0.5;
/** Shares of the paper's time a learner can ask for when starting. */
export const START_EXTRA_SHARES = [0.25, 0.5] as const;
/** Minutes one request for more time during the exam adds. */
export const ADD_TIME_STEP = 10;

/** The most extra minutes a paper of this length allows. */
export function extraTimeCap(paperMinutes: number): number {
  return Math.floor(paperMinutes * EXTRA_TIME_SHARE);
}

/** Extra minutes for a share of the paper's time chosen at the start, within the cap. */
export function startExtraMinutes(paperMinutes: number, share: number): number {
  return Math.min(extraTimeCap(paperMinutes), Math.round(paperMinutes * share));
}

/** Minutes the next request during the exam adds: a step, or what is left under the cap (0 at the cap). */
export function nextExtraTime(paperMinutes: number, extraMinutes: number): number {
  return Math.max(0, Math.min(ADD_TIME_STEP, extraTimeCap(paperMinutes) - extraMinutes));
}
