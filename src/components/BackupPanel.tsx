/** Export the learner's record as one file, or import one; the backup code loads only when used. */
import { useState, useSyncExternalStore, type ChangeEvent } from 'react';
import type { Translate } from '../i18n/translate.ts';
import { BACKUP_LIMITS } from '../storage/backup-bounds.ts';
import type { ImportReport, TableName } from '../storage/backup-merge.ts';
import type { BackupProblem } from '../storage/problems.ts';
import { progressStore } from '../storage/store.ts';

type Status = { kind: 'ok'; report: ImportReport } | { kind: 'error'; text: string } | null;

const TABLES: readonly TableName[] = ['attempts', 'chapterReads', 'quizAnswers', 'quizRuns', 'exams', 'reviewCards', 'assignments', 'profile'];
const isTable = (name: string): name is TableName => (TABLES as readonly string[]).includes(name);

function problemText(t: Translate, problem: BackupProblem): string {
  const { code, ...data } = problem;
  if (problem.code === 'too-many-records' && isTable(problem.table)) return t(`backup.problem.${code}`, { ...data, table: t(`backup.table.${problem.table}`) });
  return t(`backup.problem.${code}`, data);
}

const noChange = () => () => {};

export function BackupPanel({ t }: { t: Translate }) {
  const [status, setStatus] = useState<Status>(null);
  // Usable once the island is live: a file chosen in the server's HTML, before hydration, would be dropped unread.
  const live = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );

  async function download() {
    const { exportBackup } = await import('../storage/backup.ts');
    const file = new Blob([await exportBackup(progressStore())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = `service-dojo-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { importBackup } = await import('../storage/backup.ts');
    const result = await importBackup(progressStore(), file);
    setStatus(result.ok ? { kind: 'ok', report: result.changes } : { kind: 'error', text: t('backup.refused', { reason: problemText(t, result.problem) }) });
  }

  const megabytes = BACKUP_LIMITS.bytes / 1024 / 1024;
  return (
    <section aria-labelledby="backup" className="panel">
      <h2 id="backup">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p className="muted">{t('backup.limits', { megabytes, records: BACKUP_LIMITS.records, chars: BACKUP_LIMITS.chars, depth: BACKUP_LIMITS.depth })}</p>
      <p className="actions">
        <button type="button" onClick={download} disabled={!live}>
          {t('backup.export')}
        </button>
        <label className="file-button">
          {t('backup.import')}
          <input type="file" accept="application/json,.json" onChange={upload} disabled={!live} />
        </label>
      </p>
      {status?.kind === 'error' && (
        <p className="notice notice-error" role="alert">
          {status.text}
        </p>
      )}
      {status?.kind === 'ok' && <ImportedReport report={status.report} t={t} />}
    </section>
  );
}

/** What the import changed, table by table (tables the file had no records for are left out). */
function ImportedReport({ report, t }: { report: ImportReport; t: Translate }) {
  const tables = TABLES.filter((name) => Object.values(report[name]).some((n) => n > 0));
  return (
    <div className="notice" role="status">
      <p>{tables.length > 0 ? t('backup.imported') : t('backup.empty')}</p>
      {tables.length > 0 && (
        <ul>
          {tables.map((name) => (
            <li key={name} data-table={name}>
              {t('backup.changes', { table: t(`backup.table.${name}`), ...report[name] })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
