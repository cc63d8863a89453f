/**
 * The home page's reads without Dexie: its progress summary and the assignments the
 * learner opened. Kept out of `quick-read.ts`, whose reads the role-play page loads before
 * its call is live.
 */
import { endOfDay } from '../domain/review/due.ts';
import { DB_NAME } from './db-name.ts';
import { reading, result } from './quick-read.ts';
import type { ProgressSummary } from './summary.ts';

/** The same figures as `summarizeProgress`, read without the store. */
export function readSummary(now = new Date(), name = DB_NAME): Promise<ProgressSummary> {
  const empty: ProgressSummary = { chaptersRead: 0, attemptsFinished: 0, bestScore: null, dueToday: 0 };
  if (typeof indexedDB === 'undefined') return Promise.resolve(empty);
  return reading(name, ['attempts', 'chapterReads', 'reviewCards'], empty, async (tx) => {
    const [finished, chaptersRead, dueToday] = await Promise.all([
      result(tx.objectStore('attempts').index('status').getAll('finished')) as Promise<{ score?: { overall: number | null } }[]>,
      result(tx.objectStore('chapterReads').count()),
      result(
        tx
          .objectStore('reviewCards')
          .index('due')
          .count(IDBKeyRange.upperBound(endOfDay(now))),
      ),
    ]);
    const scores = finished.map((a) => a.score?.overall ?? null).filter((s): s is number => typeof s === 'number');
    return { chaptersRead, attemptsFinished: finished.length, bestScore: scores.length > 0 ? Math.max(...scores) : null, dueToday };
  });
}

/** What the home page shows of an assignment the learner opened (`records/assignment.ts`). */
export interface AssignmentGlance {
  fragment: string;
  title: string;
  due: number;
  handedInAt?: number;
}

/** The assignments kept, soonest due first, as `listAssignments` gives them; a record without the fields the list needs is left out. */
export async function readAssignments(name = DB_NAME): Promise<AssignmentGlance[]> {
  if (typeof indexedDB === 'undefined') return [];
  // A browser that will not open its storage has no assignments kept (the page says so elsewhere).
  const records = await reading(name, ['assignments'], [], (tx) => result(tx.objectStore('assignments').getAll()) as Promise<unknown[]>).catch(
    (): unknown[] => [],
  );
  return records
    .flatMap((record): AssignmentGlance[] => {
      const { fragment, handedInAt, assignment } = (record ?? {}) as {
        fragment?: unknown;
        handedInAt?: unknown;
        assignment?: { title?: unknown; due?: unknown };
      };
      if (typeof fragment !== 'string' || typeof assignment?.title !== 'string' || typeof assignment.due !== 'number') return [];
      return [{ fragment, title: assignment.title, due: assignment.due, ...(typeof handedInAt === 'number' && { handedInAt }) }];
    })
    .sort((a, b) => a.due - b.due);
}
