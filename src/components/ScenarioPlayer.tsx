/**
 * The role-play player. The page carries only the first screen (`scenario/opening.ts`),
 * shown at once; the scenario is fetched by its content hash, and the island finds out
 * where the call starts: afresh with the learner's preferred settings, or resumed from
 * an unfinished attempt's transcript. The scenario's machine then plays the call (see
 * `scenario/Call.tsx`, a view over its actor). "Try again" starts a new call, with a new
 * actor. The storage code and the debrief load after the call is on screen.
 */
import { useEffect, useMemo, useState } from 'react';
import { createScenarioMachine, type PlaySettings } from '../domain/scenario/machine.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator, type Dictionary } from '../i18n/translate.ts';
import { loadScenario } from '../content-client/load.ts';
import { useContent } from '../content-client/use-content.ts';
import { ContentFailed } from './ContentGate.tsx';
import { DEFAULT_SETTINGS, loadStorage, openCall } from './scenario/attempt-recorder.ts';
import { Call, loadDebrief, type Session } from './scenario/Call.tsx';
import { afterPaint } from './scenario/after-paint.ts';
import type { Opening } from './scenario/opening.ts';
import { OpeningScreen } from './scenario/OpeningScreen.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  id: string;
  hash: string;
  opening: Opening;
  locale: Locale;
  chapterHref: string;
  progressHref: string;
}

export default function ScenarioPlayer({ strings, id, hash, opening, locale, chapterHref, progressHref }: Props) {
  const t = useMemo(() => translator(strings), [strings]);
  const content = useContent(() => loadScenario(id, hash), `${id}/${hash}`);
  const scenario = content.state === 'ready' ? content.value.scenario : null;
  const machine = useMemo(() => scenario && createScenarioMachine(scenario), [scenario]);
  // Each session is one call; a new key gives it a new actor. Null until the page knows where the call starts.
  const [session, setSession] = useState<(Session & { key: number }) | null>(null);

  useEffect(() => {
    if (!scenario || !machine) return;
    let cancelled = false;
    const begin = (next: Omit<Session, 'entry' | 'error'> & { error?: string }) =>
      !cancelled && setSession((s) => ({ key: (s?.key ?? 0) + 1, entry: 'load', error: null, ...next }));
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

  // While the learner reads the first line: the store the first choice is saved to, then the debrief.
  const started = session !== null;
  useEffect(() => {
    if (started) return afterPaint(() => void loadStorage().then(loadDebrief, loadDebrief));
  }, [started]);

  const retry = (settings: PlaySettings) => setSession((s) => ({ key: (s?.key ?? 0) + 1, settings, entry: 'retry', notice: null, error: null }));

  return (
    <div className="player">
      <h1>{opening.title}</h1>
      <section className="panel context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t('player.context')}</h2>
        <p>{opening.context}</p>
      </section>
      {content.state === 'failed' ? (
        <ContentFailed error={content.error} retry={content.retry} t={t} />
      ) : scenario && machine && session ? (
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
      ) : (
        <OpeningScreen opening={opening} settings={DEFAULT_SETTINGS} t={t} />
      )}
    </div>
  );
}
