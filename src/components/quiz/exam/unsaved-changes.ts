/**
 * Changes to an exam not yet written when the page is left. A write to the store takes a
 * few milliseconds; a reload or a closed tab in that time aborts it, and an answer or a
 * tick the learner saw taken was gone. So each change is held here while its write is under
 * way; as the page goes (`pagehide`) those still under way are kept in localStorage, which
 * is written at once, and the next exam page makes them again before it reads the exam.
 * Every change sets a value (an answer, a flag on or off, the extra time asked for at a
 * moment), so making one again that did reach the store changes nothing.
 */
import type { Answer } from '../../../domain/quiz/grade.ts';
import { StoreError } from '../../../storage/problems.ts';
import type { ProgressStore } from '../../../storage/progress-store.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';

export type ExamChange =
  | { kind: 'answer'; questionId: string; answer: Answer }
  | { kind: 'writing'; questionId: string; texts: string[] }
  | { kind: 'ticks'; questionId: string; ticked: number[][] }
  | { kind: 'flag'; questionId: string; flagged: boolean }
  | { kind: 'position'; position: number }
  | { kind: 'extra-time'; at: number };

interface Unsaved {
  examId: string;
  change: ExamChange;
}

const KEY = 'service-dojo.unsaved-exam-changes';

function write(store: ProgressStore, { examId: id, change }: Unsaved): Promise<ExamAttempt> {
  switch (change.kind) {
    case 'answer':
      return store.saveExamAnswer(id, change.questionId, change.answer);
    case 'writing':
      return store.saveExamWriting(id, change.questionId, change.texts);
    case 'ticks':
      return store.saveExamTicks(id, change.questionId, change.ticked);
    case 'flag':
      return store.flagQuestion(id, change.questionId, change.flagged);
    case 'position':
      return store.moveExam(id, change.position);
    case 'extra-time':
      return store.addExtraTime(id, change.at);
  }
}

/** Writes under way, in the order they were made. */
const underWay = new Set<Unsaved>();
/** Whether this page has kept its writes under way (it went into the back-forward cache and came back). */
let kept = false;

function keep() {
  if (underWay.size === 0) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([...underWay]));
    kept = true;
  } catch {
    /* storage refused (a private window, a full disk): the writes under way are all there is */
  }
}

let listening = false;

/** Writes one change to the exam, held to be kept should the page go before the write is done. */
export async function writeChange(store: ProgressStore, examId: string, change: ExamChange): Promise<ExamAttempt> {
  if (!listening) {
    addEventListener('pagehide', keep);
    listening = true;
  }
  const unsaved = { examId, change };
  underWay.add(unsaved);
  const written = await write(store, unsaved).finally(() => underWay.delete(unsaved));
  // The page came back from the back-forward cache and its writes went on: what was kept is written, and is not to be made again later.
  if (kept && underWay.size === 0) forget();
  return written;
}

function forget() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing was kept */
  }
  kept = false;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function isChange(change: unknown): change is ExamChange {
  if (typeof change !== 'object' || change === null) return false;
  const c = change as Record<string, unknown>;
  switch (c.kind) {
    case 'answer':
      return isString(c.questionId) && typeof c.answer === 'object' && c.answer !== null && isString((c.answer as { type?: unknown }).type);
    case 'writing':
      return isString(c.questionId) && Array.isArray(c.texts) && c.texts.every(isString);
    case 'ticks':
      return isString(c.questionId) && Array.isArray(c.ticked) && c.ticked.every((box) => Array.isArray(box) && box.every(isIndex));
    case 'flag':
      return isString(c.questionId) && typeof c.flagged === 'boolean';
    case 'position':
      return isIndex(c.position);
    case 'extra-time':
      return isIndex(c.at);
    default:
      return false;
  }
}

/** The kept changes in `text`; none when it is not a list of them (a record from another version, or garbled). */
export function parseUnsaved(text: string | null): Unsaved[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    const valid =
      Array.isArray(value) &&
      value.every((u: unknown) => typeof u === 'object' && u !== null && isString((u as Unsaved).examId) && isChange((u as Unsaved).change));
    return valid ? (value as Unsaved[]) : [];
  } catch {
    return [];
  }
}

/** Refusals that mean the change no longer applies: its exam was handed in, finished or is gone, or its time was already added. */
const NO_LONGER: readonly string[] = ['not-found', 'not-active', 'time-cap'];

/**
 * Makes again the changes an earlier page kept as it went, in their order, then forgets
 * them. A change the store refuses as no longer applying is dropped, as it would have been
 * then; any other failure leaves them kept, to be made on the next visit.
 */
export async function writeKept(store: ProgressStore): Promise<void> {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return;
  }
  for (const unsaved of parseUnsaved(text)) {
    try {
      await write(store, unsaved);
    } catch (e) {
      if (!(e instanceof StoreError && NO_LONGER.includes(e.code))) throw e;
    }
  }
  if (text !== null) forget();
}
