/** The call's settings: mode and timed moments. Open and editable only while the machine still accepts them. */
import { MODES, type PlaySettings } from '../../domain/scenario/machine.ts';
import { TIMINGS } from '../../domain/scenario/timing.ts';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  settings: PlaySettings;
  /** The call has not begun, so the settings may change (and the panel stands open). */
  editable: boolean;
  ready: boolean;
  onChange: (change: Partial<PlaySettings>) => void;
  t: Translate;
}

export function SettingsPanel({ settings, editable, ready, onChange, t }: Props) {
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
    </details>
  );
}
