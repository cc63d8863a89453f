/** The customer's mood as a meter with words: the meaning never rests on colour alone. */
import { MOOD_MAX, MOOD_MIN } from '../../domain/scenario/mood.ts';
import type { Translate, UiKey } from '../../i18n/translate.ts';

export function MoodMeter({ mood, t }: { mood: number; t: Translate }) {
  const word = t(`mood.${mood}` as UiKey);
  const signed = mood > 0 ? `+${mood}` : String(mood);
  return (
    <p className="mood">
      <span className="mood-label">{t('player.mood')}</span>
      <meter min={MOOD_MIN} max={MOOD_MAX} low={-1} high={1} optimum={MOOD_MAX} value={mood} aria-label={`${t('player.mood')}: ${word} (${signed})`} />
      <span className={`mood-word mood-${mood < 0 ? 'bad' : mood > 0 ? 'good' : 'calm'}`}>
        {word} ({signed})
      </span>
    </p>
  );
}
