/**
 * Every storage call of the role-play player: the learner's preferred settings, the
 * unfinished attempt a call resumes from, the assignment the call is played for, and
 * the recorder, which subscribes to the call's actor and writes each new transcript
 * step the moment the machine takes it.
 *
 * The progress store (Dexie) is not needed to show the first choice: quick reads give
 * the learner's time setting and whether an unfinished attempt may exist, and the store
 * loads while the learner reads (`loadStorage`). Writes wait for it in their queue; a step
 * still waiting when the page is left is kept in localStorage and written by the next visit
 * (`unsaved-steps.ts`), so no step goes unsaved. Only a call played for an assignment waits
 * for the store.
 */
import type { Actor } from 'xstate';
import { MODES, type PlaySettings, type PlaySnapshot, type ScenarioMachine } from '../../domain/scenario/machine.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { ASSIGNMENT_PARAM, grantedShare } from '../../domain/assignment/grant.ts';
import { atLeast } from '../../domain/scenario/timing.ts';
import { drawVariant, playedAs } from '../../domain/scenario/variants.ts';
import type { NewAttempt, ProgressStore } from '../../storage/progress-store.ts';
import type { StoreErrorCode } from '../../storage/problems.ts';
import { mayHaveActiveAttempt, readProfileTiming } from '../../storage/quick-read.ts';
import { forgetUnsaved, hasUnsaved, keepUnsaved } from './unsaved-steps.ts';
import { writeStep } from './write-step.ts';

let store: Promise<ProgressStore> | undefined;
/** The progress store, loaded once; the player asks for it after the first screen is up. */
export function loadStorage(): Promise<ProgressStore> {
  // A first read opens (on a first visit, creates) the database now rather than in the first write.
  store ??= import('../../storage/store.ts').then(async (m) => {
    const progress = m.progressStore();
    await progress.listActiveAttempts();
    return progress;
  });
  store.catch(() => (store = undefined));
  return store;
}

/** The preferred mode; time limits are the learner's own setting, in their profile (`storage/learner-time.ts`). */
const PREFERENCES = 'service-dojo.play-settings';
export const DEFAULT_SETTINGS: PlaySettings = { mode: 'practice', timing: 'standard' };

function savedMode(): PlaySettings['mode'] {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFERENCES) ?? 'null') as Partial<PlaySettings> | null;
    return MODES.find((m) => m === saved?.mode) ?? DEFAULT_SETTINGS.mode;
  } catch {
    return DEFAULT_SETTINGS.mode;
  }
}

/**
 * The assignment this page's call is played for (from `?assignment=`), once `openCall`
 * has checked the learner has it and it names this scenario. Its attempts are tagged
 * with it, and its settings are not kept as the learner's own preferences.
 */
let playedFor: string | undefined;

/** The learner's settings, or the assignment's: its mode, and at least the extra time it grants them. */
async function startSettings(scenarioId: string): Promise<PlaySettings> {
  const wanted = new URLSearchParams(location.search).get(ASSIGNMENT_PARAM);
  if (!wanted) return { mode: savedMode(), timing: await readProfileTiming() };
  const store = await loadStorage();
  const profile = await store.readProfile();
  const kept = await store.findAssignment(wanted);
  playedFor = kept?.assignment.scenarios.some((s) => s.id === scenarioId) ? kept.id : undefined;
  if (!kept || !playedFor) return { mode: savedMode(), timing: profile.timing };
  return { mode: kept.assignment.mode, timing: atLeast(profile.timing, grantedShare(kept.assignment, profile.studentNumber)) };
}

export function savePreferences(settings: PlaySettings): void {
  if (playedFor) return;
  localStorage.setItem(PREFERENCES, JSON.stringify({ mode: settings.mode }));
  // Losing a preference is not worth interrupting the call for.
  void loadStorage()
    .then((progress) => progress.saveProfile({ timing: settings.timing }))
    .catch(() => undefined);
}

/** The customer of a call: the variant drawn and its seed (none when the scenario has no variants). */
export interface Customer {
  variant?: string;
  seed?: number;
}

/** A new call's customer, drawn from a fresh seed, so a second play may meet another. */
export function newCustomer(scenario: Scenario): Customer {
  const seed = Math.floor(Math.random() * 2 ** 32);
  const variant = drawVariant(scenario, seed);
  return variant === undefined ? {} : { variant, seed };
}

/** Where a call picks up when the page opens. */
export type Opened =
  | { kind: 'fresh'; settings: PlaySettings; customer: Customer }
  /** The unfinished attempt, replayed from its transcript with the customer it met. */
  | { kind: 'resumed'; attemptId: string; snapshot: PlaySnapshot; customer: Customer }
  /** The unfinished attempt was made on another version of the scenario and is set aside. */
  | { kind: 'stale'; settings: PlaySettings; customer: Customer };

