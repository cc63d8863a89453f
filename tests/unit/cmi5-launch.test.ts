/**
 * The cmi5 AU: its launch parameters (each bad one named), the LMS's launch data, the cmi5
 * defined statements (valid xAPI, with the cmi5 context rules of quartz 9.5–9.6), how an
 * item's verdict meets the mastery score, and the session's order and once-only rules.
 */
import { describe, expect, it } from 'vitest';
import { parseLaunchData, SESSION_ID, type LaunchData } from '../../src/lms/cmi5/launch-data.ts';
import { isCmi5Launch, parseCmi5Launch, type Cmi5Launch } from '../../src/lms/cmi5/launch-params.ts';
import type { Cmi5Lrs } from '../../src/lms/cmi5/lrs.ts';
import { openCmi5Session } from '../../src/lms/cmi5/session.ts';
import { CATEGORY, cmi5Statement, judge, MASTERY_SCORE, type Cmi5Setting } from '../../src/lms/cmi5/statements.ts';
import type { Statement } from '../../src/domain/xapi/statement.ts';
import { statementErrors } from './xapi-statement-schema.ts';

const ACTOR = { objectType: 'Agent', name: 'Li Lei', account: { homePage: 'https://lms.example', name: 's001' } };
const GOOD = {
  endpoint: 'https://lms.example/xapi',
  fetch: 'https://lms.example/fetch?k=1',
  actor: JSON.stringify(ACTOR),
  registration: '6D2C6B1B-7E3C-4E63-9C34-3A6F7E6B8A11',
  activityId: 'https://lms.example/au/42',
};
const params = (over: Record<string, string | undefined> = {}) =>
  new URLSearchParams(Object.entries({ item: 'scenario:complaint-lscia', ...GOOD, ...over }).filter((e): e is [string, string] => e[1] !== undefined));

describe('launch parameters', () => {
  it('reads a good launch: the endpoint ends in a slash, the registration is lower case', () => {
    expect(parseCmi5Launch(params())).toEqual({
      ok: true,
      launch: { ...GOOD, endpoint: 'https://lms.example/xapi/', actor: ACTOR, registration: GOOD.registration.toLowerCase() },
    });
  });

  it('is not cmi5 without any of its parameters (a SCORM launch)', () => {
    const scorm = new URLSearchParams('item=scenario:complaint-lscia&lang=en');
    expect(isCmi5Launch(scorm)).toBe(false);
    expect(parseCmi5Launch(scorm)).toBeNull();
  });

  it.each([
    [{ fetch: undefined }, 'fetch-missing'],
    [{ endpoint: '' }, 'endpoint-missing'],
    [{ endpoint: 'ftp://lms.example/xapi' }, 'endpoint-invalid'],
    [{ endpoint: 'https://lms.example/xapi?x=1' }, 'endpoint-invalid'],
    [{ endpoint: 'not a url' }, 'endpoint-invalid'],
    [{ fetch: 'javascript:alert(1)' }, 'fetch-invalid'],
    [{ actor: '{not json' }, 'actor-invalid'],
    [{ actor: JSON.stringify({ mbox: 'mailto:a@b.c' }) }, 'actor-invalid'],
    [{ actor: JSON.stringify({ account: { homePage: 'https://lms.example', name: '' } }) }, 'actor-invalid'],
    [{ actor: JSON.stringify({ objectType: 'Group', account: { homePage: 'https://lms.example', name: 's' } }) }, 'actor-invalid'],
    [{ actor: JSON.stringify({ name: 5, account: { homePage: 'https://lms.example', name: 's' } }) }, 'actor-invalid'],
    [{ actor: JSON.stringify({ account: { homePage: 'lms.example', name: 's' } }) }, 'actor-invalid'],
    [{ actor: 'null' }, 'actor-invalid'],
    [{ registration: 'not-a-uuid' }, 'registration-invalid'],
    [{ activityId: 'no scheme here' }, 'activityId-invalid'],
    [{ activityId: 'https://lms.example/a b' }, 'activityId-invalid'],
  ])('%j is refused: %s', (over, problem) => {
    expect(parseCmi5Launch(params(over))).toEqual({ ok: false, problem });
  });
});

