/** The chat so far: each message the learner answered, their sent reply (or the silence) and, in practice mode, its feedback. */
import { memo } from 'react';
import { effectAt, type Move } from '../../../domain/scenario/moves.ts';
import type { Scenario } from '../../../schemas/scenario.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { chapterHref } from '../../../i18n/links.ts';
import { Message } from './Message.tsx';

interface Props {
  scenario: Scenario;
  moves: readonly Move[];
  locale: Locale;
  t: Translate;
  showFeedback: boolean;
}

/** Memoised: a click re-renders the chat, but the messages already sent only change with the moves. */
export const ChatThread = memo(function ChatThread({ scenario, moves, locale, t, showFeedback }: Props) {
  return moves.map((move, index) => {
    const node = scenario.nodes[move.node];
    const effect = node && effectAt(node, move);
    if (!node || !effect) return null;
    return [
      <Message key={`${index}-said`} from={node.speaker} t={t}>
        {node.say[locale]}
      </Message>,
      'text' in effect ? (
        <Message key={`${index}-sent`} from="you" t={t}>
          {effect.text[locale]}
        </Message>
      ) : (
        <li key={`${index}-sent`} className="msg msg-narrator">
          {t('player.timedOut')}
        </li>
      ),
      showFeedback && (
        <li key={`${index}-feedback`} className="feedback chat-feedback">
          <span className="speaker">{effect.technique ? `${t('player.feedback')} · ${effect.technique[locale]}` : t('player.feedback')}</span>
          {effect.feedback[locale]} <a href={chapterHref(locale, effect.section ?? scenario.chapter)}>{t('player.learnMore')}</a>
        </li>
      ),
    ];
  });
});
