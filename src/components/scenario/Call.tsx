/**
 * One call, as a view over the scenario machine's actor: it renders what the snapshot
 * says (the node, the offered choices, the clock, the ending) and sends the learner's
 * events. Whether a choice, a take-back, a setting or a time-out is allowed is the
 * machine's business; the recorder writes each step the machine takes.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { clockOf, type PlaySettings, type PlaySnapshot, type ScenarioMachine } from '../../domain/scenario/machine.ts';
import { effectAt, isTakeBack, type StepEvent } from '../../domain/scenario/moves.ts';
import { effectPoints, offeredChoices } from '../../domain/scenario/play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { timeLimitMs } from '../../domain/scenario/timing.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { afterPaint } from './after-paint.ts';
import { savePreferences, type Customer, type SaveProblem } from './attempt-recorder.ts';
import { ChoiceList, turnOf } from './ChoiceList.tsx';
import { EndingPanel } from './EndingPanel.tsx';
import { MoodMeter } from './MoodMeter.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { UndoButton } from './UndoButton.tsx';
import { Timer } from './Timer.tsx';
import { Line, Transcript } from './Transcript.tsx';
import { takeStep, useCallActor } from './use-call-actor.ts';
import { useRecording } from './use-recording.ts';
import { canSpeak, saveVoice, voiceWanted } from './voice-setting.ts';

// Shown only when a save fails, so not part of the first screen's script.
export const SaveNotice = lazy(() => import('./SaveNotice.tsx').then((m) => ({ default: m.SaveNotice })));
/** Answering in one's own words: loaded only when a node that takes a reply is shown. */
const ReplyBox = lazy(() => import('./ReplyBox.tsx'));

/** How this view of the call came to be. */
export interface Session {
  /** Settings of a new call (a resumed one has its own in its snapshot). */
  settings: PlaySettings;
  /** A call restored from its transcript, and the attempt it continues. */
  resumed?: { snapshot: PlaySnapshot; attemptId: string };
  /** The customer variant met (stored with the attempt). */
  customer: Customer;
  entry: 'load' | 'retry';
  notice: 'resumed' | 'stale' | null;
  /** Why the call could not be opened from storage. */
  error: SaveProblem | null;
}

export interface CallProps {
  /** The scenario as the session's customer variant plays it. */
  scenario: Scenario;
  hash: string;
  locale: Locale;
  t: Translate;
  machine: ScenarioMachine;
  session: Session;
  chapterHref: string;
  progressHref: string;
  onRetry: (settings: PlaySettings) => void;
}

