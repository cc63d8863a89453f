/**
 * An online-shop chat (网店客服), as a view over the same scenario machine as a call:
 * the order card, the thread of messages, the customer typing before each message and
 * the learner's options as quick replies. Settings, recording, scoring and the debrief
 * are the call's; only the way the conversation looks and paces itself differs.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { clockOf, type PlaySettings } from '../../../domain/scenario/machine.ts';
import { effectAt, isTakeBack } from '../../../domain/scenario/moves.ts';
import { offeredChoices } from '../../../domain/scenario/play.ts';
import { timeLimitMs } from '../../../domain/scenario/timing.ts';
import { savePreferences } from '../attempt-recorder.ts';
import { SaveNotice, type CallProps } from '../Call.tsx';
import { ChoiceList, turnOf } from '../ChoiceList.tsx';
import { EndingPanel } from '../EndingPanel.tsx';
import { MoodMeter } from '../MoodMeter.tsx';
import { SettingsPanel } from '../SettingsPanel.tsx';
import { UndoButton } from '../UndoButton.tsx';
import { Timer } from '../Timer.tsx';
import { takeStep, useCallActor } from '../use-call-actor.ts';
import { useRecording } from '../use-recording.ts';
import { useAfterPaint } from './announce.ts';
import { ChatThread } from './ChatThread.tsx';
import { Message } from './Message.tsx';
import { OrderCard } from './OrderCard.tsx';
import { orderCardText } from './order-card.ts';
import { typingBefore } from './typing.ts';
import { useReducedMotion } from './use-reduced-motion.ts';

export default function ChatCall({ scenario, hash, locale, t, machine, session, chapterHref, progressHref, onRetry }: CallProps) {
  const [actor, snapshot] = useCallActor(machine, { input: session.settings, ...(session.resumed && { snapshot: session.resumed.snapshot }) });
  const save = useRecording(actor, { scenario, hash, locale, session });
  // Steps already in the transcript when this view opened; later ones were made here.
  const [opened] = useState(() => actor.getSnapshot().context.transcript.length);
  const reducedMotion = useReducedMotion();
  const composerRef = useRef<HTMLDivElement>(null);
  const threadRef = useRef<HTMLOListElement>(null);
  const typingRef = useRef<HTMLLIElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const { resumed, entry } = session;

  const { context } = snapshot;
  const steps = context.transcript.length;
  const ended = snapshot.status === 'done';
  const waiting = snapshot.hasTag('awaiting-start');
  const node = ended ? undefined : scenario.nodes[context.state.at];
  const ending = ended ? scenario.endings[String(snapshot.value)] : undefined;
  const practice = context.mode === 'practice';
  const last = steps > opened ? context.transcript.at(-1) : undefined;

  // The customer types the message a reply brought on; `shownAt` is the step count whose message is out.
  const delay = typingBefore({ message: node && { speaker: node.speaker, text: node.say[locale] }, cause: last, reducedMotion });
  const [shownAt, setShownAt] = useState(steps);
  const typing = delay > 0 && shownAt < steps;
  useEffect(() => {
    if (delay === 0) return;
    const timer = setTimeout(() => {
      setShownAt(steps);
      // The machine entered the node when the reply was sent; a timed moment's clock starts
      // again now that the learner can read the message, so the typing costs them no time.
      actor.send({ type: 'learner.resume' });
    }, delay);
    return () => clearTimeout(timer);
  }, [actor, steps, delay]);
  const clock = typing ? null : clockOf(scenario, snapshot);

  // Focus follows the chat: to the typing indicator while the customer types, then to the
  // first quick reply, or to the ending. Opening fresh, focus stays where the learner is.
  useEffect(() => {
    const onOpen = firstRender.current;
    firstRender.current = false;
    if (onOpen && !resumed && entry !== 'retry') return;
    if (ended) endingRef.current?.focus();
    else if (typing) typingRef.current?.focus();
    else {
      const first = composerRef.current?.querySelector<HTMLButtonElement>('.choices button, .start');
      const starting = !onOpen && context.begun && steps === 0;
      if ((onOpen && resumed) || starting) {
        // Back in the chat, or just started: the current message and the replies under it come into view.
        threadRef.current?.lastElementChild?.scrollIntoView({ block: 'start' });
        first?.focus({ preventScroll: true });
      } else first?.focus();
    }
  }, [ended, typing, resumed, entry, context.begun, steps]);

  // Two live regions: what the learner's step did (at once), and each new customer message (when it shows).
  const stepSaid: string[] = [];
  if (last && isTakeBack(last)) stepSaid.push(t('player.undone'));
  else if (last) {
    if ('timeout' in last) stepSaid.push(t('player.timedOut'));
    if (practice) stepSaid.push(`${t('player.feedback')}: ${effectAt(scenario.nodes[last.node]!, last)!.feedback[locale]}`);
    if (ending) stepSaid.push(`${t('chat.ending')}: ${ending.title[locale]}`);
  }
  const messageSaid: string[] = [];
  if (last && !isTakeBack(last) && node && !typing)
    messageSaid.push(`${t(node.speaker === 'customer' ? 'player.customer' : 'player.narrator')}: ${node.say[locale]}`);
  if (clock !== null) messageSaid.push(t('player.timerStart', { s: Math.ceil(clock / 1000) }));
  const stepSpoken = useAfterPaint(stepSaid.join(' '));
  const messageSpoken = useAfterPaint(messageSaid.join(' '));

  function configure(change: Partial<PlaySettings>) {
    actor.send({ type: 'learner.configure', settings: change });
    savePreferences({ mode: context.mode, timing: context.timing, ...change });
  }

  const notice = last ? (isTakeBack(last) ? 'undone' : null) : session.notice;
  const offered = node ? new Set(offeredChoices(scenario, context.state)) : new Set<number>();
  const startLimit = waiting ? timeLimitMs(scenario.nodes[scenario.start]!, context.timing) : null;
  const order = scenario.order && orderCardText(scenario.order, locale);

  return (
    <>
      <SettingsPanel settings={context} editable={snapshot.can({ type: 'learner.configure', settings: {} })} ready onChange={configure} t={t} />

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

      <section className="chat" aria-labelledby="chat-heading">
        <h2 id="chat-heading" className="chat-head">
          {t('chat.label')}
        </h2>
        {order && <OrderCard order={order} t={t} />}
        <ol className="chat-thread" aria-label={t('chat.thread')} ref={threadRef}>
          <ChatThread scenario={scenario} moves={context.moves} locale={locale} t={t} showFeedback={practice} />
          {node &&
            (typing ? (
              <li className="msg msg-customer typing" ref={typingRef} tabIndex={-1}>
                {t('chat.typing')}
                <span className="typing-dots" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </span>
              </li>
            ) : (
              <Message from={node.speaker} t={t}>
                {node.say[locale]}
              </Message>
            ))}
        </ol>

        {node && (
          <div className="composer" ref={composerRef}>
            {clock !== null && <Timer ms={clock} lap={`${steps}/${context.begun}`} t={t} />}
            {waiting ? (
              <p className="actions">
                <span>{t('player.startHint', { s: Math.ceil((startLimit ?? 0) / 1000) })}</span>
                <button type="button" className="start" onClick={() => actor.send({ type: 'learner.start' })}>
                  {t('chat.start')}
                </button>
              </p>
            ) : (
              <>
                {!typing && (
                  <>
                    <h3 id="choose-heading" className="choose-heading">
                      {t('chat.replies')}
                    </h3>
                    <ChoiceList
                      scenarioId={scenario.id}
                      at={context.state.at}
                      turn={turnOf(context)}
                      node={node}
                      offered={offered}
                      locale={locale}
                      className="choices chat-replies"
                      onChoose={(choice) => takeStep(actor, { type: 'learner.choose', choice })}
                    />
                  </>
                )}
                <p className="composer-hint">{t('chat.composer')}</p>
              </>
            )}
            {!typing && snapshot.can({ type: 'learner.undo' }) && <UndoButton onUndo={() => takeStep(actor, { type: 'learner.undo' })} t={t} />}
          </div>
        )}
      </section>

      {ending && (
        <EndingPanel
          heading={t('chat.ending')}
          ending={ending}
          headingRef={endingRef}
          snapshot={snapshot}
          {...{ scenario, locale, t, onRetry, progressHref, chapterHref }}
        />
      )}

      <div className="visually-hidden" aria-live="polite">
        {stepSpoken}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {messageSpoken}
      </div>
    </>
  );
}
