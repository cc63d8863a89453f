/** What a page keeps of a call's unwritten steps as it goes: only a well-formed record for this scenario is taken back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasUnsaved, parseUnsaved, scenariosWithUnsaved, unsavedVersion, type Unsaved } from '../../src/components/scenario/unsaved-steps.ts';

const record: Unsaved = {
  init: { scenarioId: 'inbound-service-call', contentHash: 'abc123', locale: 'zh', mode: 'practice', timing: 'standard' },
  from: 0,
  steps: [{ node: 'ring', choice: 1 }],
};

describe('parseUnsaved', () => {
  it('takes back a record for the scenario, new or continuing an attempt', () => {
    expect(parseUnsaved(JSON.stringify(record), 'inbound-service-call')).toEqual(record);
    const continuing = { ...record, attemptId: 'a1', from: 3 };
    expect(parseUnsaved(JSON.stringify(continuing), 'inbound-service-call')).toEqual(continuing);
  });

  it.each([
    ['nothing kept', null],
    ['an empty string', ''],
    ['text that is not JSON', '{"init":'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another scenario', JSON.stringify({ ...record, init: { ...record.init, scenarioId: 'complaint-lscia' } })],
    ['no content hash', JSON.stringify({ ...record, init: { ...record.init, contentHash: 7 } })],
    ['a negative place', JSON.stringify({ ...record, attemptId: 'a1', from: -1 })],
    ['a fractional place', JSON.stringify({ ...record, attemptId: 'a1', from: 1.5 })],
    ['later steps with no attempt to continue', JSON.stringify({ ...record, from: 2 })],
    ['an attempt id that is not text', JSON.stringify({ ...record, attemptId: 5 })],
    ['no steps', JSON.stringify({ ...record, steps: [] })],
    ['steps that are not objects', JSON.stringify({ ...record, steps: [1, 'two'] })],
  ])('refuses %s', (_, text) => {
    expect(parseUnsaved(text, 'inbound-service-call')).toBeNull();
  });
});

/** A localStorage holding `entries`; or, with `null`, one that refuses every use (a private window, storage switched off). */
function stubStorage(entries: Record<string, string> | null) {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const names = Object.keys(entries ?? {});
  vi.stubGlobal(
    'localStorage',
    entries
      ? { length: names.length, key: (i: number) => names[i] ?? null, getItem: (name: string) => entries[name] ?? null }
      : {
          get length() {
            return refuse();
          },
          key: refuse,
          getItem: refuse,
        },
  );
}

describe('the record page finding what role-plays left unwritten', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the role-plays with kept steps, and the version each was played on', () => {
    stubStorage({
      'service-dojo.unsaved-steps.inbound-service-call': JSON.stringify(record),
      'service-dojo.unsaved-exam-changes': '[]',
      'service-dojo.theme': 'dark',
    });
    expect(scenariosWithUnsaved()).toEqual(['inbound-service-call']);
    expect(unsavedVersion('inbound-service-call')).toBe('abc123');
    expect([hasUnsaved('inbound-service-call'), hasUnsaved('complaint-lscia')]).toEqual([true, false]);
  });

  it('gives no version for a record that is malformed or kept under another scenario', () => {
    stubStorage({
      'service-dojo.unsaved-steps.inbound-service-call': '{"init":',
      'service-dojo.unsaved-steps.complaint-lscia': JSON.stringify(record),
    });
    expect(scenariosWithUnsaved()).toEqual(['inbound-service-call', 'complaint-lscia']);
    expect(unsavedVersion('inbound-service-call')).toBeNull();
    expect(unsavedVersion('complaint-lscia')).toBeNull();
  });

  it('finds nothing where storage is refused', () => {
    stubStorage(null);
    expect(scenariosWithUnsaved()).toEqual([]);
    expect(unsavedVersion('inbound-service-call')).toBeNull();
    expect(hasUnsaved('inbound-service-call')).toBe(false);
  });
});
