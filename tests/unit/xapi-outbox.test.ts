/**
 * The outbox: statements built from kept records wait in IndexedDB until the LRS has them.
 * A stub LRS that is down, then back: nothing lost, nothing sent twice, backoff between tries.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/domain/assignment/assignment.ts';
import { lrsReporter } from '../../src/lms/xapi/reporter.ts';
import { sendOutbox, XAPI_VERSION } from '../../src/lms/xapi/sender.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { reportsToLrs } from '../../src/storage/lrs-flag.ts';
import type { Attempt } from '../../src/storage/records/attempt.ts';
import { activeLrs, backoff, dueEntries, enqueue, openLrsLink, stopLrs } from '../../src/storage/xapi-outbox.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import type { Statement } from '../../src/domain/xapi/statement.ts';
import { tinyScenario } from './helpers.ts';
import { statementErrors } from './xapi-statement-schema.ts';

const SITE = 'https://dojo.example/';
const LRS = { endpoint: 'https://lrs.example.edu/xapi/', key: 'class-key', secret: 'class-secret' };
const assignment: Pick<Assignment, 'id' | 'title' | 'lrs'> = { id: 'Class-2301-a', title: '投诉演练', lrs: LRS };

/** A recording LRS: answers with `status()` (null: no answer at all) and stores what it accepts, by id. */
function stubLrs(status: () => number | null) {
  const requests: { url: string; headers: Headers; body: Statement[] }[] = [];
  const stored = new Map<string, Statement>();
  const fetcher = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Statement[];
    requests.push({ url, headers: new Headers(init.headers), body });
    const answer = status();
    if (answer === null) throw new TypeError('Failed to fetch');
    if (answer === 200) {
      if (body.some((s) => stored.has(s.id))) return new Response(null, { status: 409 });
      for (const s of body) stored.set(s.id, s);
    }
    return new Response(answer === 200 ? JSON.stringify(body.map((s) => s.id)) : null, { status: answer });
  }) as unknown as typeof fetch;
  return { fetch: fetcher, requests, stored };
}

let db: DojoDb;
let n = 0;
const storage = new Map<string, string>();
beforeEach(async () => {
  storage.clear();
  globalThis.localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  } as Storage;
  db = openDojoDb(`xapi-outbox-${++n}`);
  await db.open();
});
afterEach(async () => db.delete());

function finished(id: string): Attempt {
  const { scenario, hash } = tinyScenario();
  const steps = [
    { node: 'ring', choice: 0 },
    { node: 'greet', choice: 0 },
  ];
  return {
    id,
    format: 2,
    scenarioId: scenario.id,
    contentHash: hash,
    locale: 'en',
    mode: 'practice',
    timing: 'standard',
    assignmentId: assignment.id,
    status: 'finished',
    startedAt: 1_800_000_000_000,
    updatedAt: 1_800_000_060_000,
    finishedAt: 1_800_000_060_000,
    steps,
    ending: 'solved',
    score: scoreMoves(scenario, steps),
  };
}

const answer = (at: number) => ({
  questionId: 'q-1',
  chapter: 'customer-service',
  mode: 'practice' as const,
  answer: { type: 'single' as const, choice: 1 },
  score: 1,
  correct: true,
  answeredAt: at,
});

function reporterWith(fetch: typeof globalThis.fetch) {
  return lrsReporter({ db, fetch, site: SITE, load: async () => tinyScenario().scenario });
}

describe('opening and stopping an LRS link', () => {
  it('an assignment with an LRS starts reporting (and marks this browser as one that does); stopping ends it and drops what waits', async () => {
    expect(reportsToLrs()).toBe(false);
    await openLrsLink(db, { id: 'Plain-0001', title: 'no LRS', lrs: undefined });
    expect(await activeLrs(db)).toBeUndefined();
    await openLrsLink(db, assignment, 10);
    expect(await activeLrs(db)).toMatchObject({ assignmentId: assignment.id, lrs: LRS, openedAt: 10 });
    expect(reportsToLrs()).toBe(true);

    await enqueue(db, assignment.id, [{ id: 'x' } as Statement]);
    await stopLrs(db, assignment.id, 20);
    expect(await activeLrs(db)).toBeUndefined();
    expect(await db.xapiOutbox.count()).toBe(0);
    expect(reportsToLrs()).toBe(false);
    // Opening the same link again does not restart what the learner stopped.
    await openLrsLink(db, assignment, 30);
    expect(await activeLrs(db)).toBeUndefined();
  });
});

