/**
 * How safe the learner's record is on this device: kept in memory only (the browser would
 * not open its storage), or on the device with or without the browser's promise not to
 * delete it (`storage/persistence.ts`); when refused, a reminder to export.
 */
import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/translate.ts';
import { persistence, type Persistence } from '../../storage/persistence.ts';
import { keptWhere } from '../../storage/store.ts';

type Status = Persistence | 'memory';

export function StorageStatus({ t }: { t: Translate }) {
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    let live = true;
    void keptWhere()
      .then(async (kept) => (kept === 'memory' ? 'memory' : persistence()))
      .then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  // The panel is drawn before the answer is known, so nothing below it moves when it comes.
  return (
    <section
      className={!status || status === 'granted' || status === 'not-asked' ? 'panel storage-status' : 'panel storage-status notice'}
      aria-labelledby="storage-status"
    >
      <h2 id="storage-status">{t('storage.title')}</h2>
      {status ? (
        <p data-storage={status}>{status === 'memory' ? t('store.notKept') : t(`storage.${status}`)}</p>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}
