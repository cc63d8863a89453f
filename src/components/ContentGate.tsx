/** What an island shows while its content loads, or when it could not be fetched. */
import type { ReactNode } from 'react';
import { ContentLoadError } from '../content-client/load.ts';
import type { Loaded } from '../content-client/use-content.ts';
import type { Translate } from '../i18n/translate.ts';

export function ContentFailed({ error, retry, t }: { error: unknown; retry: () => void; t: Translate }) {
  const reason = error instanceof ContentLoadError ? error.reason : 'unreachable';
  return (
    <p className="notice notice-error" role="alert">
      {t(`content.${reason}`)}{' '}
      <button type="button" className="secondary" onClick={retry}>
        {t('content.retry')}
      </button>
    </p>
  );
}

/** Renders `children` with the loaded content; the loading line matches the islands' own. */
export function ContentGate<T>({ content, t, children }: { content: Loaded<T>; t: Translate; children: (value: T) => ReactNode }) {
  if (content.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (content.state === 'failed') return <ContentFailed error={content.error} retry={content.retry} t={t} />;
  return <>{children(content.value)}</>;
}
