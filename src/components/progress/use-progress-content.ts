/**
 * What `/progress` fetches rather than inlines: each scenario's title and link (from the
 * content index), and for each attempt the version of the scenario it was played on.
 */
import { loadIndex, loadPlayedScenario } from '../../content-client/load.ts';
import type { ScenarioFile } from '../../content-client/files.ts';
import { useContent, type Loaded } from '../../content-client/use-content.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Locale } from '../../i18n/locales.ts';
import { scenarioHref } from '../../i18n/links.ts';
import type { Attempt } from '../../storage/db.ts';

export interface ScenarioRef {
  title: Scenario['title'];
  /** The current version. */
  hash: string;
  href: string;
}

export function useScenarioRefs(locale: Locale): Loaded<Record<string, ScenarioRef>> {
  return useContent(
    async () => Object.fromEntries((await loadIndex()).scenarios.map((s) => [s.id, { title: s.title, hash: s.hash, href: scenarioHref(locale, s.id) }])),
    `scenario-refs-${locale}`,
  );
}

/** The version the attempt was played on, or the current one if that is no longer served; `null` if the scenario is gone. */
export function usePlayedScenario(attempt: Pick<Attempt, 'scenarioId' | 'contentHash'>): Loaded<ScenarioFile | null> {
  return useContent(() => loadPlayedScenario(attempt.scenarioId, attempt.contentHash), `${attempt.scenarioId}/${attempt.contentHash}`);
}
