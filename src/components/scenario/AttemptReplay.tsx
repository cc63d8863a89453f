/**
 * Replays a saved attempt step by step from its transcript. An attempt made on
 * another version of the scenario is reported as such and never re-scored.
 */
import { useMemo, useState } from 'react';
import { replay, type ReplayRefusal } from '../../domain/scenario/replay.ts';
import type { StoredScenario } from '../../domain/scenario/routes.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { versionPlayedAs } from '../../domain/scenario/variants.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Attempt } from '../../storage/db.ts';
import { MoodMeter } from './MoodMeter.tsx';
import { Transcript } from './Transcript.tsx';

interface Props {
  attempt: Attempt;
  /** The version the attempt was played on; one kept from before `next` loaded as routes may have the short form. */
  scenario: StoredScenario;
  hash: string;
  locale: Locale;
  t: Translate;
}

/** Why a transcript does not replay, in the learner's language (steps and choices counted from 1). */
function refusalText(refusal: ReplayRefusal, scenario: Scenario, locale: Locale, t: Translate): string {
  const vars: Record<string, string | number> = { ...refusal, step: refusal.step + 1 };
  if (refusal.code === 'choice-not-offered') vars.choice = refusal.choice + 1;
  if (refusal.code === 'call-ended') vars.ending = scenario.endings[refusal.ending]?.title[locale] ?? refusal.ending;
  return t(`replay.${refusal.code}`, vars);
}

export function AttemptReplay({ attempt, scenario: stored, hash, locale, t }: Props) {
  // The customer variant the attempt met (the first for attempts stored without one).
  const scenario = useMemo(() => versionPlayedAs(stored, attempt.variant), [stored, attempt.variant]);
  const full = useMemo(
    () => (attempt.contentHash === hash ? replay(scenario, attempt.steps, { mode: attempt.mode ?? 'practice', timing: attempt.timing ?? 'standard' }) : null),
    [attempt, scenario, hash],
  );
  const total = full?.ok ? full.played.moves.length : 0;
  const [shown, setShown] = useState(total);

  if (!full) return <p className="notice">{t('progress.otherVersion', { then: attempt.contentHash.slice(0, 8), now: hash.slice(0, 8) })}</p>;
  if (!full.ok) return <p className="notice notice-error">{t('progress.broken', { reason: refusalText(full.refusal, scenario, locale, t) })}</p>;

  const moves = full.played.moves.slice(0, shown);
  const partial = replay(scenario, moves);
  const mood = partial.ok ? partial.played.state.mood : full.played.state.mood;
  const same = JSON.stringify(full.played.score) === JSON.stringify(attempt.score);

  return (
    <div className="replay">
      {same && <p className="muted">✓ {t('progress.rescored')}</p>}
      <p className="actions">
        <button type="button" onClick={() => setShown(0)} disabled={shown === 0}>
          {t('progress.first')}
        </button>
        <button type="button" onClick={() => setShown(shown - 1)} disabled={shown === 0}>
          {t('progress.back')}
        </button>
        <button type="button" onClick={() => setShown(shown + 1)} disabled={shown === total}>
          {t('progress.forward')}
        </button>
      </p>
      <p role="status">{t('progress.step', { n: shown, total })}</p>
      <MoodMeter mood={mood} t={t} />
      <Transcript scenario={scenario} moves={moves} locale={locale} t={t} showFeedback />
    </div>
  );
}
