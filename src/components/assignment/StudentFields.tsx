/** Name and student number, checked as result files require; saved to the learner's profile. */
import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { Translate } from '../../i18n/translate.ts';
import type { Profile, ProfileChange } from '../../storage/records/profile.ts';

interface Props {
  t: Translate;
  profile: Profile;
  /** Further fields saved with these (the time-limit setting on /progress). */
  children?: ReactNode;
  extra?: () => ProfileChange;
  /** Name and number may both be left empty (then only the further fields are saved). */
  optional?: boolean;
  onSave: (change: ProfileChange) => Promise<void>;
}

export function StudentFields({ t, profile, children, extra, optional = false, onSave }: Props) {
  const [name, setName] = useState(profile.name ?? '');
  const [number, setNumber] = useState(profile.studentNumber ?? '');
  const [status, setStatus] = useState<'saved' | 'problem' | null>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (optional && name.trim() === '' && number.trim() === '') {
      await onSave({ ...extra?.() });
      return setStatus('saved');
    }
    // The checks (zod) load when the form is sent, not with the page.
    const { plainText, studentNumber } = await import('../../domain/assignment/plain-text.ts');
    const checkedName = plainText(1, 40).safeParse(name);
    const checkedNumber = studentNumber.safeParse(number);
    if (!checkedName.success || !checkedNumber.success) return setStatus('problem');
    await onSave({ name: checkedName.data, studentNumber: checkedNumber.data, ...extra?.() });
    setStatus('saved');
  }

  return (
    <form className="student-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        {t('assignment.name')}
        <input type="text" autoComplete="name" maxLength={40} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        {t('assignment.number')}
        <input type="text" inputMode="text" maxLength={32} value={number} onChange={(e) => setNumber(e.target.value)} />
      </label>
      {children}
      <div className="actions">
        <button type="submit">{t('assignment.saveStudent')}</button>
        <span role="status" className={status === 'problem' ? 'notice notice-error' : undefined}>
          {status === 'saved' ? t('assignment.studentSaved') : status === 'problem' ? t('assignment.studentProblem') : ''}
        </span>
      </div>
    </form>
  );
}
