/** Marks by chapter or by question type, as a table. */
import type { Share } from '../../../domain/quiz/exam-results.ts';
import type { Translate } from '../../../i18n/translate.ts';

interface Props {
  caption: string;
  keyHeading: string;
  shares: readonly Share[];
  name: (key: string) => string;
  t: Translate;
}

export function ShareTable({ caption, keyHeading, shares, name, t }: Props) {
  return (
    <table className="history share-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col">{t('exam.column.marks')}</th>
          <th scope="col">{t('exam.column.share')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.key}>
            <th scope="row">{name(s.key)}</th>
            <td>
              {s.marks} / {s.outOf}
              {s.self ? ` (${t('exam.selfMarked')})` : ''}
            </td>
            <td>{t('exam.percent', { n: s.percent })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
