/**
 * The share link: an assignment carried whole in the URL fragment, so the site
 * stays static and the link works from a chat message, an e-mail or a QR code.
 *
 *     /<base>assignment/#a1.<payload>.<checksum>
 *
 * `a1` names the link format and its version; `payload` is the assignment's JSON,
 * deflated (fflate) and base64url-encoded; `checksum` is the first 8 hex digits of
 * the SHA-256 of the payload text, so a link cut short or edited by hand is refused
 * and the learner is told which (the fragment never reaches a server).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, assignmentSchema, type Assignment } from './assignment.ts';

/** The link format's version (the `1` of `a1`): bumped with `ASSIGNMENT_VERSION`. */
export const LINK_VERSION = 1;
/** Longest fragment accepted: a QR code holds about 2,900 characters at low error correction. */
export const MAX_FRAGMENT = 2800;
/** Longest assignment JSON accepted once inflated. */
const MAX_JSON = 32_000;

/** Why a link was refused (the interface words each code). */
export type LinkProblem =
  | { code: 'empty' }
  | { code: 'not-an-assignment' }
  | { code: 'unknown-version'; version: number }
  | { code: 'truncated' }
  | { code: 'tampered' }
  | { code: 'too-large' }
  /** Decoded, but a field is missing or wrong; `path` says which, e.g. `scenarios.0.hash`. */
  | { code: 'invalid-field'; path: string };

export type ReadLink = { ok: true; assignment: Assignment; checksum: string } | { ok: false; problem: LinkProblem };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The checksum of a payload: 8 hex digits. */
export function checksumOf(payload: string): string {
  return bytesToHex(sha256(utf8ToBytes(payload))).slice(0, 8);
}

/** The fragment (without `#`) that carries the assignment, and its checksum. */
export function encodeAssignment(assignment: Assignment): { fragment: string; checksum: string } {
  const json = JSON.stringify(assignmentSchema.parse(assignment));
  const payload = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  const checksum = checksumOf(payload);
  return { fragment: `a${LINK_VERSION}.${payload}.${checksum}`, checksum };
}

/** Reads a fragment (with or without `#`, or a whole link): the assignment, or why not. */
export function decodeAssignment(link: string): ReadLink {
  const hashAt = link.indexOf('#');
  const fragment = (hashAt >= 0 ? link.slice(hashAt + 1) : link).trim();
  if (fragment === '') return { ok: false, problem: { code: 'empty' } };
  if (fragment.length > MAX_FRAGMENT) return { ok: false, problem: { code: 'too-large' } };
  const head = /^a(\d{1,4})\./.exec(fragment);
  if (!head) return { ok: false, problem: { code: 'not-an-assignment' } };
  const version = Number(head[1]);
  if (version !== LINK_VERSION) return { ok: false, problem: { code: 'unknown-version', version } };
  const [payload = '', checksum, ...rest] = fragment.slice(head[0].length).split('.');
  if (rest.length > 0 || !/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, problem: { code: 'tampered' } };
  // A link cut short loses its checksum first, then part of it.
  if (checksum === undefined || (checksum.length < 8 && /^[0-9a-f]*$/.test(checksum))) return { ok: false, problem: { code: 'truncated' } };
  if (checksum !== checksumOf(payload)) return { ok: false, problem: { code: 'tampered' } };

  let json: unknown;
  try {
    const text = strFromU8(inflateSync(fromBase64Url(payload)));
    if (text.length > MAX_JSON) return { ok: false, problem: { code: 'too-large' } };
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-an-assignment' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== ASSIGNMENT_FORMAT) {
    return { ok: false, problem: { code: 'not-an-assignment' } };
  }
  const stated = (json as { version?: unknown }).version;
  if (typeof stated === 'number' && stated !== ASSIGNMENT_VERSION) return { ok: false, problem: { code: 'unknown-version', version: stated } };
  const parsed = assignmentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid-field', path: parsed.error.issues[0]!.path.join('.') } };
  return { ok: true, assignment: parsed.data, checksum };
}
