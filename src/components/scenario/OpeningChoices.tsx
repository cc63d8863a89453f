/**
 * The first screen's start button and first choices, before the call is live, for the
 * phone call and the chat alike. Both can be clicked at once: the page holds the clicks
 * until the call takes them (`held-choice.ts`). A timed call's choices are in the page
 * too, shown by CSS once the start is held.
 */
import type { PlaySettings } from '../../domain/scenario/machine.ts';
import { timeLimitMs } from '../../domain/scenario/timing.ts';
import type { Translate } from '../../i18n/translate.ts';
import { HELD_ATTRIBUTE } from './held-choice.ts';
import type { Opening } from './opening.ts';

interface Props {
  opening: Opening;
  settings: PlaySettings;
  t: Translate;
  start: string;
  heading: { text: string; level: 'h2' | 'h3' };
  className: string;
}

export function OpeningChoices({ opening, settings, t, start, heading, className }: Props) {
  const startLimit = timeLimitMs(opening, settings.timing);
  const Heading = heading.level;
  const choices = (
    <>
      <Heading id="choose-heading" className="choose-heading">
        {heading.text}
      </Heading>
      <ol className={className}>
        {opening.choices.map(({ index, text }) => (
          <li key={index}>
            <button type="button" {...{ [HELD_ATTRIBUTE]: index }}>
              {text}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
  if (startLimit === null) return choices;
  return (
    <>
      <p className="actions held-start">
        <span>{t('player.startHint', { s: Math.ceil(startLimit / 1000) })}</span>
        <button type="button" className="start" {...{ [HELD_ATTRIBUTE]: 'start' }}>
          {start}
        </button>
      </p>
      <div className="held-choices">{choices}</div>
    </>
  );
}
