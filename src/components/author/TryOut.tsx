/**
 * The player on an author's draft: the same call view as the site's role-plays
 * (`scenario/Call.tsx`), started fresh, with progress kept in memory only, so trying a
 * draft leaves nothing in the learner's record.
 */
import { useMemo, useState } from 'react';
import { createScenarioMachine, type PlaySettings } from '../../domain/scenario/machine.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { keepProgressInMemory } from '../../storage/store.ts';
import { DEFAULT_SETTINGS, newCustomer } from '../scenario/attempt-recorder.ts';
import { playedAs } from '../../domain/scenario/variants.ts';
import { Call } from '../scenario/Call.tsx';

interface Props {
  scenario: Scenario;
  hash: string;
  locale: Locale;
  t: Translate;
  chapterHref: string;
  /** Where "to my record" leads from a draft's debrief: back to the check. */
  backHref: string;
}

keepProgressInMemory();

export function TryOut({ scenario, hash, locale, t, chapterHref, backHref }: Props) {
  // Each round draws a customer variant, as on the site.
  const [round, setRound] = useState(() => ({ key: 0, settings: DEFAULT_SETTINGS, entry: 'load' as 'load' | 'retry', customer: newCustomer(scenario) }));
  const played = useMemo(() => playedAs(scenario, round.customer.variant), [scenario, round.customer]);
  const machine = useMemo(() => createScenarioMachine(played), [played]);
  const retry = (settings: PlaySettings) => setRound((r) => ({ key: r.key + 1, settings, entry: 'retry', customer: newCustomer(scenario) }));
  return (
    <div className="player">
      <Call
        key={`${hash}-${round.key}`}
        scenario={played}
        hash={hash}
        locale={locale}
        t={t}
        machine={machine}
        session={{ settings: round.settings, customer: round.customer, entry: round.entry, notice: null, error: null }}
        chapterHref={chapterHref}
        progressHref={backHref}
        onRetry={retry}
      />
    </div>
  );
}
