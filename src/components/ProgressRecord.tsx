/**
 * `/progress`: finished attempts with date, scores and transcript; unfinished ones;
 * chapters read. Each part fails on its own (`ErrorBoundary`), so a record that cannot
 * be shown never takes the backup panel, the learner's way out, with it.
 */
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { replay } from '../domain/scenario/replay.ts';
import type { ScoreResult } from '../domain/scenario/scoring.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { pageStrings } from '../i18n/page-strings.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import type { Attempt } from '../storage/records/attempt.ts';
import { versionPlayedAs } from '../domain/scenario/variants.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { ContentFailed } from './ContentGate.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useLiveRecord } from './use-live-record.ts';
import { progressStore } from '../storage/store.ts';
import { StorageStatus } from './progress/StorageStatus.tsx';
import { usePlayedScenario, useScenarioRefs, type ScenarioRef } from './progress/use-progress-content.ts';
import { writeEveryLeftUnsaved } from './scenario/left-unsaved.ts';
import { AttemptReplay } from './scenario/AttemptReplay.tsx';
import { ScoreTable } from './scenario/ScoreTable.tsx';

/** Its interface strings are held by the page, with the other islands' (`<PageStrings>`, src/i18n/page-strings.ts). */
interface Props {
  locale: Locale;
  chapters: { slug: string; title: string }[];
}

export default function ProgressRecord({ locale, chapters }: Props) {
  const t = translator(pageStrings(locale));
  return (
    <div className="progress">
      <ErrorBoundary t={t}>
        <Record t={t} locale={locale} chapters={chapters} />
      </ErrorBoundary>
      <ErrorBoundary t={t}>
        <StorageStatus t={t} />
      </ErrorBoundary>
      <ErrorBoundary t={t}>
        <BackupPanel t={t} />
      </ErrorBoundary>
    </div>
  );
}

/** A record of a semester holds many attempts: the latest are shown, the rest at a press, so the page stays light. */
const LATEST = 10;

function Record({ t, locale, chapters }: Props & { t: Translate }) {
  const index = useScenarioRefs(locale);
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  const scenarios = index.state === 'ready' ? index.value : {};
  // Steps a role-play left unwritten as it was left are written first; the live record then shows them.
  useEffect(() => void writeEveryLeftUnsaved(progressStore()), []);
  const record = useLiveRecord(async (store) => {
    const [finished, active, reads] = await Promise.all([store.listFinishedAttempts(), store.listActiveAttempts(), store.listChapterReads()]);
    return { finished, active, reads };
  });
  // While it loads, the frame of an empty record, so nothing moves for a new learner.
  if (!record || index.state === 'loading')
    return (
      <>
        <section aria-labelledby="finished" aria-busy="true">
          <h2 id="finished">{t('progress.scenarios')}</h2>
          <p className="muted">{t('common.loading')}</p>
        </section>
        <section aria-labelledby="chapters-read" aria-busy="true">
          <h2 id="chapters-read">
            {t('progress.chaptersRead')}: – / {chapters.length}
          </h2>
          <ul />
        </section>
      </>
    );

  const dateFormat = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' });
  const readSlugs = new Set(record.reads.map((r) => r.slug));
  const active = record.active.filter((a) => scenarios[a.scenarioId]);

  return (
    <>
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
            {(all ? record.finished : record.finished.slice(0, LATEST)).map((attempt, i) => (
              <li key={attempt.id} className="panel attempt">
                <ErrorBoundary t={t}>
                  <FinishedAttempt
                    t={t}
                    attempt={attempt}
                    scenarioRef={scenarios[attempt.scenarioId]}
                    locale={locale}
                    dateFormat={dateFormat}
                    headingRef={i === LATEST ? firstMore : undefined}
                  />
                </ErrorBoundary>
              </li>
            ))}
          </ol>
        )}
        {!all && record.finished.length > LATEST && (
          <p>
            <button type="button" onClick={() => setAll(true)}>
              {t('progress.showAll', { n: record.finished.length })}
            </button>
          </p>
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
    </>
  );
}

function FinishedAttempt({
  t,
  attempt,
  scenarioRef,
  locale,
  dateFormat,
  headingRef,
}: {
  t: Translate;
  attempt: Attempt;
  scenarioRef: ScenarioRef | undefined;
  locale: Locale;
  dateFormat: Intl.DateTimeFormat;
  /** The first attempt a press on "show the others" brings: focus moves to it. */
  headingRef: Ref<HTMLHeadingElement> | undefined;
}) {
  const played = usePlayedScenario(attempt);
  const version = played.state === 'ready' ? played.value : null;
  // The ending as the customer variant the attempt met saw it.
  const exact = useMemo(
    () => (version && version.hash === attempt.contentHash ? versionPlayedAs(version.scenario, attempt.variant) : undefined),
    [version, attempt.contentHash, attempt.variant],
  );
  const ending = exact && attempt.ending ? exact.endings[attempt.ending] : undefined;
  const mode = t(`player.mode.${attempt.mode}`).split(/[：:]/)[0]!;
  // The score shown is the one replaying the steps gives; the stored one is only a copy, and may have been edited.
  const replayed = useMemo(() => (exact ? replay(exact, attempt.steps, { mode: attempt.mode, timing: attempt.timing }) : undefined), [exact, attempt]);
  const score = replayed?.ok ? replayed.played.score : attempt.score;
  const finished = attempt.finishedAt ?? attempt.updatedAt;
  return (
    <>
      <h3 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {scenarioRef?.title[locale] ?? version?.scenario.title[locale] ?? attempt.scenarioId}
      </h3>
      <p className="meta">
        <time dateTime={new Date(finished).toISOString()}>{dateFormat.format(finished)}</time>
        {ending && (
          <>
            {' '}
            · {ending.title[locale]} ({t(`player.outcome.${ending.outcome}`)})
          </>
        )}
        {' · '}
        {t('progress.mode', { mode, timing: t(`player.timing.${attempt.timing}`) })}
      </p>
      {score && <ScoreTable score={score} t={t} caption={t('player.scores')} />}
      {replayed?.ok && attempt.score && !scoresAgree(replayed.played.score, attempt.score) && (
        <p className="notice notice-error" data-score-disagrees>
          {t('progress.scoreDisagrees', { stored: attempt.score.overall ?? '–', replayed: replayed.played.score.overall ?? '–' })}
        </p>
      )}
      {!replayed?.ok && played.state !== 'loading' && attempt.score && <p className="muted">{t('progress.scoreUnchecked')}</p>}
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
    </>
  );
}

/** Whether a stored score says what the replayed one says: every figure the table shows, and the verdict. */
function scoresAgree(replayed: ScoreResult, stored: ScoreResult): boolean {
  return (
    replayed.overall === stored.overall &&
    replayed.passed === stored.passed &&
    Object.entries(replayed.competencies).every(([c, r]) => {
      const s = stored.competencies[c as keyof ScoreResult['competencies']];
      return s !== undefined && s.percent === r.percent && s.earned === r.earned && s.possible === r.possible;
    })
  );
}
