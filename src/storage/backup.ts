/**
 * Export and import of everything the learner has done, as one JSON file. Import
 * checks the whole file first and writes it in one transaction, so a bad file is
 * refused with a problem code and changes nothing. Records merge by key: an
 * imported record replaces the same record on this device. Loaded only when used.
 */
import type { BackupProblem } from './problems.ts';
import type { ProgressStore, RecordTables } from './progress-store.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, backupHeader, backupSchema } from './records/backup-file.ts';
import { upgradeAttempt, upgradeExam } from './records/upgrade.ts';

export async function exportBackup(store: ProgressStore, now = Date.now()): Promise<string> {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables: await store.exportRecords() });
}

export type ReadBackup = { ok: true; tables: RecordTables } | { ok: false; problem: BackupProblem };

/** Checks a file whole; its records come back upgraded to the newest format. */
export function readBackup(text: string): ReadBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const header = backupHeader.safeParse(json);
  if (!header.success) return { ok: false, problem: { code: 'not-a-backup' } };
  if (header.data.version > BACKUP_VERSION) return { ok: false, problem: { code: 'newer-version', version: header.data.version } };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    return { ok: false, problem: issue.message === 'newer-record' ? { code: 'newer-record', path } : { code: 'invalid-field', path } };
  }
  const { tables } = parsed.data;
  return { ok: true, tables: { ...tables, attempts: tables.attempts.map(upgradeAttempt), exams: tables.exams.map(upgradeExam) } };
}

export type ImportResult = { ok: true; counts: Record<keyof RecordTables, number> } | { ok: false; problem: BackupProblem };

export async function importBackup(store: ProgressStore, text: string): Promise<ImportResult> {
  const read = readBackup(text);
  if (!read.ok) return read;
  try {
    await store.importRecords(read.tables);
  } catch {
    return { ok: false, problem: { code: 'write-failed' } };
  }
  const counts = Object.fromEntries(Object.entries(read.tables).map(([name, rows]) => [name, rows.length])) as Record<keyof RecordTables, number>;
  return { ok: true, counts };
}
