/**
 * The debrief at an ending: outcome and pass mark, and when the attempt did not pass,
 * every reason in words (a red line crossed, an ending that fails, a score below the
 * mark); competency scores, the mood the customer was left in, forbidden phrases
 * quoted with better wording, each weak choice beside the better one and why, and
 * the learner's path beside the best path.
 */
import { variantMet } from '../../domain/scenario/variants.ts';
import { bestPath } from '../../domain/scenario/best-path.ts';
import { effectAt, isReply } from '../../domain/scenario/moves.ts';
import type { Move } from '../../domain/scenario/play.ts';
import { useMemo } from 'react';
import { describeSnapshot, type Played, type PlaySnapshot } from '../../domain/scenario/replay.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { judgeMoves, type FailReason } from '../../domain/scenario/scoring.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { chapterHref } from '../../i18n/links.ts';
import { MoodMeter } from './MoodMeter.tsx';
import { ReplyMarks } from './ReplyMarks.tsx';
import { ScoreTable } from './ScoreTable.tsx';
import { Transcript } from './Transcript.tsx';

interface Props {
  scenario: Scenario;
  played: Played;
  locale: Locale;
  t: Translate;
}

/** What was said or done at a move, in a few words. */
function said(scenario: Scenario, move: Move, locale: Locale, t: Translate): string {
  const node = scenario.nodes[move.node]!;
  if (isReply(move)) return move.reply.text;
  return 'timeout' in move ? t('player.timedOut') : node.choices[move.choice]!.text[locale];
}

/** One reason the attempt did not pass, in the learner's language. */
function FailLine({ reason, scenario, moves, locale, t }: { reason: FailReason; scenario: Scenario; moves: readonly Move[]; locale: Locale; t: Translate }) {
  if (reason.code === 'critical-error') {
    const node = scenario.nodes[reason.node]!;
    // The move that crossed the line: a reply is found among the moves, a choice or time-out is named by the reason.
    const move: Move | undefined =
      reason.choice === 'reply'
        ? moves.find((m) => m.node === reason.node && isReply(m) && effectAt(node, m)?.critical)
        : reason.choice === 'timeout'
          ? { node: reason.node, timeout: true }
          : { node: reason.node, choice: reason.choice };
    const effect = move && effectAt(node, move);
    if (!move || !effect?.critical) return null;
    return (
      <li>
        <p>{t('debrief.fail.critical', { reason: effect.critical[locale] })}</p>
        <p>
          <strong>{t('debrief.youSaid')}</strong> <q>{said(scenario, move, locale, t)}</q>
        </p>
      </li>
    );
  }
  if (reason.code === 'failing-outcome')
    return (
      <li>
        <p>{t(reason.outcome === 'lost' ? 'debrief.fail.lost' : 'debrief.fail.escalated')}</p>
      </li>
    );
  return (
    <li>
      <p>
        {reason.overall === null
          ? t('debrief.fail.noScore', { mark: reason.passMark })
          : t('debrief.fail.belowMark', { overall: reason.overall, mark: reason.passMark })}
      </p>
    </li>
  );
}

/** The debrief of a call that has ended, from the machine's final snapshot. */
export function DebriefOf({ snapshot, ...rest }: Omit<Props, 'played'> & { snapshot: PlaySnapshot }) {
  const played = useMemo(() => describeSnapshot(rest.scenario, snapshot), [rest.scenario, snapshot]);
  return <Debrief {...rest} played={played} />;
}

