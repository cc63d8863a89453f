/**
 * Said once on a page whose island keeps progress, when the browser would not open its
 * storage: the page works on the in-memory store, and the learner is told that nothing
 * done here will outlast the page.
 */
import { useEffect, useState } from 'react';
import type { Translate } from '../i18n/translate.ts';
import { keptWhere } from '../storage/store.ts';

export function NotKeptNotice({ t }: { t: Translate }) {
  const [inMemory, setInMemory] = useState(false);
  useEffect(() => {
    let live = true;
    void keptWhere().then((kept) => live && setInMemory(kept === 'memory'));
    return () => {
      live = false;
    };
  }, []);
  return inMemory ? (
    <p className="notice" role="status">
      {t('store.notKept')}
    </p>
  ) : null;
}
