import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { asWritten, type StoredScenario } from './routes.ts';

/** JSON with keys sorted, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A short fingerprint of a scenario's content. Saved attempts carry it, so a
 * transcript made on another version of the scenario is recognised as such. Routes
 * are hashed as the file writes them, so loading `next: <id>` as a route changes no hash.
 */
export function contentHash(scenario: StoredScenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(asWritten(scenario))))).slice(0, 16);
}
