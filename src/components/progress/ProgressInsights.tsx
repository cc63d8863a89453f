/**
 * The top of `/progress`: each competency's trend over the learner's attempts, the
 * techniques most often missed, and the role-plays not passed yet. All of it is derived
 * by the pure functions in `src/domain/progress/` from attempts re-scored on their own
 * versions. The server renders the empty frames, so nothing moves when the record loads.
 */
import { useMemo } from 'react';
import { missedTechniques, type PracticeIndex } from '../../domain/progress/missed.ts';
import { notYetPassed } from '../../domain/progress/not-passed.ts';
import { competencyTrends } from '../../domain/progress/trends.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pageStrings } from '../../i18n/page-strings.ts';
import { translator } from '../../i18n/translate.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { ContentFailed } from '../ContentGate.tsx';
import { MissedTechniques } from './MissedTechniques.tsx';
import { NotPassedList } from './NotPassedList.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useCheckedAttempts } from './use-checked-attempts.ts';

/** Its interface strings are held by the page, with the other islands' (`<PageStrings>`, src/i18n/page-strings.ts). */
interface Props {
  locale: Locale;
  /** The current library in course order, titles in the page's language. */
  library: { id: string; title: string }[];
  /** "chapter#section" → its title in the page's language. */
  sections: Record<string, string>;
  practice: PracticeIndex;
}

/** Its own error boundary: a record it cannot chart never takes the rest of the page with it. */
export default function ProgressInsights(props: Props) {
  return (
    <ErrorBoundary t={translator(pageStrings(props.locale))}>
      <Insights {...props} />
    </ErrorBoundary>
  );
}

function Insights({ locale, library, sections, practice }: Props) {
  const t = translator(pageStrings(locale));
  const checked = useCheckedAttempts();
  const ready = checked.state === 'ready' ? checked.value : null;
  const insights = useMemo(
    () =>
      ready && {
        trends: competencyTrends(ready),
        missed: missedTechniques(ready, practice),
        open: notYetPassed(
          library.map((s) => s.id),
          ready,
        ),
      },
    [ready, practice, library],
  );
  const titles = useMemo(() => {
    // A scenario no longer in the library keeps the title of the version it was played on.
    const known: Record<string, string> = {};
    for (const c of ready ?? []) if (c.played) known[c.scenarioId] = c.played.scenario.title[locale];
    return { ...known, ...Object.fromEntries(library.map((s) => [s.id, s.title])) };
  }, [ready, library, locale]);
  const attempts = insights ? insights.trends.attempts.length : 0;
  const untried = useMemo(
    () =>
      notYetPassed(
        library.map((s) => s.id),
        [],
      ),
    [library],
  );
  const loading = <p className="muted">{t('common.loading')}</p>;

  return (
    <div className="insights">
      {checked.state === 'failed' && <ContentFailed error={checked.error} retry={checked.retry} t={t} />}
      <section className="panel ct-panel" aria-labelledby="trend-title">
        <h2 id="trend-title">{t('progress.trend.title')}</h2>
        <p className="muted ct-note">
          {!insights ? t('common.loading') : attempts > 0 ? t('progress.trend.note', { n: attempts }) : t('progress.trend.empty')}
        </p>
        <TrendChart trends={insights ? insights.trends : null} titles={titles} locale={locale} t={t} />
      </section>
      <div className="insight-lists">
        <section className="panel" aria-labelledby="missed-title">
          <h2 id="missed-title">{t('progress.missed.title')}</h2>
          <p className="muted">{t('progress.missed.intro')}</p>
          {insights ? <MissedTechniques missed={insights.missed} sections={sections} titles={titles} locale={locale} t={t} /> : loading}
        </section>
        <section className="panel" aria-labelledby="open-title">
          <h2 id="open-title">{t('progress.open.title')}</h2>
          {/* While the record loads, the list a new learner sees (every role-play untried), dimmed: for most visits nothing moves. */}
          <div aria-busy={!insights} className={insights ? undefined : 'pending'}>
            <NotPassedList open={insights ? insights.open : untried} titles={titles} locale={locale} t={t} />
          </div>
        </section>
      </div>
    </div>
  );
}
