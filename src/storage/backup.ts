/**
 * Export and import of everything the learner has done, as one JSON file.
 * Import validates the whole file first and writes it in one transaction, so a bad
 * file is refused with a reason and changes nothing. Records merge by key: an
 * imported record replaces the same record on this device.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from '../domain/backup/schema.ts';
import type { Attempt, DojoDb, ExamAttempt, QuizAnswer, ReviewCard } from './db.ts';

export async function exportBackup(db: DojoDb, now = Date.now()): Promise<string> {
  const [attempts, chapterReads, quizAnswers, exams, reviewCards] = await Promise.all([
    db.attempts.toArray(), db.chapterReads.toArray(), db.quizAnswers.toArray(), db.exams.toArray(), db.reviewCards.toArray(),
  ]);
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables: { attempts, chapterReads, quizAnswers, exams, reviewCards } });
}

export type ImportResult = { ok: true; counts: Record<string, number> } | { ok: false; reason: string };

export async function importBackup(db: DojoDb, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, reason: `${where}${issue.message}` };
  }
  const { tables } = parsed.data;
  try {
    // Every table in one transaction: all of the file is written, or none of it. The schema
    // checks the fields each feature relies on and keeps the rest as they were saved.
    await db.transaction('rw', [db.attempts, db.chapterReads, db.quizAnswers, db.exams, db.reviewCards], async () => {
      await db.attempts.bulkPut(tables.attempts as unknown as Attempt[]);
      await db.chapterReads.bulkPut(tables.chapterReads);
      await db.quizAnswers.bulkPut(tables.quizAnswers as unknown as QuizAnswer[]);
      await db.exams.bulkPut(tables.exams as unknown as ExamAttempt[]);
      await db.reviewCards.bulkPut(tables.reviewCards as unknown as ReviewCard[]);
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])) };
}
