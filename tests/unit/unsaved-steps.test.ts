/** What a page keeps of a call's unwritten steps as it goes: only a well-formed record for this scenario is taken back. */
import { describe, expect, it } from 'vitest';
import { parseUnsaved, type Unsaved } from '../../src/components/scenario/unsaved-steps.ts';

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
