/**
 * The first screen of a chat before the scenario and the learner's record have loaded:
 * the markup the chat shows when it opens (order card, the customer's first message,
 * the quick replies); its settings wait for the chat, its quick replies can be clicked at once.
 */
import type { PlaySettings } from '../../../domain/scenario/machine.ts';
import { timeLimitMs } from '../../../domain/scenario/timing.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { MoodMeter } from '../MoodMeter.tsx';
import { OpeningChoices } from '../OpeningChoices.tsx';
import type { Opening } from '../opening.ts';
import { SettingsPanel } from '../SettingsPanel.tsx';
import { Message } from './Message.tsx';
import { OrderCard } from './OrderCard.tsx';

const ignore = () => undefined;

export function ChatOpening({ opening, settings, t }: { opening: Opening; settings: PlaySettings; t: Translate }) {
  return (
    <>
      <SettingsPanel settings={settings} editable ready={false} onChange={ignore} t={t} />
      <MoodMeter mood={opening.mood} t={t} />
      <section className="chat" aria-labelledby="chat-heading">
        <h2 id="chat-heading" className="chat-head">
          {t('chat.label')}
        </h2>
        {opening.chat?.order && <OrderCard order={opening.chat.order} t={t} />}
        <ol className="chat-thread" aria-label={t('chat.thread')}>
          <Message from={opening.speaker} t={t}>
            {opening.say}
          </Message>
        </ol>
        <div className="composer">
          <OpeningChoices
            opening={opening}
            settings={settings}
            t={t}
            start={t('chat.start')}
            heading={{ text: t('chat.replies'), level: 'h3' }}
            className="choices chat-replies"
          />
          {timeLimitMs(opening, settings.timing) === null && <p className="composer-hint">{t('chat.composer')}</p>}
        </div>
      </section>
    </>
  );
}
