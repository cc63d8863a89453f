/**
 * Export and import of everything the learner has done, as one JSON file. Import
 * checks the whole file first (its bounds, `backup-bounds.ts`, then every record's
 * schema) and writes in one transaction, so a bad file is refused with a problem code
 * and changes nothing. Records merge by what is newer and more complete
 * (`backup-merge.ts`): an import never rolls progress back. Loaded only when used.
 */
import { shapeProblem, sizeProblem, textProblem } from './backup-bounds.ts';
import { mergeBackup, recordKey, type ImportReport, type TableName } from './backup-merge.ts';
import type { BackupProblem } from './problems.ts';
import type { ProgressStore, RecordTables } from './progress-store.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, backupHeader, backupSchema } from './records/backup-file.ts';
import { upgradeAttempt, upgradeExam } from './records/upgrade.ts';

export async function exportBackup(store: ProgressStore, now = Date.now()): Promise<string> {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables: await store.exportRecords() });
}

export type ReadBackup = { ok: true; tables: RecordTables } | { ok: false; problem: BackupProblem };

const refused = (problem: BackupProblem) => ({ ok: false, problem }) as const;

/** Checks a file whole; its records come back upgraded to the newest format. */
export function readBackup(text: string): ReadBackup {
  const tooBig = textProblem(text);
  if (tooBig) return refused(tooBig);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused({ code: 'not-json' });
  }
  const outOfBounds = shapeProblem(json);
  if (outOfBounds) return refused(outOfBounds);
  const header = backupHeader.safeParse(json);
  if (!header.success) return refused({ code: 'not-a-backup' });
  if (header.data.version > BACKUP_VERSION) return refused({ code: 'newer-version', version: header.data.version });
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    return refused(issue.message === 'newer-record' ? { code: 'newer-record', path } : { code: 'invalid-field', path });
  }
  const { tables: stored } = parsed.data;
  const tables = { ...stored, attempts: stored.attempts.map(upgradeAttempt), exams: stored.exams.map(upgradeExam) };
  const duplicate = duplicateProblem(tables);
  return duplicate ? refused(duplicate) : { ok: true, tables };
}

/** Two records with one key in a table: there is no telling which was meant. */
function duplicateProblem(tables: RecordTables): BackupProblem | undefined {
  for (const [table, rows] of Object.entries(tables) as [TableName, RecordTables[TableName]][]) {
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const key = recordKey(table, row);
      if (key === undefined) continue;
      if (seen.has(key)) return { code: 'duplicate-record', path: `tables.${table}.${i}` };
      seen.add(key);
    }
  }
  return undefined;
}

export type ImportResult = { ok: true; changes: ImportReport } | { ok: false; problem: BackupProblem };

/** Imports a file (a File is measured before it is read); the result says what was added, updated and kept. */
export async function importBackup(store: ProgressStore, file: string | Blob): Promise<ImportResult> {
  if (typeof file !== 'string') {
    const tooBig = sizeProblem(file.size);
    if (tooBig) return refused(tooBig);
  }
  const read = readBackup(typeof file === 'string' ? file : await file.text());
  if (!read.ok) return read;
  try {
    const { writes, report } = mergeBackup(read.tables, await store.exportRecords());
    await store.importRecords(writes);
    return { ok: true, changes: report };
  } catch {
    return refused({ code: 'write-failed' });
  }
}
