/** The library's role-plays the learner has not passed: tried ones with their count, then untried ones. */
import type { NotPassed } from '../../domain/progress/not-passed.ts';
import { scenarioHref } from '../../i18n/links.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

export function NotPassedList({ open, titles, locale, t }: { open: NotPassed[]; titles: Record<string, string>; locale: Locale; t: Translate }) {
  if (open.length === 0) return <p>{t('progress.open.allPassed')}</p>;
  const tried = open.filter((o) => o.status === 'never-passed');
  const untried = open.filter((o) => o.status === 'never-tried');
  const link = (id: string) => <a href={scenarioHref(locale, id)}>{titles[id] ?? id}</a>;
  return (
    <>
      {tried.length > 0 && (
        <>
          <h3>{t('progress.open.tried')}</h3>
          <ul className="open-list">
            {tried.map((o) => (
              <li key={o.id}>
                {link(o.id)} <span className="muted">{o.status === 'never-passed' && t('progress.open.attempts', { n: o.attempts })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {untried.length > 0 && (
        <>
          <h3>{t('progress.open.untried')}</h3>
          <ul className="open-list">
            {untried.map((o) => (
              <li key={o.id}>{link(o.id)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
