/**
 * The learner's own time-limit setting, kept in their profile: the one place the
 * role-play player and the mock exam read it from.
 */
import { examExtraShare, type Timing } from '../domain/scenario/timing.ts';
import type { ProgressStore } from './progress-store.ts';
import { progressStore } from './store.ts';

export async function learnerTiming(store: ProgressStore = progressStore()): Promise<Timing> {
  return (await store.readProfile()).timing;
}

/** The mock exam's default extra share of its paper time (0 to the exam's cap) for this learner. */
export async function learnerExamExtraShare(store: ProgressStore = progressStore()): Promise<number> {
  return examExtraShare(await learnerTiming(store));
}