const TEMPLATE = {
  contextActivities: { grouping: [{ id: 'urn:service-dojo:p:au:scenario:complaint-lscia' }] },
  extensions: { [SESSION_ID]: 'session-1' },
};
const DATA = { contextTemplate: TEMPLATE, launchMode: 'Normal', moveOn: 'CompletedOrPassed', masteryScore: 0.6 };

describe('launch data', () => {
  it('keeps the context template, launch mode and mastery score', () => {
    expect(parseLaunchData(DATA)).toEqual(DATA);
  });

  it.each([
    ['no session id', { ...DATA, contextTemplate: { extensions: {} } }],
    ['an unknown launch mode', { ...DATA, launchMode: 'Play' }],
    ['a mastery score over 1', { ...DATA, masteryScore: 60 }],
    ['not an object', 'Normal'],
    ['nothing', null],
  ])('refuses %s', (_, data) => {
    expect(parseLaunchData(data)).toBeNull();
  });
});

const LAUNCH = (parseCmi5Launch(params()) as { ok: true; launch: Cmi5Launch }).launch;
const setting = (data: Partial<LaunchData> = {}): Cmi5Setting => ({
  launch: LAUNCH,
  data: { ...parseLaunchData(DATA)!, ...data },
  startedAt: Date.UTC(2026, 0, 5, 8),
});
const categories = (s: Statement) => s.context?.contextActivities?.category?.map((a) => a.id);

describe('statements', () => {
  const at = Date.UTC(2026, 0, 5, 8, 12, 30);

  it('are valid xAPI, about the launched AU, in the registration, with the session id and the template grouping', () => {
    for (const verb of ['initialized', 'completed', 'passed', 'failed', 'terminated'] as const) {
      const s = cmi5Statement(setting(), verb, at, { passed: verb === 'passed', score: 75, byMastery: true });
      expect(statementErrors(s), verb).toEqual([]);
      expect(s.actor).toEqual(ACTOR);
      expect(s.object).toEqual({ objectType: 'Activity', id: LAUNCH.activityId });
      expect(s.verb.id).toBe(`http://adlnet.gov/expapi/verbs/${verb}`);
      expect(s.context?.registration).toBe(LAUNCH.registration);
      expect(s.context?.extensions?.[SESSION_ID]).toBe('session-1');
      expect(s.context?.contextActivities?.grouping).toEqual([{ objectType: 'Activity', id: TEMPLATE.contextActivities.grouping[0]!.id }]);
      expect(s.timestamp).toBe('2026-01-05T08:12:30.000Z');
    }
  });

  it('follow the result rules: completion only on completed, success and score only on passed and failed, moveon where either is', () => {
    const initialized = cmi5Statement(setting(), 'initialized', at);
    expect(initialized.result).toBeUndefined();
    expect(categories(initialized)).toEqual([CATEGORY.cmi5]);
    const completed = cmi5Statement(setting(), 'completed', at);
    expect(completed.result).toEqual({ completion: true, duration: 'PT12M30S' });
    expect(categories(completed)).toEqual([CATEGORY.cmi5, CATEGORY.moveOn]);
    const passed = cmi5Statement(setting(), 'passed', at, { passed: true, score: 75, byMastery: true });
    expect(passed.result).toEqual({ success: true, duration: 'PT12M30S', score: { scaled: 0.75, raw: 75, min: 0, max: 100 } });
    expect(passed.context?.extensions?.[MASTERY_SCORE]).toBe(0.6);
    expect(categories(passed)).toEqual([CATEGORY.cmi5, CATEGORY.moveOn]);
    const failed = cmi5Statement(setting(), 'failed', at, { passed: false, byMastery: false });
    expect(failed.result).toEqual({ success: false, duration: 'PT12M30S' });
    expect(failed.context?.extensions).not.toHaveProperty(MASTERY_SCORE);
    const terminated = cmi5Statement(setting(), 'terminated', at);
    expect(terminated.result).toEqual({ duration: 'PT12M30S' });
    expect(categories(terminated)).toEqual([CATEGORY.cmi5]);
  });

  it('have one id per session and verb', () => {
    expect(cmi5Statement(setting(), 'completed', at).id).toBe(cmi5Statement(setting(), 'completed', at + 5000).id);
    expect(cmi5Statement(setting(), 'completed', at).id).not.toBe(cmi5Statement(setting(), 'passed', at).id);
    const other = setting({ contextTemplate: { extensions: { [SESSION_ID]: 'session-2' } } });
    expect(cmi5Statement(other, 'completed', at).id).not.toBe(cmi5Statement(setting(), 'completed', at).id);
  });
});

