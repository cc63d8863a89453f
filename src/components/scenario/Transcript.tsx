/** The conversation so far: each line the learner answered, their reply (or a time-out) and its feedback. */
import { memo } from 'react';
import { effectAt, type Move } from '../../domain/scenario/moves.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { chapterHref } from '../../i18n/links.ts';
import { ReplyMarks } from './ReplyMarks.tsx';

interface Props {
  scenario: Scenario;
  moves: readonly Move[];
  locale: Locale;
  t: Translate;
  showFeedback: boolean;
}

/** Memoised, as each of its turns: a click re-renders the call, but the lines already said only change with the moves. */
export const Transcript = memo(function Transcript({ scenario, moves, locale, t, showFeedback }: Props) {
  return (
    <ol className="transcript">
      {moves.map((move, index) => (
        <Turn key={index} scenario={scenario} move={move} locale={locale} t={t} showFeedback={showFeedback} />
      ))}
    </ol>
  );
});

const Turn = memo(function Turn({ scenario, move, locale, t, showFeedback }: Omit<Props, 'moves'> & { move: Move }) {
  const node = scenario.nodes[move.node];
  const effect = node && effectAt(node, move);
  if (!node || !effect) return null;
  return (
    <li className="turn">
      <Line speaker={node.speaker} text={node.say[locale]} t={t} />
      <p className="line line-you">
        <span className="speaker">{t('player.you')}</span>
        {'text' in effect ? effect.text[locale] : 'said' in effect ? effect.said : <em>{t('player.timedOut')}</em>}
      </p>
      {showFeedback && 'said' in effect && node.reply && <ReplyMarks reply={node.reply} marks={effect.marks} locale={locale} t={t} />}
      {showFeedback && (
        <p className="feedback">
          <span className="speaker">{effect.technique ? `${t('player.feedback')} · ${effect.technique[locale]}` : t('player.feedback')}</span>
          {effect.feedback[locale]} <a href={chapterHref(locale, effect.section ?? scenario.chapter)}>{t('player.learnMore')}</a>
        </p>
      )}
    </li>
  );
});

export function Line({ speaker, text, t }: { speaker: 'customer' | 'narrator'; text: string; t: Translate }) {
  return (
    <p className={`line line-${speaker}`}>
      <span className="speaker">{t(speaker === 'customer' ? 'player.customer' : 'player.narrator')}</span>
      {text}
    </p>
  );
}
