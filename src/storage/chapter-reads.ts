/** Which chapters the learner has read to the end. */
import type { ChapterRead, DojoDb } from './db.ts';

/** Records the first time a chapter was read to the end; later reads keep that date. */
export async function markChapterRead(db: DojoDb, slug: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.chapterReads, async () => {
    if (!(await db.chapterReads.get(slug))) await db.chapterReads.add({ slug, readAt: now });
  });
}

export async function listChapterReads(db: DojoDb): Promise<ChapterRead[]> {
  return db.chapterReads.toArray();
}
