/**
 * Suspend data read back against the scenario the site serves now: the unfinished attempt
 * to put into the store, or why not (each a code; the launcher warns and goes on without it).
 */
import { replay } from '../../domain/scenario/replay.ts';
import { versionPlayedAs } from '../../domain/scenario/variants.ts';
import type { Step } from '../../domain/scenario/moves.ts';
import type { StoredScenario } from '../../domain/scenario/routes.ts';
import { readSuspend, unpackSteps, type Suspended, type SuspendProblem } from './suspend.ts';

export type Resumable = { ok: true; attempt: Suspended & { hash: string } } | { ok: false; problem: SuspendProblem };

/** `current`: the scenario this launch is for, its full hash and its stored form. */
export function resumable(data: string, current: { id: string; hash: string; scenario: StoredScenario }): Resumable {
  const read = readSuspend(data);
  if (!read.ok) return read;
  const { head, packed } = read;
  if (head.scenarioId !== current.id) return { ok: false, problem: 'other-scenario' };
  if (!current.hash.startsWith(head.hash)) return { ok: false, problem: 'other-version' };
  if (head.variant && !current.scenario.variants?.some((v) => v.id === head.variant)) return { ok: false, problem: 'steps' };
  const played = versionPlayedAs(current.scenario, head.variant);
  const steps: Step[] | null = unpackSteps(played, packed);
  if (!steps || steps.length === 0) return { ok: false, problem: 'steps' };
  const replayed = replay(played, steps, { mode: head.mode, timing: head.timing });
  if (!replayed.ok || replayed.played.ending !== null) return { ok: false, problem: 'steps' };
  return { ok: true, attempt: { ...head, hash: current.hash, steps } };
}
