/** How a step of a call is written: at its place in the attempt's transcript, a new attempt beginning with its first step. */
import type { Step } from '../../domain/scenario/moves.ts';
import type { Finish, NewAttempt, ProgressStore } from '../../storage/progress-store.ts';

/** Returns the attempt's id. */
export async function writeStep(store: ProgressStore, init: NewAttempt, id: string | undefined, at: number, step: Step, finish?: Finish): Promise<string> {
  if (id) return (await store.appendStep(id, at, step, finish)).id;
  return (await store.beginAttempt(init, step, finish)).id;
}
