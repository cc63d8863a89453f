/** The assignment format and its share link: round trip, and every way a link can be refused. */
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { grantedShare } from '../../src/domain/assignment/assignment.ts';
import { checksumOf, decodeAssignment, encodeAssignment, MAX_FRAGMENT } from '../../src/domain/assignment/share-link.ts';
import { sample } from './assignment-sample.ts';

/** A fragment with its payload built by hand from any JSON, with a correct checksum. */
function linkOf(json: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(json)));
  const payload = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
  return `a1.${payload}.${checksumOf(payload)}`;
}

describe('share link', () => {
  it('round-trips an assignment, markup in the title kept as text', () => {
    const { fragment, checksum } = encodeAssignment(sample);
    expect(fragment).toMatch(/^a1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodeAssignment(`https://example.edu/course/assignment/#${fragment}`)).toEqual({ ok: true, assignment: sample, checksum });
    expect(decodeAssignment(`#${fragment}`)).toEqual({ ok: true, assignment: sample, checksum });
  });

  it('is compact enough for a QR code', () => {
    expect(encodeAssignment(sample).fragment.length).toBeLessThan(600);
  });

  it('refuses a link cut short, whether in the payload or in the checksum', () => {
    const { fragment } = encodeAssignment(sample);
    for (const cut of [fragment.slice(0, 20), fragment.slice(0, fragment.lastIndexOf('.')), fragment.slice(0, -3)]) {
      expect(decodeAssignment(cut)).toEqual({ ok: false, problem: { code: 'truncated' } });
    }
  });

  it('refuses a link with one character changed, in the payload or in the checksum', () => {
    const { fragment } = encodeAssignment(sample);
    const change = (at: number) => fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    expect(decodeAssignment(change(10))).toEqual({ ok: false, problem: { code: 'tampered' } });
    expect(decodeAssignment(change(fragment.length - 1))).toEqual({ ok: false, problem: { code: 'tampered' } });
  });

  it('refuses an unknown version, of the link or of the assignment inside it', () => {
    const { fragment } = encodeAssignment(sample);
    expect(decodeAssignment(fragment.replace(/^a1/, 'a2'))).toEqual({ ok: false, problem: { code: 'unknown-version', version: 2 } });
    expect(decodeAssignment(linkOf({ ...sample, version: 7 }))).toEqual({ ok: false, problem: { code: 'unknown-version', version: 7 } });
  });

  it('refuses what is not an assignment: other fragments, bad JSON, other JSON', () => {
    expect(decodeAssignment('')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(decodeAssignment('#section-2')).toEqual({ ok: false, problem: { code: 'not-an-assignment' } });
    const notJson = btoa(String.fromCharCode(...deflateSync(strToU8('{"format":'))))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    expect(decodeAssignment(`a1.${notJson}.${checksumOf(notJson)}`)).toEqual({ ok: false, problem: { code: 'not-an-assignment' } });
    expect(decodeAssignment(linkOf({ format: 'service-dojo-backup', version: 1 }))).toEqual({ ok: false, problem: { code: 'not-an-assignment' } });
  });

  it('names the field that is missing or wrong', () => {
    const { title: _, ...untitled } = sample;
    expect(decodeAssignment(linkOf(untitled))).toEqual({ ok: false, problem: { code: 'invalid-field', path: 'title' } });
    expect(decodeAssignment(linkOf({ ...sample, scenarios: [{ id: 'x', hash: 'nothex' }] }))).toEqual({
      ok: false,
      problem: { code: 'invalid-field', path: 'scenarios.0.hash' },
    });
    expect(decodeAssignment(linkOf({ ...sample, title: 'a\u0000b' }))).toMatchObject({ ok: false, problem: { path: 'title' } });
  });

  it('refuses a link too long to be one, and an assignment too large to encode', () => {
    expect(decodeAssignment(`a1.${'A'.repeat(MAX_FRAGMENT)}.00000000`)).toEqual({ ok: false, problem: { code: 'too-large' } });
    expect(() => encodeAssignment({ ...sample, title: 'x'.repeat(81) })).toThrow();
  });
});

describe('extra time an assignment grants', () => {
  it('gives a student the larger of the class share and their own', () => {
    expect(grantedShare(sample, '20230101')).toBe(1);
    expect(grantedShare(sample, ' 20230101 ')).toBe(1);
    expect(grantedShare(sample, '20230102')).toBe(0.25);
    expect(grantedShare({ ...sample, extraTime: { students: [] } }, undefined)).toBe(0);
  });
});
