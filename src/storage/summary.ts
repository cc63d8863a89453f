/** The learner's record at a glance, for the home page. */
import { listFinishedAttempts } from './attempts.ts';
import { listChapterReads } from './chapter-reads.ts';
import type { DojoDb } from './db.ts';
import { countDue } from './review-due.ts';

export interface ProgressSummary {
  chaptersRead: number;
  attemptsFinished: number;
  /** The best overall role-play score, or null before the first finished attempt. */
  bestScore: number | null;
  dueToday: number;
}

export async function summarizeProgress(db: DojoDb, now = new Date()): Promise<ProgressSummary> {
  const [finished, reads, dueToday] = await Promise.all([listFinishedAttempts(db), listChapterReads(db), countDue(db, now)]);
  const scores = finished.map((a) => a.score?.overall ?? null).filter((s): s is number => s !== null);
  return { chaptersRead: reads.length, attemptsFinished: finished.length, bestScore: scores.length > 0 ? Math.max(...scores) : null, dueToday };
}