export function Call({ scenario, hash, locale, t, machine, session, chapterHref, progressHref, onRetry }: CallProps) {
  const [actor, snapshot] = useCallActor(machine, { input: session.settings, ...(session.resumed && { snapshot: session.resumed.snapshot }) });
  const save = useRecording(actor, { scenario, hash, locale, session });
  // Steps already in the transcript when this view opened; later ones were made here.
  const [opened] = useState(() => actor.getSnapshot().context.transcript.length);
  const turnRef = useRef<HTMLElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const { resumed, entry } = session;

  const { context } = snapshot;
  const ended = snapshot.status === 'done';
  // A call under way marks the page busy: a new release of the site waits until it is over (UpdateNotice.ts).
  const busy = context.begun && !ended;
  useEffect(() => {
    if (!busy) return;
    document.documentElement.dataset.busy = 'call';
    return () => {
      delete document.documentElement.dataset.busy;
    };
  }, [busy]);
  const waiting = snapshot.hasTag('awaiting-start');
  const node = ended ? undefined : scenario.nodes[context.state.at];
  const ending = ended ? scenario.endings[String(snapshot.value)] : undefined;
  const clock = clockOf(scenario, snapshot);
  const practice = context.mode === 'practice';
  const last = context.transcript.length > opened ? context.transcript.at(-1) : undefined;
  const turn = turnOf(context);

  // A click's frame shows the click and nothing more (a choice: the reply marked, ChoiceList);
  // the step follows once it is painted (`takeStep`).
  const step = (event: StepEvent) => takeStep(actor, event);

  // Focus follows the conversation: after each step to the next choices or the ending. When
  // the call starts, or resumes after a reload, the current turn is brought to the top of
  // the screen first, so the customer's line and the choices are what the learner sees.
  useEffect(() => {
    const onOpen = firstRender.current;
    firstRender.current = false;
    if (onOpen && !resumed && entry !== 'retry') return;
    if (ended) {
      endingRef.current?.focus();
      return;
    }
    const first = turnRef.current?.querySelector<HTMLButtonElement>('.choices button, .start');
    const starting = !onOpen && context.begun && context.transcript.length === 0;
    if ((onOpen && resumed) || starting) {
      turnRef.current?.scrollIntoView({ block: 'start' });
      first?.focus({ preventScroll: true });
    } else {
      first?.focus();
    }
  }, [ended, resumed, entry, context.begun, context.transcript.length]);

  function announcement(): string {
    const parts: string[] = [];
    if (last && isTakeBack(last)) parts.push(t('player.undone'));
    else if (last) {
      if ('timeout' in last) parts.push(t('player.timedOut'));
      if (practice) parts.push(`${t('player.feedback')}: ${effectAt(scenario.nodes[last.node]!, last)!.feedback[locale]}`);
      parts.push(node ? node.say[locale] : ending!.title[locale]);
    }
    if (clock !== null) parts.push(t('player.timerStart', { s: Math.ceil(clock / 1000) }));
    return parts.join(' ');
  }

  // The live region is filled after the step's frame is painted: laying out its text (the
  // feedback and the next line again) would otherwise delay that frame. Screen readers
  // announce it a frame later.
  const said = announcement();
  const [spoken, setSpoken] = useState(said);
  useEffect(() => afterPaint(() => setSpoken(said)), [said]);

  // While the learner reads: the points of each choice on offer (matching the forbidden
  // phrases is the costly part of the machine's guards), so a click only looks them up.
  useEffect(() => {
    if (!node) return;
    return afterPaint(() => {
      for (const choice of node.choices) effectPoints(scenario, choice);
      if (node.timeLimit) effectPoints(scenario, node.timeLimit.timeout);
    });
  }, [scenario, node]);

  function configure(change: Partial<PlaySettings>) {
    actor.send({ type: 'learner.configure', settings: change });
    savePreferences({ mode: context.mode, timing: context.timing, ...change });
  }

  // The customer's line read aloud, when the learner has switched it on (calls only); the
  // voice code loads then. A new step, the ending or leaving the page stops it.
  const [voiceOn, setVoiceOn] = useState(voiceWanted);
  const call = scenario.channel !== 'chat';
  const heard = call && voiceOn && node?.speaker === 'customer' ? node.say[locale] : null;
  const ring = context.transcript.length === 0;
  useEffect(() => {
    if (heard === null) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./voice.ts').then((voice) => {
      if (!cancelled) stop = voice.speakLine(heard, locale, { ring });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [heard, locale, ring, turn]);
  const switchVoice = (on: boolean) => {
    setVoiceOn(on);
    saveVoice(on);
  };

  const notice = last ? (isTakeBack(last) ? 'undone' : null) : session.notice;
  const offered = node ? new Set(offeredChoices(scenario, context.state)) : new Set<number>();
  const startLimit = waiting ? timeLimitMs(scenario.nodes[scenario.start]!, context.timing) : null;

  return (
    <>
      <SettingsPanel
        settings={context}
        editable={snapshot.can({ type: 'learner.configure', settings: {} })}
        ready
        onChange={configure}
        {...(call && { voice: { on: voiceOn, available: canSpeak(), onChange: switchVoice } })}
        t={t}
      />

      {notice && (
        <p className="notice" role="status">
          {t(`player.${notice}`)}
        </p>
      )}
      {save && (
        <Suspense fallback={null}>
          <SaveNotice save={save} t={t} />
        </Suspense>
      )}

      {!ended && <MoodMeter mood={context.state.mood} t={t} />}

      <Transcript scenario={scenario} moves={context.moves} locale={locale} t={t} showFeedback={practice} />

      {node && (
        <section className="turn current" aria-labelledby="choose-heading" ref={turnRef}>
          <Line speaker={node.speaker} text={node.say[locale]} t={t} />
          {clock !== null && <Timer ms={clock} lap={turn} t={t} />}
          {waiting ? (
            <p className="actions">
              <span>{t('player.startHint', { s: Math.ceil((startLimit ?? 0) / 1000) })}</span>
              <button type="button" className="start" onClick={() => actor.send({ type: 'learner.start' })}>
                {t('player.start')}
              </button>
            </p>
          ) : (
            <>
              <h2 id="choose-heading" className="choose-heading">
                {t('player.choose')}
              </h2>
              <ChoiceList
                scenarioId={scenario.id}
                at={context.state.at}
                turn={turn}
                node={node}
                offered={offered}
                locale={locale}
                className="choices"
                onChoose={(choice) => step({ type: 'learner.choose', choice })}
              />
              {node.reply && (
                <Suspense fallback={null}>
                  <ReplyBox
                    key={context.transcript.length}
                    scenario={scenario}
                    state={context.state}
                    locale={locale}
                    t={t}
                    send={(reply) => step({ type: 'learner.reply', reply })}
                  />
                </Suspense>
              )}
            </>
          )}
          {snapshot.can({ type: 'learner.undo' }) && <UndoButton onUndo={() => step({ type: 'learner.undo' })} t={t} />}
        </section>
      )}

      {ending && (
        <EndingPanel
          heading={t('player.ending')}
          ending={ending}
          headingRef={endingRef}
          snapshot={snapshot}
          {...{ scenario, locale, t, onRetry, progressHref, chapterHref }}
        />
      )}

      <div className="visually-hidden" aria-live="polite">
        {spoken}
      </div>
    </>
  );
}