export function Debrief({ scenario, played, locale, t }: Props) {
  const ending = scenario.endings[played.ending!]!;
  const judged = judgeMoves(scenario, played.moves);
  const weak = judged.filter((j) => j.weak);
  const forbidden = judged.flatMap((j) => j.forbidden.map((f) => ({ f, move: j.move })));
  const best = bestPath(scenario);
  const { overall, passed, fails } = played.score;
  const met = variantMet(scenario);

  return (
    <>
      <p className={`outcome outcome-${ending.outcome}`}>{t(`player.outcome.${ending.outcome}`)}</p>
      <p>{ending.debrief[locale]}</p>
      {met && <p className="customer-met">{t('debrief.customer', { label: met.label[locale] })}</p>}
      {ending.warranted && <p>{t('debrief.warranted', { reason: ending.warranted[locale] })}</p>}
      <p className={passed ? 'pass' : 'fail'}>
        {t('player.overall')} {overall ?? '–'} ·{' '}
        {passed ? `✓ ${t('player.passed', { mark: scenario.passMark })}` : `✗ ${t('player.failed', { mark: scenario.passMark })}`}
      </p>
      {fails.length > 0 && (
        <section aria-labelledby="debrief-why">
          <h3 id="debrief-why">{t('debrief.whyFailed')}</h3>
          <ul className="debrief-list">
            {fails.map((reason, i) => (
              <FailLine key={i} reason={reason} scenario={scenario} moves={played.moves} locale={locale} t={t} />
            ))}
          </ul>
        </section>
      )}
      <ScoreTable score={played.score} t={t} caption={t('player.scores')} />
      <MoodMeter mood={played.state.mood} t={t} />

      {forbidden.length > 0 && (
        <section aria-labelledby="debrief-forbidden">
          <h3 id="debrief-forbidden">{t('debrief.forbidden')}</h3>
          <ul className="debrief-list">
            {forbidden.map(({ f, move }, i) => (
              <li key={i}>
                <p>
                  {f.quotes.map((quote, q) => (
                    <span key={q}>{t('debrief.said', { phrase: f.phrase.phrase.en, quote })} </span>
                  ))}
                  <q>{said(scenario, move, locale, t)}</q>
                </p>
                <p>{f.phrase.why[locale]}</p>
                <p>
                  <strong>{t('debrief.better')}</strong> {f.phrase.better[locale]}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="debrief-weak">
        <h3 id="debrief-weak">{t('debrief.weak')}</h3>
        {weak.length === 0 ? (
          <p>{t('debrief.noWeak')}</p>
        ) : (
          <ul className="debrief-list">
            {weak.map(({ move, best: bestIndex }, i) => {
              const node = scenario.nodes[move.node]!;
              const mine = effectAt(node, move)!;
              const better = node.choices[bestIndex]!;
              return (
                <li key={i}>
                  <p className="muted">{node.say[locale]}</p>
                  <p>
                    <strong>{t('debrief.yourChoice')}:</strong> {said(scenario, move, locale, t)}
                  </p>
                  <p className="feedback">{mine.feedback[locale]}</p>
                  {isReply(move) && node.reply && <ReplyMarks reply={node.reply} marks={move.reply.marks} locale={locale} t={t} />}
                  <p>
                    <strong>{t('debrief.betterChoice')}:</strong> {better.text[locale]}
                  </p>
                  <p className="feedback">
                    {better.technique && <span className="speaker">{better.technique[locale]}</span>}
                    {better.feedback[locale]} <a href={chapterHref(locale, better.section ?? scenario.chapter)}>{t('player.learnMore')}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="debrief-paths">
        <h3 id="debrief-paths">{t('debrief.paths')}</h3>
        <div className="paths">
          <div>
            <h4>{t('debrief.yourPath')}</h4>
            <ol>
              {played.moves.map((m, i) => (
                <li key={i} className={judged[i]?.weak ? 'path-weak' : undefined}>
                  {said(scenario, m, locale, t)}
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h4>{t('debrief.bestPath')}</h4>
            <ol>
              {best.map((m, i) => (
                <li key={i}>{said(scenario, m, locale, t)}</li>
              ))}
            </ol>
          </div>
        </div>
      </section>

      <details>
        <summary>{t('debrief.transcript')}</summary>
        <Transcript scenario={scenario} moves={played.moves} locale={locale} t={t} showFeedback />
      </details>
    </>
  );
}
