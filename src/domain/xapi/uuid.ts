/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name). A statement's
 * id comes from the identity of the record it reports, so the same record always gives
 * the same statement id: sent again, it is the same statement, and an LRS keeps it once.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** This site's own namespace for statement ids (itself a v5 UUID of the URL namespace and the site's name). */
export const DOJO_NAMESPACE = 'a3c5e0b2-6f1d-5c47-9b8e-2d4f7a1c9e60';

export function uuidV5(name: string, namespace = DOJO_NAMESPACE): string {
  const bytes = sha1(concatBytes(hexToBytes(namespace.replaceAll('-', '')), utf8ToBytes(name))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