describe('sending', () => {
  beforeEach(() => openLrsLink(db, assignment, 1));

  it('posts valid statements in a batch to <endpoint>/statements with Basic auth and the xAPI version, and empties the outbox on 200', async () => {
    const lrs = stubLrs(() => 200);
    const { reporter } = reporterWith(lrs.fetch);
    await reporter.kept({ kind: 'attempt', attempt: finished('a-1') });
    expect(lrs.requests).toHaveLength(1);
    const [request] = lrs.requests;
    expect(request!.url).toBe('https://lrs.example.edu/xapi/statements');
    expect(request!.headers.get('X-Experience-API-Version')).toBe(XAPI_VERSION);
    expect(request!.headers.get('Authorization')).toBe(`Basic ${btoa('class-key:class-secret')}`);
    expect(request!.body.map((s) => s.verb.id.split('/').at(-1))).toEqual(['answered', 'answered', 'completed', 'passed']);
    for (const s of request!.body) expect(statementErrors(s)).toEqual([]);
    expect(await db.xapiOutbox.count()).toBe(0);
  });

  it('an LRS down (503), then no network, then back: every statement kept meanwhile, then each stored once', async () => {
    let status: number | null = 503;
    const lrs = stubLrs(() => status);
    const { reporter, send } = reporterWith(lrs.fetch);
    await reporter.kept({ kind: 'attempt', attempt: finished('a-1') });
    expect(await db.xapiOutbox.count()).toBe(4);
    expect((await db.xapiOutbox.toArray()).every((e) => e.tries === 1)).toBe(true);

    status = null;
    await reporter.kept({ kind: 'answer', answer: answer(1_800_000_100_000) });
    expect(await db.xapiOutbox.count()).toBe(5);

    status = 200;
    await send(true);
    expect(await db.xapiOutbox.count()).toBe(0);
    expect(lrs.stored.size).toBe(5);
    // Sent again (another tab, a page reload): nothing left to send.
    await send(true);
    const accepted = lrs.requests.filter((_, i) => i >= 2).flatMap((r) => r.body.map((s) => s.id));
    expect(new Set(accepted).size).toBe(accepted.length);
  });
  it('waits longer after each failure (no send before the wait is over, unless forced)', async () => {
    const lrs = stubLrs(() => 503);
    let now = 1_000;
    await enqueue(db, assignment.id, [{ id: 's-1' } as Statement], now);
    await sendOutbox(db, { fetch: lrs.fetch, now: () => now });
    expect(lrs.requests).toHaveLength(1);
    await sendOutbox(db, { fetch: lrs.fetch, now: () => now + backoff(1) - 1 });
    expect(lrs.requests).toHaveLength(1);
    now += backoff(1);
    await sendOutbox(db, { fetch: lrs.fetch, now: () => now });
    expect(lrs.requests).toHaveLength(2);
    expect((await db.xapiOutbox.get('s-1'))!.nextAt).toBe(now + backoff(2));
    expect(backoff(2)).toBe(2 * backoff(1));
    expect(backoff(50)).toBe(10 * 60_000);
    await sendOutbox(db, { fetch: lrs.fetch, now: () => now, force: true });
    expect(lrs.requests).toHaveLength(3);
  });

  it('409 for a statement the LRS already has counts as sent; one refused (400) does not hold the others back', async () => {
    const lrs = stubLrs(() => 200);
    await enqueue(db, assignment.id, [{ id: 'old' } as Statement]);
    await sendOutbox(db, { fetch: lrs.fetch });
    // The same statement queued again (a record kept twice) and a new one.
    await enqueue(db, assignment.id, [{ id: 'old' } as Statement, { id: 'new' } as Statement]);
    await sendOutbox(db, { fetch: lrs.fetch });
    expect(await db.xapiOutbox.count()).toBe(0);
    expect([...lrs.stored.keys()]).toEqual(['old', 'new']);

    const picky = stubLrs(() => 200);
    const refusing = (async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Statement[];
      return body.some((s) => s.id === 'bad') ? new Response(null, { status: 400 }) : picky.fetch(url, init);
    }) as unknown as typeof fetch;
    await enqueue(db, assignment.id, [{ id: 'a' }, { id: 'bad' }, { id: 'b' }] as Statement[]);
    await sendOutbox(db, { fetch: refusing });
    expect([...picky.stored.keys()]).toEqual(['a', 'b']);
    expect(await db.xapiOutbox.toArray()).toMatchObject([{ id: 'bad', refused: 400 }]);
    expect(await dueEntries(db, Date.now(), true)).toEqual([]);
  });

  it('the same record kept twice is queued once', async () => {
    await enqueue(db, assignment.id, [{ id: 's' } as Statement], 5);
    await enqueue(db, assignment.id, [{ id: 's' } as Statement], 6);
    expect(await db.xapiOutbox.toArray()).toMatchObject([{ id: 's', queuedAt: 5 }]);
  });

  it('batches of at most 50', async () => {
    const lrs = stubLrs(() => 200);
    await enqueue(
      db,
      assignment.id,
      Array.from({ length: 120 }, (_, i) => ({ id: `s-${String(i).padStart(3, '0')}` }) as Statement),
    );
    await sendOutbox(db, { fetch: lrs.fetch });
    expect(lrs.requests.map((r) => r.body.length)).toEqual([50, 50, 20]);
    expect(lrs.stored.size).toBe(120);
  });

  it('nothing is queued when no LRS is set', async () => {
    await stopLrs(db, assignment.id);
    const lrs = stubLrs(() => 200);
    await reporterWith(lrs.fetch).reporter.kept({ kind: 'answer', answer: answer(5) });
    expect(await db.xapiOutbox.count()).toBe(0);
    expect(lrs.requests).toEqual([]);
  });
});

it('a version-4 database opens at version 5 with its records and empty LRS tables', async () => {
  const name = `xapi-upgrade-${++n}`;
  const v4 = new Dexie(name);
  v4.version(4).stores({ assignments: 'id', profile: 'key' });
  await v4.table('profile').add({ key: 'learner', name: '张三', updatedAt: 1 });
  v4.close();
  const upgraded = openDojoDb(name);
  await upgraded.open();
  expect(upgraded.verno).toBe(5);
  expect(await upgraded.profile.toArray()).toEqual([{ key: 'learner', name: '张三', updatedAt: 1 }]);
  expect(await upgraded.lrsLinks.count()).toBe(0);
  expect(await upgraded.xapiOutbox.count()).toBe(0);
  await upgraded.delete();
});
