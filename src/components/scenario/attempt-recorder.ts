/**
 * Every storage call of the role-play player: the learner's preferred settings, the
 * unfinished attempt a call resumes from, and the recorder, which subscribes to the
 * call's actor and writes each new transcript step the moment the machine takes it.
 *
 * The progress store (Dexie) is not needed to show the first choice: a quick read says
 * whether an unfinished attempt may exist, and the store loads while the learner reads
 * (`loadStorage`). Writes wait for it in their queue, so no step goes unsaved.
 */
import type { Actor } from 'xstate';
import { MODES, type PlaySettings, type PlaySnapshot, type ScenarioMachine } from '../../domain/scenario/machine.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { TIMINGS } from '../../domain/scenario/timing.ts';
import type { ProgressStore } from '../../storage/progress-store.ts';
import { mayHaveActiveAttempt } from '../../storage/quick-read.ts';

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

const PREFERENCES = 'service-dojo.play-settings';
export const DEFAULT_SETTINGS: PlaySettings = { mode: 'practice', timing: 'standard' };

export function savedPreferences(): PlaySettings {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFERENCES) ?? 'null') as Partial<PlaySettings> | null;
    return {
      mode: MODES.find((m) => m === saved?.mode) ?? DEFAULT_SETTINGS.mode,
      timing: TIMINGS.find((t) => t === saved?.timing) ?? DEFAULT_SETTINGS.timing,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function savePreferences(settings: PlaySettings): void {
  localStorage.setItem(PREFERENCES, JSON.stringify(settings));
}

/** Where a call picks up when the page opens. */
export type Opened =
  | { kind: 'fresh'; settings: PlaySettings }
  /** The unfinished attempt, replayed from its transcript. */
  | { kind: 'resumed'; attemptId: string; snapshot: PlaySnapshot }
  /** The unfinished attempt was made on another version of the scenario and is set aside. */
  | { kind: 'stale'; settings: PlaySettings };

export async function openCall(scenario: Scenario, hash: string, machine: ScenarioMachine): Promise<Opened> {
  const settings = savedPreferences();
  if (!(await mayHaveActiveAttempt(scenario.id))) return { kind: 'fresh', settings };
  const store = await loadStorage();
  const active = await store.findActiveAttempt(scenario.id);
  if (!active) return { kind: 'fresh', settings };
  const { replay } = await import('../../domain/scenario/replay.ts');
  const resumed = active.contentHash === hash ? replay(scenario, active.steps, { machine, mode: active.mode, timing: active.timing }) : null;
  if (resumed?.ok) return { kind: 'resumed', attemptId: active.id, snapshot: resumed.played.snapshot };
  await store.supersedeAttempt(active.id);
  return { kind: 'stale', settings };
}

interface Recording {
  scenario: Scenario;
  hash: string;
  locale: string;
  /** The attempt a resumed call continues; a new call starts one at its first step. */
  attemptId?: string;
  /** After each write: null when it was saved, else why not. */
  onWrite: (error: string | null) => void;
}

/**
 * Resolves after the browser has painted the frame the click produced, or after 50 ms if no
 * frame comes (a hidden tab): a step's write then costs the click nothing, and a step
 * waits in memory for at most that long.
 */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

/** Records the call as the actor plays it. Returns the function that stops recording. */
export function recordAttempt(actor: Actor<ScenarioMachine>, { scenario, hash, locale, attemptId, onWrite }: Recording): () => void {
  let id = attemptId;
  let recorded = actor.getSnapshot().context.transcript.length;
  // Writes run one after another, so a fast second click cannot start a second attempt.
  let writes = Promise.resolve();
  const subscription = actor.subscribe((snapshot) => {
    const { transcript, mode, timing } = snapshot.context;
    const fresh = transcript.slice(recorded);
    recorded = transcript.length;
    const done = snapshot.status === 'done';
    fresh.forEach((step, index) => {
      writes = writes.then(nextPaint).then(async () => {
        try {
          // The score is worked out (by code loaded then) when the last step is written.
          const played = done && index === fresh.length - 1 ? (await import('../../domain/scenario/replay.ts')).describeSnapshot(scenario, snapshot) : null;
          const finish = played ? { ending: played.ending!, score: played.score } : undefined;
          const store = await loadStorage();
          // A new attempt and its first step are one write.
          if (id) await store.appendStep(id, step, finish);
          else id = (await store.beginAttempt({ scenarioId: scenario.id, contentHash: hash, locale, mode, timing }, step, finish)).id;
          onWrite(null);
        } catch (error) {
          onWrite(error instanceof Error ? error.message : String(error));
        }
      });
    });
  });
  return () => subscription.unsubscribe();
}
