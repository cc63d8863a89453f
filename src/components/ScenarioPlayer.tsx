/**
 * The role-play player. The scenario's machine plays the call (see `scenario/Call.tsx`,
 * a view over its actor); this island only finds out where the call starts: afresh with
 * the learner's preferred settings, or resumed from an unfinished attempt's transcript.
 * "Try again" starts a new call, with a new actor.
 */
import { useEffect, useMemo, useState } from 'react';
import { createScenarioMachine, type PlaySettings } from '../domain/scenario/machine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator, type Dictionary } from '../i18n/translate.ts';
import { DEFAULT_SETTINGS, openCall } from './scenario/attempt-recorder.ts';
import { Call, type Session } from './scenario/Call.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  scenario: Scenario;
  hash: string;
  locale: Locale;
  chapterHref: string;
  progressHref: string;
}

export default function ScenarioPlayer({ strings, scenario, hash, locale, chapterHref, progressHref }: Props) {
  const t = translator(strings);
  const machine = useMemo(() => createScenarioMachine(scenario), [scenario]);
  // Each session is one call; a new key gives it a new actor.
  const [session, setSession] = useState<Session & { key: number }>({
    key: 0,
    ready: false,
    settings: DEFAULT_SETTINGS,
    entry: 'load',
    notice: null,
    error: null,
  });

  useEffect(() => {
    let cancelled = false;
    const begin = (next: Omit<Session, 'ready' | 'entry' | 'error'> & { error?: string }) =>
      !cancelled && setSession((s) => ({ key: s.key + 1, ready: true, entry: 'load', error: null, ...next }));
    openCall(scenario, hash, machine).then(
      (opened) =>
        opened.kind === 'resumed'
          ? begin({
              settings: { mode: opened.snapshot.context.mode, timing: opened.snapshot.context.timing },
              resumed: { snapshot: opened.snapshot, attemptId: opened.attemptId },
              notice: 'resumed',
            })
          : begin({ settings: opened.settings, notice: opened.kind === 'stale' ? 'stale' : null }),
      (error: unknown) => begin({ settings: DEFAULT_SETTINGS, notice: null, error: String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [scenario, hash, machine]);

  const retry = (settings: PlaySettings) => setSession((s) => ({ key: s.key + 1, ready: true, settings, entry: 'retry', notice: null, error: null }));

  return (
    <div className="player">
      <h1>{scenario.title[locale]}</h1>
      <section className="panel context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t('player.context')}</h2>
        <p>{scenario.context[locale]}</p>
      </section>
      <Call
        key={session.key}
        scenario={scenario}
        hash={hash}
        locale={locale}
        t={t}
        machine={machine}
        session={session}
        chapterHref={chapterHref}
        progressHref={progressHref}
        onRetry={retry}
      />
    </div>
  );
}
