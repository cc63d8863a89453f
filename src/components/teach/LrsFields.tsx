/** The assignment form's optional LRS setting: endpoint, key and secret (checked in `domain/assignment/draft.ts`). */
import type { Draft } from '../../domain/assignment/draft.ts';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  t: Translate;
  draft: Draft;
  onChange: (change: Partial<Draft>) => void;
}

export function LrsFields({ t, draft, onChange }: Props) {
  return (
    <fieldset className="lrs-fields">
      <legend>{t('xapi.form.legend')}</legend>
      <p id="lrs-hint" className="eyebrow">
        {t('xapi.form.hint')}
      </p>
      <label className="field">
        {t('xapi.form.endpoint')}
        <input
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://lrs.example.edu/xapi/"
          maxLength={300}
          value={draft.lrsEndpoint ?? ''}
          onChange={(e) => onChange({ lrsEndpoint: e.target.value })}
          aria-describedby="lrs-hint"
        />
      </label>
      {(['lrsKey', 'lrsSecret'] as const).map((field) => (
        <label key={field} className="field">
          {t(field === 'lrsKey' ? 'xapi.form.key' : 'xapi.form.secret')}
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={draft[field] ?? ''}
            onChange={(e) => onChange({ [field]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