/** `machineOf` gives the machine of the scenario as a customer variant plays it (`playedAs`). */
export async function openCall(scenario: Scenario, hash: string, machineOf: (played: Scenario) => ScenarioMachine): Promise<Opened> {
  // Rarely anything: its code loads only then.
  if (hasUnsaved(scenario.id)) await (await import('./left-unsaved.ts')).writeLeftUnsaved(await loadStorage(), scenario, hash, machineOf);
  const settings = await startSettings(scenario.id);
  if (!(await mayHaveActiveAttempt(scenario.id))) return { kind: 'fresh', settings, customer: newCustomer(scenario) };
  const store = await loadStorage();
  const active = await store.findActiveAttempt(scenario.id);
  if (!active) return { kind: 'fresh', settings, customer: newCustomer(scenario) };
  const { replay } = await import('../../domain/scenario/replay.ts');
  const customer: Customer = { ...(active.variant !== undefined && { variant: active.variant }), ...(active.seed !== undefined && { seed: active.seed }) };
  const played = playedAs(scenario, customer.variant);
  const resumed = active.contentHash === hash ? replay(played, active.steps, { machine: machineOf(played), mode: active.mode, timing: active.timing }) : null;
  if (resumed?.ok) return { kind: 'resumed', attemptId: active.id, snapshot: resumed.played.snapshot, customer };
  await store.supersedeAttempt(active.id);
  return { kind: 'stale', settings, customer: newCustomer(scenario) };
}

/** Why the call's steps are not (all) saved, for the player to word (`player.save.*`). */
export type SaveProblem = StoreErrorCode;

interface Recording {
  /** The scenario as the customer variant plays it. */
  scenario: Scenario;
  customer: Customer;
  hash: string;
  locale: string;
  /** The attempt a resumed call continues; a new call starts one at its first step. */
  attemptId?: string;
  /**
   * After each write: null when every step so far is saved. Otherwise the problem, and
   * `retry` to try the unsaved steps again (absent when trying again cannot help: the
   * attempt moved on in another tab, was finished there, or the site's data was cleared).
   */
  onWrite: (problem: SaveProblem | null, retry?: () => void) => void;
}

/** Whether this page keeps progress on the device; false when the browser would not open its storage. */
export async function keptOnDevice(): Promise<boolean> {
  await loadStorage().catch(() => undefined);
  const { keptWhere } = await import('../../storage/store.ts');
  return (await keptWhere()) === 'device';
}

/**
 * Records the call as the actor plays it. Returns the function that stops recording.
 * Steps are saved in order from the first one not yet saved, each at its place in the
 * stored transcript: a step whose write failed (storage full) is tried again with the next
 * one, and a step is never written where another tab has moved the attempt on. A step's
 * write starts as the machine takes it, which is after the click's frame (`takeStep`), and
 * before the next frame shows what follows it (the ending and its links among them).
 */
export function recordAttempt(actor: Actor<ScenarioMachine>, { scenario, customer, hash, locale, attemptId, onWrite }: Recording): () => void {
  let id = attemptId;
  let saved = actor.getSnapshot().context.transcript.length;
  // Set when writing on would overwrite another tab's steps or bring back cleared data.
  let halted = false;
  // Writes run one after another, so a fast second click cannot start a second attempt.
  let writes = Promise.resolve();
  const initOf = (mode: PlaySettings['mode'], timing: PlaySettings['timing']): NewAttempt => ({
    scenarioId: scenario.id,
    contentHash: hash,
    locale,
    mode,
    timing,
    ...customer,
    ...(playedFor && { assignmentId: playedFor }),
  });
  // The page may go before its steps are written: what is unwritten then is kept for the next visit.
  let kept = false;
  const keep = () => {
    const { transcript, mode, timing } = actor.getSnapshot().context;
    if (halted || saved >= transcript.length) return;
    keepUnsaved({ init: initOf(mode, timing), ...(id && { attemptId: id }), from: saved, steps: transcript.slice(saved) });
    kept = true;
  };
  const keepWhenHidden = () => {
    if (document.visibilityState === 'hidden') keep();
  };
  addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', keepWhenHidden);

  async function saveUnsaved() {
    if (halted) return;
    const snapshot = actor.getSnapshot();
    const { transcript, mode, timing } = snapshot.context;
    try {
      while (saved < transcript.length) {
        const step = transcript[saved]!;
        // The score is worked out (by code loaded then) when the last step is written.
        const last = snapshot.status === 'done' && saved === transcript.length - 1;
        const played = last ? (await import('../../domain/scenario/replay.ts')).describeSnapshot(scenario, snapshot) : null;
        const finish = played ? { ending: played.ending!, score: played.score } : undefined;
        // A new attempt and its first step are one write.
        id = await writeStep(await loadStorage(), initOf(mode, timing), id, saved, step, finish);
        saved++;
      }
      if (kept) forgetUnsaved(scenario.id);
      kept = false;
      onWrite(null);
    } catch (error) {
      console.warn('A step of the call could not be saved', error);
      // Loaded only when a write fails: the first screen carries no storage code.
      const code = (await import('../../storage/problems.ts')).storeErrorCode(error);
      halted = code === 'conflict' || code === 'not-found' || code === 'not-active';
      onWrite(code, halted ? undefined : save);
    }
  }
  const save = () => {
    writes = writes.then(saveUnsaved);
  };
  let seen = saved;
  const subscription = actor.subscribe(({ context }) => {
    if (context.transcript.length === seen) return;
    seen = context.transcript.length;
    save();
  });
  return () => {
    subscription.unsubscribe();
    removeEventListener('pagehide', keep);
    document.removeEventListener('visibilitychange', keepWhenHidden);
  };
}
