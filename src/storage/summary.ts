/** The learner's record at a glance, for the home page. */
import type { ProgressStore } from './progress-store.ts';

export interface ProgressSummary {
  chaptersRead: number;
  attemptsFinished: number;
  /** The best overall role-play score, or null before the first finished attempt. */
  bestScore: number | null;
  dueToday: number;
}

export async function summarizeProgress(store: ProgressStore, now = new Date()): Promise<ProgressSummary> {
  const [finished, reads, dueToday] = await Promise.all([store.listFinishedAttempts(), store.listChapterReads(), store.countDue(now)]);
  const scores = finished.map((a) => a.score?.overall ?? null).filter((s): s is number => s !== null);
  return { chaptersRead: reads.length, attemptsFinished: finished.length, bestScore: scores.length > 0 ? Math.max(...scores) : null, dueToday };
}
