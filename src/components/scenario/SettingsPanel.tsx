/**
 * The call's settings: mode and timed moments, open and editable only while the machine
 * still accepts them; and, on a call (not a chat), whether the customer's lines are read
 * aloud, which can change at any time and never changes the play.
 */
import { MODES, type PlaySettings } from '../../domain/scenario/machine.ts';
import { TIMINGS } from '../../domain/scenario/timing.ts';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  settings: PlaySettings;
  /** The call has not begun, so the settings may change (and the panel stands open). */
  editable: boolean;
  ready: boolean;
  onChange: (change: Partial<PlaySettings>) => void;
  /** The read-aloud switch; absent in a chat. `available`: the browser can speak. */
  voice?: { on: boolean; available: boolean; onChange: (on: boolean) => void };
  t: Translate;
}

export function SettingsPanel({ settings, editable, ready, onChange, voice, t }: Props) {
  const disabled = !editable || !ready;
  return (
    // Open while the call may still be set up, from the first paint on: it never opens after load and pushes the call down.
    <details className="panel settings" open={editable}>
      <summary>
        {t('player.settings')}:{' '}
        {t('player.howMode', { mode: t(`player.mode.${settings.mode}`).split(/[：:]/)[0]!, timing: t(`player.timing.${settings.timing}`) })}
      </summary>
      <fieldset className="plain" disabled={disabled}>
        <legend>{t('player.mode')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="option">
            <input type="radio" name="mode" checked={settings.mode === mode} onChange={() => onChange({ mode })} />
            {t(`player.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="plain" disabled={disabled}>
        <legend>{t('player.timing')}</legend>
        {TIMINGS.map((timing) => (
          <label key={timing} className="option">
            <input type="radio" name="timing" checked={settings.timing === timing} onChange={() => onChange({ timing })} />
            {t(`player.timing.${timing}`)}
          </label>
        ))}
      </fieldset>
      {!editable && <p className="muted">{t('player.settingsLocked')}</p>}
      {voice && (
        <p className="voice">
          <label className="option">
            <input
              type="checkbox"
              role="switch"
              aria-describedby={voice.available ? undefined : 'voice-hint'}
              checked={voice.on}
              disabled={!ready || !voice.available}
              onChange={(event) => voice.onChange(event.target.checked)}
            />
            {t('player.voice')}
          </label>{' '}
          {!voice.available && (
            <span id="voice-hint" className="muted">
              {t('player.voiceUnavailable')}
            </span>
          )}
        </p>
      )}
    </details>
  );
}
