/**
 * The role-play player. It asks the scenario's machine where the call stands and
 * sends it the learner's choices; every step is written to IndexedDB as it is made,
 * and an unfinished attempt resumes after a reload.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { transition } from 'xstate';
import { choiceOrder } from '../domain/scenario/choice-order.ts';
import { createScenarioMachine, type Step } from '../domain/scenario/machine.ts';
import { describeSnapshot, replay, type Played } from '../domain/scenario/replay.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { appendStep, findActiveAttempt, startAttempt, supersedeAttempt } from '../storage/attempts.ts';
import { dojoDb } from '../storage/db.ts';
import { ScoreTable } from './ScoreTable.tsx';
import { Line, Transcript } from './Transcript.tsx';

interface Props {
  scenario: Scenario;
  hash: string;
  locale: Locale;
  chapterHref: string;
  progressHref: string;
}

type Notice = 'resumed' | 'stale' | null;

function startOf(scenario: Scenario, machine: ReturnType<typeof createScenarioMachine>): Played {
  const result = replay(scenario, [], machine);
  if (!result.ok) throw new Error(result.reason);
  return result.played;
}

export default function ScenarioPlayer({ scenario, hash, locale, chapterHref, progressHref }: Props) {
  const t = useTranslations(locale);
  const machine = useMemo(() => createScenarioMachine(scenario), [scenario]);
  const [played, setPlayed] = useState<Played>(() => startOf(scenario, machine));
  const [ready, setReady] = useState(false);
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
    (async () => {
      const db = dojoDb();
      const active = await findActiveAttempt(db, scenario.id);
      if (cancelled || !active) return;
      const resumed = active.contentHash === hash ? replay(scenario, active.steps, machine) : null;
      if (resumed?.ok) {
        attempt.current = { id: active.id };
        setPlayed(resumed.played);
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

  // Focus follows the conversation: the next choices, or the ending's heading.
  useEffect(() => {
    if (!moved.current) return;
    if (played.ending) endingRef.current?.focus();
    else choicesRef.current?.querySelector('button')?.focus();
  }, [played]);

  function save(step: Step, next: Played) {
    const current = attempt.current;
    writes.current = writes.current.then(async () => {
      try {
        const db = dojoDb();
        current.id ??= (await startAttempt(db, { scenarioId: scenario.id, contentHash: hash, locale })).id;
        const finish = next.ending ? { ending: next.ending, score: next.score } : undefined;
        await appendStep(db, current.id, step, finish);
        setSaveError(null);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    });
  }

  function choose(index: number) {
    if (!played.node) return;
    const event = { type: 'learner.choose', choice: index } as const;
    if (!played.snapshot.can(event)) return;
    const step: Step = { node: played.node, choice: index };
    const next = describeSnapshot(scenario, transition(machine, played.snapshot, event)[0]);
    const choice = scenario.nodes[step.node]!.choices[index]!;
    const reply = next.node ? scenario.nodes[next.node]!.say[locale] : scenario.endings[next.ending!]!.title[locale];
    setAnnouncement(`${t('player.feedback')}: ${choice.feedback[locale]} ${reply}`);
    moved.current = true;
    setNotice(null);
    setPlayed(next);
    save(step, next);
  }

  function retry() {
    attempt.current = { id: null };
    moved.current = true;
    setNotice(null);
    setAnnouncement('');
    setPlayed(startOf(scenario, machine));
  }

  const steps = played.snapshot.context.steps;
  const node = played.node ? scenario.nodes[played.node] : undefined;
  const ending = played.ending ? scenario.endings[played.ending] : undefined;

  return (
    <div className="player">
      <h1>{scenario.title[locale]}</h1>
      <section className="panel context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t('player.context')}</h2>
        <p>{scenario.context[locale]}</p>
      </section>

      {notice && <p className="notice" role="status">{t(`player.${notice}`)}</p>}
      {saveError && <p className="notice notice-error" role="alert">{t('player.saveError', { reason: saveError })}</p>}

      <Transcript scenario={scenario} steps={steps} locale={locale} t={t} showFeedback />

      {node && (
        <section className="turn current" aria-labelledby="choose-heading">
          <Line speaker={node.speaker} text={node.say[locale]} t={t} />
          <h2 id="choose-heading" className="choose-heading">{t('player.choose')}</h2>
          {!ready && <p className="muted" aria-hidden="true">{t('player.loading')}</p>}
          <ol className="choices" ref={choicesRef}>
            {choiceOrder(scenario.id, played.node!, node.choices.length).map((index) => (
              <li key={`${played.node}-${index}`}>
                <button type="button" disabled={!ready} onClick={() => choose(index)}>
                  {node.choices[index]!.text[locale]}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      {ending && played.ending && (
        <section className="panel ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading" ref={endingRef} tabIndex={-1}>
            {t('player.ending')}: {ending.title[locale]}
          </h2>
          <p className={`outcome outcome-${ending.outcome}`}>{t(`player.outcome.${ending.outcome}`)}</p>
          <p>{ending.debrief[locale]}</p>
          <ScoreTable score={played.score} t={t} caption={t('player.scores')} />
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