describe('judging against the mastery score', () => {
  it('without one, the item decides', () => {
    expect(judge(true, 40, undefined)).toEqual({ passed: true, score: 40, byMastery: false });
    expect(judge(false, 90, undefined)).toEqual({ passed: false, score: 90, byMastery: false });
  });
  it('below it fails, at it passes when the item passes too', () => {
    expect(judge(true, 59, 0.6)).toEqual({ passed: false, score: 59, byMastery: true });
    expect(judge(true, 60, 0.6)).toEqual({ passed: true, score: 60, byMastery: true });
  });
  it('a red line at a passing score fails without the score (it would contradict the mastery score)', () => {
    expect(judge(false, 80, 0.6)).toEqual({ passed: false, byMastery: false });
  });
});

describe('session', () => {
  const item = { kind: 'scenario', id: 'complaint-lscia' } as const;
  const recorder = () => {
    const sent: { verb: string; leaving: boolean }[] = [];
    const lrs: Cmi5Lrs = {
      launchData: () => Promise.resolve(DATA),
      send: (s, leaving = false) => (sent.push({ verb: s.verb.display['en-US']!, leaving }), Promise.resolve()),
    };
    return { lrs, verbs: () => sent.map((s) => s.verb), sent };
  };
  const finished = (passed: boolean, raw: number) => ({ interactions: [], outcome: { completed: true, passed, score: { raw, min: 0, max: 100 } } });

  it('initializes, completes and judges once, then terminates as the page goes; nothing after', () => {
    const { lrs, verbs, sent } = recorder();
    const session = openCmi5Session(lrs, setting(), item);
    session.report({ interactions: [], outcome: { completed: false, passed: null } });
    session.report(finished(false, 40));
    session.report(finished(false, 45));
    session.report(finished(true, 80));
    session.report(finished(true, 90));
    session.end();
    session.end();
    session.report(finished(true, 95));
    expect(verbs()).toEqual(['initialized', 'completed', 'failed', 'passed', 'terminated']);
    expect(sent.at(-1)).toEqual({ verb: 'terminated', leaving: true });
  });

  it('no failed after a pass', () => {
    const { lrs, verbs } = recorder();
    const session = openCmi5Session(lrs, setting(), item);
    session.report(finished(true, 80));
    session.report(finished(false, 10));
    expect(verbs()).toEqual(['initialized', 'completed', 'passed']);
  });

  it('a Browse or Review launch is never completed or judged', () => {
    const { lrs, verbs } = recorder();
    const session = openCmi5Session(lrs, setting({ launchMode: 'Review' }), item);
    session.report(finished(true, 80));
    session.end();
    expect(verbs()).toEqual(['initialized', 'terminated']);
  });

  it('a chapter or practice quiz is completed, never judged', () => {
    const { lrs, verbs } = recorder();
    const session = openCmi5Session(lrs, setting({ masteryScore: undefined }), { kind: 'quiz', id: 'crm-overview' });
    session.report({ interactions: [], outcome: { completed: true, passed: null, score: { raw: 50, min: 0, max: 100 } } });
    expect(verbs()).toEqual(['initialized', 'completed']);
  });
});
