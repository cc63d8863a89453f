/** The techniques a learner most often missed, each with the section that teaches it and role-plays that practise it. */
import type { MissedTechnique } from '../../domain/progress/missed.ts';
import { chapterHref, scenarioHref } from '../../i18n/links.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

/** Enough links to choose from without turning one technique into the whole library. */
const MOST_SCENARIOS = 3;

interface Props {
  missed: MissedTechnique[];
  /** "chapter#section" → its title in the page's language. */
  sections: Record<string, string>;
  titles: Record<string, string>;
  locale: Locale;
  t: Translate;
}

export function MissedTechniques({ missed, sections, titles, locale, t }: Props) {
  if (missed.length === 0) return <p>{t('progress.missed.empty')}</p>;
  const sectionTitle = (ref: string) => sections[ref] ?? sections[ref.split('#')[0]!] ?? ref;
  return (
    <ol className="missed">
      {missed.map((m) => {
        // Where it was missed first, then the library's other scenarios that practise it.
        const practise = [...m.missedIn, ...m.practisedIn.filter((id) => !m.missedIn.includes(id))].filter((id) => titles[id]).slice(0, MOST_SCENARIOS);
        return (
          <li key={`${m.technique?.en ?? ''} ${m.section}`}>
            <p className="missed-name">
              <strong>{m.technique ? m.technique[locale] : sectionTitle(m.section)}</strong>{' '}
              <span className="muted">{t('progress.missed.times', { n: m.misses })}</span>
            </p>
            <p>
              {t('progress.missed.read')} <a href={chapterHref(locale, m.section)}>{sectionTitle(m.section)}</a>
            </p>
            {practise.length > 0 && (
              <p>
                {t('progress.missed.practise')}{' '}
                {practise.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ' · '}
                    <a href={scenarioHref(locale, id)}>{titles[id]}</a>
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
