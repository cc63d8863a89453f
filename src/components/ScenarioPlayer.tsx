/**
 * The role-play player. It asks the scenario's machine where the call stands and
 * sends it the learner's choices and time-outs; every step (take-backs included) is
 * written to IndexedDB as it is made, and an unfinished attempt resumes after a reload.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { transition } from 'xstate';
import { choiceOrder } from '../domain/scenario/choice-order.ts';
import { createScenarioMachine, type PlayEvent } from '../domain/scenario/machine.ts';
import { offeredChoices, type Step } from '../domain/scenario/play.ts';
import { describeSnapshot, replay, type Played } from '../domain/scenario/replay.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import { startClock, timeLimitMs, TIMINGS, type Timing } from '../domain/scenario/timing.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { appendStep, findActiveAttempt, startAttempt, supersedeAttempt } from '../storage/attempts.ts';
import { dojoDb } from '../storage/db.ts';
import { Debrief } from './scenario/Debrief.tsx';
import { MoodMeter } from './scenario/MoodMeter.tsx';
import { Line, Transcript } from './scenario/Transcript.tsx';

interface Props {
  scenario: Scenario;
  hash: string;
  locale: Locale;
  chapterHref: string;
  progressHref: string;
}

type Mode = 'practice' | 'test';
interface Settings {
  mode: Mode;
  timing: Timing;
}
type Notice = 'resumed' | 'stale' | 'undone' | null;

const PREFERENCES = 'service-dojo.play-settings';
const DEFAULTS: Settings = { mode: 'practice', timing: 'standard' };

function savedPreferences(): Settings {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFERENCES) ?? 'null') as Partial<Settings> | null;
    return {
      mode: saved?.mode === 'test' ? 'test' : 'practice',
      timing: TIMINGS.find((t) => t === saved?.timing) ?? 'standard',
    };
  } catch {
    return DEFAULTS;
  }
}

export default function ScenarioPlayer({ scenario, hash, locale, chapterHref, progressHref }: Props) {
  const t = useTranslations(locale);
  const machine = useMemo(() => createScenarioMachine(scenario), [scenario]);
  const fresh = () => {
    const result = replay(scenario, [], { machine });
    if (!result.ok) throw new Error(result.reason);
    return result.played;
  };
  const [played, setPlayed] = useState<Played>(fresh);
  const [steps, setSteps] = useState<Step[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [ready, setReady] = useState(false);
  const [clockStarted, setClockStarted] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The attempt being played; a retry starts a new one, so late writes of the old one stay with it.
  const attempt = useRef<{ id: string | null }>({ id: null });
  // Writes run one after another, so a fast second click cannot start a second attempt.
  const writes = useRef<Promise<void>>(Promise.resolve());
  const choicesRef = useRef<HTMLOListElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let cancelled = false;
    setSettings(savedPreferences());
    (async () => {
      const db = dojoDb();
      const active = await findActiveAttempt(db, scenario.id);
      if (cancelled || !active) return;
      const mode = active.mode ?? 'practice';
      const resumed = active.contentHash === hash ? replay(scenario, active.steps, { machine, allowUndo: mode === 'practice' }) : null;
      if (resumed?.ok) {
        attempt.current = { id: active.id };
        setSettings({ mode, timing: active.timing ?? 'standard' });
        setSteps(active.steps);
        setPlayed(resumed.played);
        setClockStarted(true);
        setNotice('resumed');
      } else {
        await supersedeAttempt(db, active.id);
        setNotice('stale');
      }
    })()
      .catch((error: unknown) => setSaveError(String(error)))
      .finally(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [scenario, hash, machine]);

  const node = played.node ? scenario.nodes[played.node] : undefined;
  const limit = node ? timeLimitMs(node, settings.timing) : null;
  // A timed first node waits for the learner to start; later timed nodes start at once.
  const needsStart = ready && limit !== null && steps.length === 0 && !clockStarted;

  // The clock of a timed moment: a time-out is sent to the machine like a choice.
  useEffect(() => {
    if (!ready || !node || limit === null || needsStart) {
      setSecondsLeft(null);
      return;
    }
    const endsAt = Date.now() + limit;
    setSecondsLeft(Math.ceil(limit / 1000));
    setAnnouncement(t('player.timerStart', { s: Math.ceil(limit / 1000) }));
    const tick = setInterval(() => setSecondsLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000))), 250);
    const stop = startClock(node, settings.timing, () => act({ type: 'timer.expired' }));
    return () => {
      clearInterval(tick);
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, played, needsStart, settings.timing]);

  // Focus follows the conversation: the next choices, or the ending's heading.
  useEffect(() => {
    if (!moved.current && !(clockStarted && steps.length === 0)) return;
    if (played.ending) endingRef.current?.focus();
    else choicesRef.current?.querySelector('button')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [played, clockStarted]);

  function save(step: Step, next: Played) {
    const current = attempt.current;
    const { mode, timing } = settings;
    writes.current = writes.current.then(async () => {
      try {
        const db = dojoDb();
        current.id ??= (await startAttempt(db, { scenarioId: scenario.id, contentHash: hash, locale, mode, timing })).id;
        const finish = next.ending ? { ending: next.ending, score: next.score } : undefined;
        await appendStep(db, current.id, step, finish);
        setSaveError(null);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    });
  }

  function act(event: PlayEvent) {
    if (!played.node || !played.snapshot.can(event)) return;
    const step: Step = event.type === 'timer.expired' ? { node: played.node, timeout: true } : { node: played.node, choice: event.choice };
    const next = describeSnapshot(scenario, transition(machine, played.snapshot, event)[0]);
    const here = scenario.nodes[played.node]!;
    const effect = event.type === 'timer.expired' ? here.timeLimit!.timeout : here.choices[event.choice]!;
    const reply = next.node ? scenario.nodes[next.node]!.say[locale] : scenario.endings[next.ending!]!.title[locale];
    const feedback = settings.mode === 'practice' ? `${t('player.feedback')}: ${effect.feedback[locale]} ` : '';
    setAnnouncement(`${event.type === 'timer.expired' ? `${t('player.timedOut')} ` : ''}${feedback}${reply}`);
    moved.current = true;
    setNotice(null);
    setPlayed(next);
    setSteps((all) => [...all, step]);
    save(step, next);
  }

  function undo() {
    const all: Step[] = [...steps, { undo: true }];
    const result = replay(scenario, all, { machine, allowUndo: true });
    if (!result.ok) return;
    moved.current = true;
    setSteps(all);
    setPlayed(result.played);
    setNotice('undone');
    setAnnouncement(t('player.undone'));
    save({ undo: true }, result.played);
  }

  function retry() {
    attempt.current = { id: null };
    moved.current = true;
    setNotice(null);
    setAnnouncement('');
    setSteps([]);
    setClockStarted(false);
    setPlayed(fresh());
  }

  function choose(settingsChange: Partial<Settings>) {
    const next = { ...settings, ...settingsChange };
    setSettings(next);
    localStorage.setItem(PREFERENCES, JSON.stringify(next));
  }

  const locked = steps.length > 0;
  const ending = played.ending ? scenario.endings[played.ending] : undefined;
  const offered = node ? new Set(offeredChoices(scenario, played.state)) : new Set<number>();

  return (
    <div className="player">
      <h1>{scenario.title[locale]}</h1>
      <section className="panel context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t('player.context')}</h2>
        <p>{scenario.context[locale]}</p>
      </section>

      <details className="panel settings" open={!locked && ready}>
        <summary>{t('player.settings')}: {t('player.howMode', { mode: t(`player.mode.${settings.mode}`).split(/[：:]/)[0]!, timing: t(`player.timing.${settings.timing}`) })}</summary>
        <fieldset className="plain" disabled={locked || !ready}>
          <legend>{t('player.mode')}</legend>
          {(['practice', 'test'] as const).map((mode) => (
            <label key={mode} className="option">
              <input type="radio" name="mode" checked={settings.mode === mode} onChange={() => choose({ mode })} />
              {t(`player.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="plain" disabled={locked || !ready}>
          <legend>{t('player.timing')}</legend>
          {TIMINGS.map((timing) => (
            <label key={timing} className="option">
              <input type="radio" name="timing" checked={settings.timing === timing} onChange={() => choose({ timing })} />
              {t(`player.timing.${timing}`)}
            </label>
          ))}
        </fieldset>
        {locked && <p className="muted">{t('player.settingsLocked')}</p>}
      </details>

      {notice && <p className="notice" role="status">{t(`player.${notice}`)}</p>}
      {saveError && <p className="notice notice-error" role="alert">{t('player.saveError', { reason: saveError })}</p>}

      {!ending && <MoodMeter mood={played.state.mood} t={t} />}

      <Transcript scenario={scenario} moves={played.moves} locale={locale} t={t} showFeedback={settings.mode === 'practice'} />

      {node && played.node && (
        <section className="turn current" aria-labelledby="choose-heading">
          <Line speaker={node.speaker} text={node.say[locale]} t={t} />
          {secondsLeft !== null && (
            <p className="timer">
              <span role="timer" aria-live="off">⏱ {t('player.timer', { s: secondsLeft })}</span>
              <span className="timer-bar" aria-hidden="true"><span style={{ width: `${(100 * secondsLeft * 1000) / (limit ?? 1)}%` }} /></span>
            </p>
          )}
          {needsStart ? (
            <p className="actions">
              <span>{t('player.startHint', { s: Math.ceil((limit ?? 0) / 1000) })}</span>
              <button type="button" onClick={() => setClockStarted(true)}>{t('player.start')}</button>
            </p>
          ) : (
            <>
              <h2 id="choose-heading" className="choose-heading">{t('player.choose')}</h2>
              {!ready && <p className="muted" aria-hidden="true">{t('player.loading')}</p>}
              <ol className="choices" ref={choicesRef}>
                {choiceOrder(scenario.id, played.node, node.choices.length).filter((index) => offered.has(index)).map((index) => (
                  <li key={`${played.node}-${index}`}>
                    <button type="button" disabled={!ready} onClick={() => act({ type: 'learner.choose', choice: index })}>
                      {node.choices[index]!.text[locale]}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
          {settings.mode === 'practice' && played.moves.length > 0 && (
            <p className="actions"><button type="button" className="secondary" onClick={undo}>↶ {t('player.undo')}</button></p>
          )}
        </section>
      )}

      {ending && (
        <section className="panel ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading" ref={endingRef} tabIndex={-1}>
            {t('player.ending')}: {ending.title[locale]}
          </h2>
          <Debrief scenario={scenario} played={played} locale={locale} t={t} />
          <p className="actions">
            <button type="button" onClick={retry}>{t('player.retry')}</button>
            <a href={progressHref}>{t('player.toProgress')}</a>
            <a href={chapterHref}>{t('player.readChapter')}</a>
          </p>
        </section>
      )}

      <div className="visually-hidden" aria-live="polite">{announcement}</div>
    </div>
  );
}
