/** The share link and QR code of one assignment, with copy and print; printed alone, it is the classroom sheet. */
import { useState } from 'react';
import type { Assignment } from '../../domain/assignment/assignment.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatMoment } from '../assignment/when.ts';
import { QrCode } from './QrCode.tsx';

interface Props {
  t: Translate;
  locale: Locale;
  assignment: Assignment;
  link: string;
}

export function SharePanel({ t, locale, assignment, link }: Props) {
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  return (
    <section className="panel print-sheet" aria-labelledby="share-heading">
      <h2 id="share-heading">{assignment.title}</h2>
      {assignment.className && <p>{t('assignment.class', { name: assignment.className })}</p>}
      <p className="print-due">{t('assignment.due', { due: formatMoment(locale, assignment.due) })}</p>
      <p className="print-only">{t('teach.printHint')}</p>
      <QrCode text={link} label={t('teach.qr', { title: assignment.title })} />
      <p className="print-only print-link">{link}</p>
      <label className="share-link no-print">
        <span>{t('teach.link')}</span>
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="actions no-print">
        <button type="button" onClick={copy}>
          {t('teach.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('teach.print')}
        </button>
        <span role="status">{copied && t(`teach.${copied}`)}</span>
      </div>
    </section>
  );
}
