/**
 * On /progress: where the learner's results are sent (the LRS a class's link named, by
 * host name), how many wait to be sent, and a button to stop (or start again). Shows
 * nothing to a learner who never opened such a link.
 */
import { useEffect, useState } from 'react';
import { lrsHost } from '../../domain/xapi/endpoint.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pageStrings } from '../../i18n/page-strings.ts';
import { translator } from '../../i18n/translate.ts';
import type { LrsLink } from '../../storage/lrs.ts';

/** Its interface strings are held by the page, with the other islands' (`<PageStrings>`, src/i18n/page-strings.ts). */
interface Props {
  locale: Locale;
}

type Shown = { kind: 'loading' } | { kind: 'failed' } | { kind: 'read'; links: { link: LrsLink; waiting: number }[] };

const lrs = () => import('../../storage/lrs.ts');

export default function LrsNotice({ locale }: Props) {
  const t = translator(pageStrings(locale));
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const read = () =>
    lrs()
      .then((m) => m.readLrsLinks())
      .then(
        (links) => setShown({ kind: 'read', links }),
        () => setShown({ kind: 'failed' }),
      );
  useEffect(() => void read(), []);

  if (shown.kind === 'loading') return null;
  if (shown.kind === 'failed') return <p className="notice notice-error">{t('xapi.notice.failed')}</p>;
  if (shown.links.length === 0) return null;
  const act = (stop: boolean, assignmentId: string) =>
    void lrs()
      .then((m) => (stop ? m.stopReportingTo(assignmentId) : m.resumeReportingTo(assignmentId)))
      .then(read, () => setShown({ kind: 'failed' }));
  return (
    <section className="panel lrs-notice" aria-labelledby="lrs-heading">
      <h2 id="lrs-heading">{t('xapi.notice.heading')}</h2>
      <ul className="plain">
        {shown.links.map(({ link, waiting }) => {
          const stopped = link.stoppedAt !== undefined;
          const vars = { host: lrsHost(link.lrs), title: link.title };
          return (
            <li key={link.assignmentId}>
              <p>{stopped ? t('xapi.notice.stopped', vars) : t('xapi.notice.on', vars)}</p>
              {!stopped && waiting > 0 && <p>{t('xapi.notice.waiting', { n: waiting })}</p>}
              <button type="button" onClick={() => act(!stopped, link.assignmentId)}>
                {stopped ? t('xapi.notice.resume') : t('xapi.notice.stop')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
