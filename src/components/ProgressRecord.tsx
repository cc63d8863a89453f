/** `/progress`: finished attempts with date, scores and transcript; unfinished ones; chapters read. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../i18n/translate.ts';
import type { Attempt } from '../storage/records/attempt.ts';
import { progressStore } from '../storage/store.ts';
import { playedAs } from '../domain/scenario/variants.ts';
import { withRoutes } from '../domain/scenario/routes.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { ContentFailed } from './ContentGate.tsx';
import { StorageStatus } from './progress/StorageStatus.tsx';
import { usePlayedScenario, useScenarioRefs, type ScenarioRef } from './progress/use-progress-content.ts';
import { AttemptReplay } from './scenario/AttemptReplay.tsx';
import { ScoreTable } from './scenario/ScoreTable.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  locale: Locale;
  chapters: { slug: string; title: string }[];
}

export default function ProgressRecord({ strings, locale, chapters }: Props) {
  const t = translator(strings);
  const index = useScenarioRefs(locale);
  const scenarios = index.state === 'ready' ? index.value : {};
  const record = useLiveQuery(async () => {
    const store = progressStore();
    const [finished, active, reads] = await Promise.all([store.listFinishedAttempts(), store.listActiveAttempts(), store.listChapterReads()]);
    return { finished, active, reads };
  });
  if (!record || index.state === 'loading') return <p className="muted">{t('common.loading')}</p>;

  const dateFormat = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' });
  const readSlugs = new Set(record.reads.map((r) => r.slug));
  const active = record.active.filter((a) => scenarios[a.scenarioId]);

  return (
    <div className="progress">
      {index.state === 'failed' && <ContentFailed error={index.error} retry={index.retry} t={t} />}
      {active.length > 0 && (
        <section aria-labelledby="in-progress">
          <h2 id="in-progress">{t('progress.inProgress')}</h2>
          <ul className="cards">
            {active.map((a) => (
              <li key={a.id}>
                {scenarios[a.scenarioId]!.title[locale]} · <a href={scenarios[a.scenarioId]!.href}>{t('progress.continue')}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="finished">
        <h2 id="finished">{t('progress.scenarios')}</h2>
        {record.finished.length === 0 ? (
          <p>{t('progress.empty')}</p>
        ) : (
          <ol className="attempts">
            {record.finished.map((attempt) => (
              <FinishedAttempt
                t={t}
                key={attempt.id}
                attempt={attempt}
                scenarioRef={scenarios[attempt.scenarioId]}
                locale={locale}
                when={dateFormat.format(attempt.finishedAt ?? attempt.updatedAt)}
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="chapters-read">
        <h2 id="chapters-read">
          {t('progress.chaptersRead')}: {chapters.filter((c) => readSlugs.has(c.slug)).length} / {chapters.length}
        </h2>
        <ul>
          {chapters
            .filter((c) => readSlugs.has(c.slug))
            .map((c) => (
              <li key={c.slug}>✓ {c.title}</li>
            ))}
        </ul>
      </section>

      <StorageStatus t={t} />
      <BackupPanel t={t} />
    </div>
  );
}

function FinishedAttempt({
  t,
  attempt,
  scenarioRef,
  locale,
  when,
}: {
  t: Translate;
  attempt: Attempt;
  scenarioRef: ScenarioRef | undefined;
  locale: Locale;
  when: string;
}) {
  const played = usePlayedScenario(attempt);
  const version = played.state === 'ready' ? played.value : null;
  // The ending as the customer variant the attempt met saw it.
  const exact = useMemo(
    () => (version && version.hash === attempt.contentHash ? playedAs(withRoutes(version.scenario), attempt.variant) : undefined),
    [version, attempt.contentHash, attempt.variant],
  );
  const ending = exact && attempt.ending ? exact.endings[attempt.ending] : undefined;
  const mode = t(`player.mode.${attempt.mode}`).split(/[：:]/)[0]!;
  return (
    <li className="panel attempt">
      <h3>{scenarioRef?.title[locale] ?? version?.scenario.title[locale] ?? attempt.scenarioId}</h3>
      <p className="meta">
        <time dateTime={new Date(attempt.finishedAt ?? attempt.updatedAt).toISOString()}>{when}</time>
        {ending && (
          <>
            {' '}
            · {ending.title[locale]} ({t(`player.outcome.${ending.outcome}`)})
          </>
        )}
        {' · '}
        {t('progress.mode', { mode, timing: t(`player.timing.${attempt.timing}`) })}
      </p>
      {attempt.score && <ScoreTable score={attempt.score} t={t} caption={t('player.scores')} />}
      <details>
        <summary>{t('progress.replay')}</summary>
        {played.state === 'loading' ? (
          <p className="muted">{t('common.loading')}</p>
        ) : played.state === 'failed' ? (
          <ContentFailed error={played.error} retry={played.retry} t={t} />
        ) : version ? (
          <AttemptReplay attempt={attempt} scenario={version.scenario} hash={version.hash} locale={locale} t={t} />
        ) : (
          <p>{t('progress.unavailable')}</p>
        )}
      </details>
    </li>
  );
}
