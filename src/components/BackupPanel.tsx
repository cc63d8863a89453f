/** Export the learner's record as one file, or import one; the backup code loads only when used. */
import { useState, type ChangeEvent } from 'react';
import type { Translate } from '../i18n/translate.ts';
import type { BackupProblem } from '../storage/problems.ts';
import { progressStore } from '../storage/store.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function problemText(t: Translate, problem: BackupProblem): string {
  const { code, ...data } = problem;
  return t(`backup.problem.${code}`, data);
}

export function BackupPanel({ t }: { t: Translate }) {
  const [status, setStatus] = useState<Status>(null);

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
    const result = await importBackup(progressStore(), await file.text());
    setStatus(
      result.ok
        ? { kind: 'ok', text: t('backup.imported', result.counts) }
        : { kind: 'error', text: t('backup.refused', { reason: problemText(t, result.problem) }) },
    );
  }

  return (
    <section aria-labelledby="backup" className="panel">
      <h2 id="backup">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p className="actions">
        <button type="button" onClick={download}>
          {t('backup.export')}
        </button>
        <label className="file-button">
          {t('backup.import')}
          <input type="file" accept="application/json,.json" onChange={upload} />
        </label>
      </p>
      {status && (
        <p className={status.kind === 'ok' ? 'notice' : 'notice notice-error'} role={status.kind === 'ok' ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
