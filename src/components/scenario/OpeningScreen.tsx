/**
 * The first screen of a call before the scenario and the learner's record have loaded:
 * the same markup the call shows when it starts, with its controls disabled, so nothing
 * moves when they come to life.
 */
import type { PlaySettings } from '../../domain/scenario/machine.ts';
import { timeLimitMs } from '../../domain/scenario/timing.ts';
import type { Translate } from '../../i18n/translate.ts';
import { MoodMeter } from './MoodMeter.tsx';
import type { Opening } from './opening.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { Line } from './Transcript.tsx';

const ignore = () => undefined;

export function OpeningScreen({ opening, settings, t }: { opening: Opening; settings: PlaySettings; t: Translate }) {
  const startLimit = timeLimitMs(opening, settings.timing);
  return (
    <>
      <SettingsPanel settings={settings} editable ready={false} onChange={ignore} t={t} />
      <MoodMeter mood={opening.mood} t={t} />
      <ol className="transcript" />
      <section className="turn current" aria-labelledby="choose-heading">
        <Line speaker={opening.speaker} text={opening.say} t={t} />
        {startLimit !== null ? (
          <p className="actions">
            <span>{t('player.startHint', { s: Math.ceil(startLimit / 1000) })}</span>
            <button type="button" className="start" disabled>
              {t('player.start')}
            </button>
          </p>
        ) : (
          <>
            <h2 id="choose-heading" className="choose-heading">
              {t('player.choose')}
            </h2>
            <ol className="choices">
              {opening.choices.map((text) => (
                <li key={text}>
                  <button type="button" disabled>
                    {text}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
