import { hashContent } from '../content-hash.ts';
import type { Scenario } from './schema.ts';

/**
 * A short fingerprint of a scenario's content. Saved attempts carry it, so a
 * transcript made on another version of the scenario is recognised as such.
 */
export function contentHash(scenario: Scenario): string {
  return hashContent(scenario);
}
