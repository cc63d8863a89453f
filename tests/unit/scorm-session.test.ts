/** Finding the LMS's API (`api.ts`) and the launcher's session (`session.ts`) with a recording stand-in for the LMS. */
import { describe, expect, it } from 'vitest';
import { findConnection, type Connection } from '../../src/lms/scorm/api.ts';
import { openSession } from '../../src/lms/scorm/session.ts';

/** A window chain: `levels` frames below a top that holds `api` under `key`. */
function frames(levels: number, top: Record<string, unknown>): Window {
  const topWin = { ...top } as Record<string, unknown>;
  topWin.parent = topWin;
  let win = topWin;
  for (let i = 0; i < levels; i++) win = { parent: win } as Record<string, unknown>;
  return win as unknown as Window;
}

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSFinish: () => 'true',
  LMSGetLastError: () => '0',
});
const api2004 = () => ({
  Initialize: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  Terminate: () => 'true',
  GetLastError: () => '0',
});

describe('finding the API', () => {
  it('up the frame chain: 2004 where both are offered, else 1.2', () => {
    expect(findConnection(frames(3, { API: api12() }))?.version).toBe('1.2');
    expect(findConnection(frames(2, { API: api12(), API_1484_11: api2004() }))?.version).toBe('2004');
  });

  it('in the opener’s chain when the frames have none', () => {
    const opener = frames(1, { API_1484_11: api2004() });
    const popup = { opener } as Record<string, unknown>;
    popup.parent = popup;
    popup.top = popup;
    expect(findConnection(popup as unknown as Window)?.version).toBe('2004');
  });

  it('none outside an LMS, and none past a frame of another origin', () => {
    expect(findConnection(frames(2, {}))).toBeNull();
    const guarded = new Proxy({} as Record<string, unknown>, {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(findConnection({ parent: guarded } as unknown as Window)).toBeNull();
  });
});

function recorder(version: Connection['version'], start: Record<string, string> = {}) {
  const data = new Map(Object.entries(start));
  const calls: string[] = [];
  const connection: Connection = {
    version,
    initialize: () => (calls.push('initialize'), true),
    get: (e) => data.get(e) ?? '',
    set: (e, v) => (data.set(e, v), calls.push(`set ${e}`), true),
    commit: () => (calls.push('commit'), true),
    finish: () => (calls.push('finish'), true),
  };
  return { connection, data, calls };
}

describe('the session', () => {
  const item = { kind: 'scenario', id: 'tiny-call' } as const;
  const at = new Date(0);

  it('a first launch is incomplete at once; each report is written, numbered after the interactions already there, then committed', () => {
    const { connection, data, calls } = recorder('1.2', { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '2' });
    let now = 1000;
    const session = openSession(connection, item, () => now);
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete');
    now = 6000;
    session.report({
      interactions: [{ id: 'ring', type: 'choice', response: ['0'], result: 'correct', at }],
      outcome: { completed: false, passed: null },
      suspend: 'x',
    });
    expect(data.get('cmi.interactions.2.id')).toBe('ring');
    expect(data.get('cmi.suspend_data')).toBe('x');
    expect(data.get('cmi.core.session_time')).toBe('00:00:05.00');
    expect(calls.at(-1)).toBe('commit');
    session.report({ interactions: [{ id: 'greet', type: 'choice', response: ['1'], result: 'wrong', at }] });
    expect(data.get('cmi.interactions.3.id')).toBe('greet');
  });

  it('a finished item stays finished when a later record is unfinished (another try)', () => {
    const { connection, data } = recorder('2004', { 'cmi.completion_status': 'unknown' });
    const session = openSession(connection, item);
    session.report({ interactions: [], outcome: { completed: true, passed: true, score: { raw: 90, min: 0, max: 100 } } });
    session.report({ interactions: [], outcome: { completed: false, passed: null }, suspend: 'y' });
    expect(data.get('cmi.completion_status')).toBe('completed');
    expect(data.get('cmi.success_status')).toBe('passed');
    expect(data.get('cmi.suspend_data')).toBe('y');
  });

  it('ends once, with the session time; nothing is written after', () => {
    const { connection, calls } = recorder('2004', { 'cmi.completion_status': 'incomplete' });
    const session = openSession(connection, item);
    session.end();
    session.end();
    session.report({ interactions: [{ id: 'ring', type: 'choice', response: ['0'], result: 'correct', at }] });
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(calls).toEqual(['set cmi.session_time', 'commit', 'finish']);
  });
});
