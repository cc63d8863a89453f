/** What the review queue holds today; reads only, so pages that show a count need no scheduler. */
import { endOfDay } from '../domain/review/due.ts';
import type { DojoDb, ReviewCard } from './db.ts';

/** Questions due for review by the end of today, the longest-waiting first. */
export async function listDue(db: DojoDb, now = new Date()): Promise<ReviewCard[]> {
  return db.reviewCards.where('due').belowOrEqual(endOfDay(now)).sortBy('due');
}

export async function countDue(db: DojoDb, now = new Date()): Promise<number> {
  return db.reviewCards.where('due').belowOrEqual(endOfDay(now)).count();
}
