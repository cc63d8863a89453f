/**
 * The role-play player. The page carries only the first screen (`scenario/opening.ts`),
 * shown at once; the scenario is fetched by its content hash, and the island finds out
 * where the call starts: afresh with the learner's preferred settings, or resumed from
 * an unfinished attempt's transcript. The scenario's machine then plays the call (see
 * `scenario/Call.tsx`, a view over its actor). "Try again" starts a new call, with a new
 * actor. The storage code and the debrief load after the call is on screen.
 */
import { useEffect, useMemo, useState } from 'react';
import { createScenarioMachine, type PlaySettings, type ScenarioMachine } from '../domain/scenario/machine.ts';
import { playedAs } from '../domain/scenario/variants.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageStrings } from '../i18n/page-strings.ts';
import { translator, type Dictionary } from '../i18n/translate.ts';
import { loadScenario } from '../content-client/load.ts';
import { useContent } from '../content-client/use-content.ts';
import { ContentFailed } from './ContentGate.tsx';
import { DEFAULT_SETTINGS, keptOnDevice, loadStorage, newCustomer, openCall } from './scenario/attempt-recorder.ts';
import { Call, type Session } from './scenario/Call.tsx';
import { loadDebrief } from './scenario/EndingPanel.tsx';
import { afterPaint } from './scenario/after-paint.ts';
import { afterPress } from './scenario/held-choice.ts';
import type { Opening } from './scenario/opening.ts';
import { OpeningScreen } from './scenario/OpeningScreen.tsx';

/** The player's interface strings are not among its props: its page holds them after it (`<PageStrings>`, src/i18n/page-strings.ts). */
export interface PlayerProps {
  id: string;
  hash: string;
  opening: Opening;
  locale: Locale;
  chapterHref: string;
  progressHref: string;
}

const machines = new WeakMap<Scenario, ScenarioMachine>();
/** One machine per scenario as a customer variant plays it, so a restored snapshot runs on the machine that made it. */
function machineOf(played: Scenario): ScenarioMachine {
  let machine = machines.get(played);
  if (!machine) machines.set(played, (machine = createScenarioMachine(played)));
  return machine;
}

/** How the conversation looks: a phone call by default; an online-shop chat brings its own (`scenario/chat/ChatPlayer.tsx`). */
export interface PlayerViews {
  Opening: typeof OpeningScreen;
  Call: typeof Call;
  /** Its own words for some of the player's keys. */
  words?: (strings: Dictionary) => Dictionary;
}

export default function ScenarioPlayer({
  id,
  hash,
  opening,
  locale,
  chapterHref,
  progressHref,
  views: { Opening, Call: View, words } = { Opening: OpeningScreen, Call },
}: PlayerProps & { views?: PlayerViews }) {
  const t = useMemo(() => {
    const strings = pageStrings(locale);
    return translator(words ? words(strings) : strings);
  }, [locale, words]);
  const content = useContent(() => loadScenario(id, hash), `${id}/${hash}`);
  const scenario = content.state === 'ready' ? content.value.scenario : null;
  // Each session is one call; a new key gives it a new actor. Null until the page knows where the call starts.
  const [session, setSession] = useState<(Session & { key: number }) | null>(null);

  useEffect(() => {
    if (!scenario) return;
    let cancelled = false;
    const opened: Promise<Omit<Session, 'entry' | 'error'> & { error?: Session['error'] }> = openCall(scenario, hash, machineOf).then(
      (call) =>
        call.kind === 'resumed'
          ? {
              settings: { mode: call.snapshot.context.mode, timing: call.snapshot.context.timing },
              resumed: { snapshot: call.snapshot, attemptId: call.attemptId },
              customer: call.customer,
              notice: 'resumed',
            }
          : { settings: call.settings, customer: call.customer, notice: call.kind === 'stale' ? 'stale' : null },
      (error: unknown) =>
        import('../storage/problems.ts').then(({ storeErrorCode }) => ({
          settings: DEFAULT_SETTINGS,
          customer: newCustomer(scenario),
          notice: null,
          error: storeErrorCode(error),
        })),
    );
    // Not while a first-screen button is pressed: the press ends there, as a held click, before the call replaces it.
    void opened.then(async (next) => {
      await afterPress();
      if (!cancelled) setSession((s) => ({ key: (s?.key ?? 0) + 1, entry: 'load', error: null, ...next }));
    });
    return () => {
      cancelled = true;
    };
  }, [scenario, hash]);

  // While the learner reads the first line: the store the first choice is saved to, then the debrief.
  const started = session !== null;
  // Said once for the page, not for each step: a browser that would not open its storage keeps the call in memory.
  const [notKept, setNotKept] = useState(false);
  useEffect(() => {
    if (!started) return;
    return afterPaint(() => {
      void loadStorage().then(loadDebrief, loadDebrief);
      void keptOnDevice().then((kept) => setNotKept(!kept));
    });
  }, [started]);

  // Trying again draws a customer afresh.
  const retry = (settings: PlaySettings) =>
    setSession((s) => ({ key: (s?.key ?? 0) + 1, settings, customer: scenario ? newCustomer(scenario) : {}, entry: 'retry', notice: null, error: null }));
  // The scenario as the call's customer variant plays it: its texts, its starting mood.
  const played = scenario && session ? playedAs(scenario, session.customer.variant) : null;

  return (
    <div className="player">
      <h1>{opening.title}</h1>
      <section className="panel context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t('player.context')}</h2>
        <p>{played ? played.context[locale] : opening.context}</p>
      </section>
      {notKept && (
        <p className="notice" role="status">
          {t('store.notKept')}
        </p>
      )}
      {content.state === 'failed' ? (
        <ContentFailed error={content.error} retry={content.retry} t={t} />
      ) : played && session ? (
        <View
          key={session.key}
          scenario={played}
          hash={hash}
          locale={locale}
          t={t}
          machine={machineOf(played)}
          session={session}
          chapterHref={chapterHref}
          progressHref={progressHref}
          onRetry={retry}
        />
      ) : (
        <Opening opening={opening} settings={DEFAULT_SETTINGS} t={t} />
      )}
    </div>
  );
}
