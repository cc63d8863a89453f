/**
 * Steps a role-play page left unwritten as it went (`unsaved-steps.ts`), written to the
 * store once they are checked by replay: by the role-play's next page before its call opens,
 * and by the record as it opens, so a call whose page was left while its last write was
 * under way (the ending's link followed at once) shows there finished.
 */
import { loadScenario } from '../../content-client/load.ts';
import { createScenarioMachine, type ScenarioMachine } from '../../domain/scenario/machine.ts';
import { replay } from '../../domain/scenario/replay.ts';
import { playedAs } from '../../domain/scenario/variants.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ProgressStore } from '../../storage/progress-store.ts';
import { scenariosWithUnsaved, takeUnsaved, unsavedVersion } from './unsaved-steps.ts';
import { writeStep } from './write-step.ts';

/**
 * The steps kept for `scenario`, written so its call resumes after them. They are dropped when
 * they were made on another version, when the stored attempt has moved on since, or when
 * replay refuses them. `machineOf` gives the machine of the scenario as a customer variant
 * plays it (`playedAs`).
 */
export async function writeLeftUnsaved(
  store: ProgressStore,
  scenario: Scenario,
  hash: string,
  machineOf: (played: Scenario) => ScenarioMachine,
): Promise<void> {
  const unsaved = takeUnsaved(scenario.id);
  if (!unsaved || unsaved.init.contentHash !== hash) return;
  try {
    const active = await store.findActiveAttempt(scenario.id);
    if (active?.id !== unsaved.attemptId || (active?.steps.length ?? 0) !== unsaved.from) return;
    const played = playedAs(scenario, unsaved.init.variant);
    const { mode, timing } = unsaved.init;
    const result = replay(played, [...(active?.steps ?? []), ...unsaved.steps], { machine: machineOf(played), mode, timing });
    if (!result.ok) return;
    const { ending, score } = result.played;
    let id = unsaved.attemptId;
    for (const [k, step] of unsaved.steps.entries()) {
      const last = k === unsaved.steps.length - 1;
      id = await writeStep(store, unsaved.init, id, unsaved.from + k, step, last && ending ? { ending, score } : undefined);
    }
  } catch (error) {
    console.warn('Steps left unsaved by the last visit could not be kept', error);
  }
}

/** Every role-play's kept steps, each on the version of its scenario they were played on. What cannot be checked now (the content unreachable) stays kept. */
export async function writeEveryLeftUnsaved(store: ProgressStore): Promise<void> {
  await Promise.all(
    scenariosWithUnsaved().map(async (id) => {
      const hash = unsavedVersion(id);
      if (!hash) return;
      try {
        const { scenario } = await loadScenario(id, hash);
        await writeLeftUnsaved(store, scenario, hash, createScenarioMachine);
      } catch (error) {
        console.warn('Steps left unsaved by a role-play could not be checked', error);
      }
    }),
  );
}
