import { hashContent } from '../content-hash.ts';
import { asWritten, type StoredScenario } from './routes.ts';

/**
 * A short fingerprint of a scenario's content. Saved attempts carry it, so a
 * transcript made on another version of the scenario is recognised as such. Routes
 * are hashed as the file writes them, so loading `next: <id>` as a route changes no hash.
 */
export function contentHash(scenario: StoredScenario): string {
  return hashContent(asWritten(scenario));
}
