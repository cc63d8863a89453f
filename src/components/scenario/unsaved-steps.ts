/**
 * Steps of a call not yet written when the page is left (the store's code still on its
 * way, or a write under way as the tab closes). The recorder keeps them here, in
 * localStorage, which is written at once; the next page to open the role-play writes
 * them to the store (`attempt-recorder.ts`), after checking them by replay.
 */
import type { Step } from '../../domain/scenario/moves.ts';
import type { NewAttempt } from '../../storage/progress-store.ts';

export interface Unsaved {
  /** The attempt as it would be begun (also when `attemptId` names one already begun). */
  init: NewAttempt;
  /** The stored attempt the steps continue; none when its first step is among them. */
  attemptId?: string;
  /** Where the first of `steps` goes in the attempt's transcript. */
  from: number;
  steps: Step[];
}

const PREFIX = 'service-dojo.unsaved-steps.';
const key = (scenarioId: string) => `${PREFIX}${scenarioId}`;

/** What was kept for the scenario, or null when nothing was or it is not a record of unsaved steps. */
export function parseUnsaved(text: string | null, scenarioId: string): Unsaved | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Unsaved> | null;
    const { init, attemptId, from, steps } = value ?? {};
    const valid =
      typeof init === 'object' &&
      init !== null &&
      init.scenarioId === scenarioId &&
      typeof init.contentHash === 'string' &&
      (attemptId === undefined || typeof attemptId === 'string') &&
      Number.isInteger(from) &&
      from! >= 0 &&
      (attemptId !== undefined || from === 0) &&
      Array.isArray(steps) &&
      steps.length > 0 &&
      steps.every((step) => typeof step === 'object' && step !== null);
    return valid ? (value as Unsaved) : null;
  } catch {
    return null;
  }
}

// Storage may be refused (a private window, a full disk): the steps then wait for the store alone, as before.
export function keepUnsaved(unsaved: Unsaved): void {
  try {
    localStorage.setItem(key(unsaved.init.scenarioId), JSON.stringify(unsaved));
  } catch {
    /* nothing more can be done as the page goes */
  }
}

/** Whether anything is kept for the scenario. */
export function hasUnsaved(scenarioId: string): boolean {
  try {
    return localStorage.getItem(key(scenarioId)) !== null;
  } catch {
    return false;
  }
}

/** The role-plays some of whose steps are kept here. */
export function scenariosWithUnsaved(): string[] {
  try {
    const names = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
    return names.filter((name) => name.startsWith(PREFIX)).map((name) => name.slice(PREFIX.length));
  } catch {
    return [];
  }
}

/** The version of the scenario the kept steps were played on, if a record of them is kept. */
export function unsavedVersion(scenarioId: string): string | null {
  try {
    return parseUnsaved(localStorage.getItem(key(scenarioId)), scenarioId)?.init.contentHash ?? null;
  } catch {
    return null;
  }
}

/** Reads and forgets what was kept for the scenario. */
export function takeUnsaved(scenarioId: string): Unsaved | null {
  try {
    const text = localStorage.getItem(key(scenarioId));
    localStorage.removeItem(key(scenarioId));
    return parseUnsaved(text, scenarioId);
  } catch {
    return null;
  }
}

export function forgetUnsaved(scenarioId: string): void {
  try {
    localStorage.removeItem(key(scenarioId));
  } catch {
    /* nothing was kept */
  }
}
