/**
 * The first screen of a call before the scenario and the learner's record have loaded:
 * the same markup the call shows when it starts, so nothing moves when it comes to life.
 * Its settings wait for the call; its first choices can be clicked at once
 * (`OpeningChoices.tsx`). The read-aloud switch is drawn too, off until the call is live,
 * so the start button lies where the live call's will.
 */
import type { PlaySettings } from '../../domain/scenario/machine.ts';
import type { Translate } from '../../i18n/translate.ts';
import { MoodMeter } from './MoodMeter.tsx';
import { OpeningChoices } from './OpeningChoices.tsx';
import type { Opening } from './opening.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { Line } from './Transcript.tsx';

const ignore = () => undefined;
const voice = { on: false, available: true, onChange: ignore };

export function OpeningScreen({ opening, settings, t }: { opening: Opening; settings: PlaySettings; t: Translate }) {
  return (
    <>
      <SettingsPanel settings={settings} editable ready={false} onChange={ignore} voice={voice} t={t} />
      <MoodMeter mood={opening.mood} t={t} />
      <ol className="transcript" />
      <section className="turn current" aria-labelledby="choose-heading">
        <Line speaker={opening.speaker} text={opening.say} t={t} />
        <OpeningChoices
          opening={opening}
          settings={settings}
          t={t}
          start={t('player.start')}
          heading={{ text: t('player.choose'), level: 'h2' }}
          className="choices"
        />
      </section>
    </>
  );
}
