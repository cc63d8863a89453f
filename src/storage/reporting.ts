/**
 * Reporting beside the store: an LMS (SCORM) or a Learning Record Store (xAPI) hears
 * each record the moment it has been kept, never before and never instead. A reporter
 * that fails or is slow cannot cost the learner a save: what it is told has already
 * been written, and its errors stay its own (it keeps its own retry).
 */
import type { Attempt } from './records/attempt.ts';
import type { ExamAttempt } from './records/exam.ts';
import type { ProgressStore } from './progress-store.ts';
import type { NewQuizAnswer } from './records/quiz-answer.ts';

/** A record as it was kept. */
export type Kept =
  /** An attempt after its start or any step (finished once `finishedAt` is set). */
  | { kind: 'attempt'; attempt: Attempt }
  /** A quiz answer (practice, exam or review) as recorded. */
  | { kind: 'answer'; answer: NewQuizAnswer }
  /** An exam once handed in. */
  | { kind: 'exam'; exam: ExamAttempt }
  /** A chapter read to the end (each time: the store keeps the first). */
  | { kind: 'chapter'; slug: string };

export interface Reporter {
  kept(record: Kept): void | Promise<void>;
}

/** `store`, telling every reporter `reporters()` names about each record it keeps. */
export function reportingStore(store: ProgressStore, reporters: () => readonly Reporter[]): ProgressStore {
  const tell = (record: Kept) => {
    for (const reporter of reporters()) {
      try {
        void Promise.resolve(reporter.kept(record)).catch((error: unknown) => console.warn('a reporter failed', error));
      } catch (error) {
        console.warn('a reporter failed', error);
      }
    }
  };
  const attempt = (kept: Promise<Attempt>) => kept.then((a) => (tell({ kind: 'attempt', attempt: a }), a));
  const told: Partial<ProgressStore> = {
    startAttempt: (...args) => attempt(store.startAttempt(...args)),
    beginAttempt: (...args) => attempt(store.beginAttempt(...args)),
    appendStep: (...args) => attempt(store.appendStep(...args)),
    recordAnswer: (answer) => store.recordAnswer(answer).then(() => tell({ kind: 'answer', answer })),
    markChapterRead: (slug, now) => store.markChapterRead(slug, now).then(() => tell({ kind: 'chapter', slug })),
    handInExam: (...args) => store.handInExam(...args).then((exam) => (tell({ kind: 'exam', exam }), exam)),
  };
  // A proxy, not a spread: the store may itself be a proxy with no own keys (`fallback-store.ts`).
  return new Proxy(store, {
    get: (target, name) => (typeof name === 'string' && name in told ? told[name as keyof ProgressStore] : Reflect.get(target, name)),
  });
}
