/**
 * The learner's profile on /progress: name and student number for the assignments
 * they hand in, and their own time-limit setting — the one the role-play player
 * uses for every timed moment and the mock exam offers as its default.
 */
import { useEffect, useState } from 'react';
import { TIMINGS, type Timing } from '../domain/scenario/timing.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageStrings } from '../i18n/page-strings.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { PROFILE_KEY } from '../storage/records/formats.ts';
import type { Profile } from '../storage/records/profile.ts';
import { progressStore } from '../storage/store.ts';
import { StudentFields } from './assignment/StudentFields.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

const NO_PROFILE: Profile = { key: PROFILE_KEY, timing: 'standard', updatedAt: 0 };

/** Its interface strings are held by the page, with the other islands' (`<PageStrings>`, src/i18n/page-strings.ts). */
interface Props {
  locale: Locale;
}

export default function ProfileForm({ locale }: Props) {
  const t = translator(pageStrings(locale));
  return (
    <ErrorBoundary t={t}>
      <ProfileFields t={t} />
    </ErrorBoundary>
  );
}

function ProfileFields({ t }: { t: Translate }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [timing, setTiming] = useState<Timing>('standard');
  useEffect(() => {
    let cancelled = false;
    void progressStore()
      .readProfile()
      .then((p) => {
        if (cancelled) return;
        setProfile(p);
        setTiming(p.timing);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // Drawn (disabled) before the profile is read, so nothing below it moves when it comes.
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.title')}</h2>
      <p>{t('profile.intro')}</p>
      <fieldset className="form-body" disabled={!profile}>
        <StudentFields
          key={profile ? 'read' : 'reading'}
          t={t}
          profile={profile ?? NO_PROFILE}
          extra={() => ({ timing })}
          optional
          onSave={async (change) => setProfile(await progressStore().saveProfile(change))}
        >
          <fieldset>
            <legend>{t('profile.timing')}</legend>
            {TIMINGS.map((option) => (
              <label key={option} className="option">
                <input type="radio" name="profile-timing" checked={timing === option} onChange={() => setTiming(option)} />
                {t(`player.timing.${option}`)}
              </label>
            ))}
          </fieldset>
        </StudentFields>
      </fieldset>
    </section>
  );
}
