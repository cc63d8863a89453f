/**
 * Fault drills against the progress store: each fault a browser can throw at IndexedDB,
 * in the shape it really has, and what must hold after it: nothing the learner did is
 * lost, doubled or left half-written.
 */
import 'fake-indexeddb/auto';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPaper } from '../../src/domain/quiz/exam.ts';
import type { Question } from '../../src/schemas/question.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import { fallbackStore } from '../../src/storage/fallback-store.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';
import { tinyScenario } from './helpers.ts';

const open: DojoDb[] = [];
let n = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(open.splice(0).map((db) => db.delete()));
});
function fresh(name = `faults-${++n}`) {
  const db = openDojoDb(name);
  open.push(db);
  return { db, name, store: dexieStore(db) };
}

const init = { scenarioId: 'tiny-call', contentHash: 'abc', locale: 'zh', mode: 'practice', timing: 'standard' } as const;
const ring = { node: 'ring', choice: 0 } as const;
const greet = { node: 'greet', choice: 1 } as const;
const solved = { node: 'greet', choice: 0 } as const;

const domError = (name: string, message = name) => new DOMException(message, name);
/** The fake IndexedDB's classes, as the browser's globals. */
const IDB = globalThis as unknown as {
  IDBObjectStore: { prototype: Record<'put' | 'add', (this: { name: string; transaction: { _abort(name: string): void } }, ...a: unknown[]) => unknown> };
  IDBDatabase: { prototype: { transaction: (...a: unknown[]) => unknown } };
};
/** Makes `method` of the object store `table` misbehave once (or always), then behave. */
function breakStore(method: 'put' | 'add', table: string, fault: (original: () => unknown, tx: { _abort(name: string): void }) => unknown, times = 1) {
  const original = IDB.IDBObjectStore.prototype[method];
  let left = times;
  vi.spyOn(IDB.IDBObjectStore.prototype, method).mockImplementation(function (this: { name: string; transaction: { _abort(name: string): void } }, ...args) {
    if (this.name !== table || left-- <= 0) return original.apply(this, args);
    return fault(() => original.apply(this, args), this.transaction);
  });
}

describe('IndexedDB will not open (private mode, a disabled or broken store)', () => {
  /** Dexie over an IndexedDB whose `open` throws, as some private modes do. */
  const brokenDb = () =>
    openDojoDb(`broken-${++n}`, {
      indexedDB: {
        open: () => {
          throw domError('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.');
        },
        deleteDatabase: () => undefined,
        cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
      } as unknown as IDBFactory,
      IDBKeyRange,
    });

  it('works on the memory store, says so, keeps what is written for the page, and asks for no persistence', async () => {
    const afterSave = vi.fn();
    const db = brokenDb();
    const { store, kept } = fallbackStore(
      async () => {
        await db.open();
        return dexieStore(db);
      },
      memoryStore,
      afterSave,
    );
    // Called before the open has failed: the call waits, it is not lost.
    const attempt = await store.beginAttempt(init, ring);
    await store.appendStep(attempt.id, 1, greet);
    expect(await kept).toBe('memory');
    expect(await store.findActiveAttempt('tiny-call')).toMatchObject({ id: attempt.id, steps: [ring, greet] });
    expect(await store.listFinishedAttempts()).toEqual([]);
    expect(afterSave).not.toHaveBeenCalled();
    // A page hands the store on through promises: it must not look like one.
    expect(await Promise.resolve(store)).toBe(store);
  });

  it('on a device that opens, asks for persistence after a save that matters, not after a read', async () => {
    const afterSave = vi.fn();
    const { store: device } = fresh();
    const { store, kept } = fallbackStore(async () => device, memoryStore, afterSave);
    await store.listFinishedAttempts();
    await store.readProfile();
    await vi.waitFor(async () => expect(await kept).toBe('device'));
    expect(afterSave).not.toHaveBeenCalled();
    await store.beginAttempt(init, ring);
    await vi.waitFor(() => expect(afterSave).toHaveBeenCalledTimes(1));
  });
});

describe('persistent storage', () => {
  async function drill(answer: boolean) {
    vi.resetModules();
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => answer) };
    const kept = new Map<string, string>();
    vi.stubGlobal('navigator', { storage });
    vi.stubGlobal('localStorage', { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => kept.set(k, v) });
    const { askPersistence, persistence } = await import('../../src/storage/persistence.ts');
    expect(await persistence()).toBe('not-asked');
    await askPersistence();
    await askPersistence();
    return { storage, persistence };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('is asked for once per page, and a refusal is remembered for /progress', async () => {
    const { storage, persistence } = await drill(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await persistence()).toBe('refused');
  });

  it('once granted, reads as granted', async () => {
    const { storage, persistence } = await drill(true);
    storage.persisted.mockResolvedValue(true);
    expect(await persistence()).toBe('granted');
  });
});

describe('the storage is full (QuotaExceededError)', () => {
  const questions = ['q-01', 'q-02'].map(
    (id) => ({ id, type: 'truefalse', answer: true, section: 's', prompt: { zh: '题', en: 'Q' }, explanation: { zh: '解', en: 'E' } }) as unknown as Question,
  );

  it('in the middle of handing in an exam: refused as `quota`, and the exam, its answers and the notebook are as before', async () => {
    const { store, db } = fresh();
    const paper = { paperId: 'short', passMark: 1, sections: [{ title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['q-01', 'q-02'] }] };
    const exam = await store.startExam({ seed: 'S', paper, paperMinutes: 60, extraMinutes: 0, locale: 'zh' }, 1);
    await store.saveExamAnswer(exam.id, 'q-01', { type: 'truefalse', value: false });
    const before = await store.exportRecords();
    // The exam record is written first; the quota runs out at the first answer.
    breakStore('add', 'quizAnswers', () => {
      throw domError('QuotaExceededError', 'The quota has been exceeded.');
    });
    const entries = new Map(questions.map((question) => [question.id, { question, chapter: 'c' }]));
    const { marks, result } = markPaper(paper, (id) => entries.get(id), { answers: { 'q-01': { type: 'truefalse', value: false } } });
    await expect(store.handInExam(exam.id, { result, marks, submittedBy: 'learner' }, 9)).rejects.toMatchObject({ code: 'quota' });
    expect(await store.exportRecords()).toEqual(before);
    expect(await db.quizAnswers.count()).toBe(0);
    expect(await store.findActiveExam()).toMatchObject({ id: exam.id, answers: { 'q-01': { type: 'truefalse', value: false } } });
  });

  it('at commit, as an AbortError whose inner error is the quota one: refused as `quota`, no step half-kept, and the step saves once space is freed', async () => {
    const { store } = fresh();
    const attempt = await store.beginAttempt(init, ring);
    // The write itself succeeds; the transaction is then aborted for want of space, as browsers do at commit.
    breakStore('put', 'attempts', (put, tx) => {
      const request = put() as IDBRequest;
      request.addEventListener('success', () => tx._abort('QuotaExceededError'));
      return request;
    });
    const refused = await store.appendStep(attempt.id, 1, greet).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'quota' });
    const inner = (refused as Error).cause as { name: string; inner?: { name: string } };
    expect([inner.name, inner.inner?.name]).toEqual(['AbortError', 'QuotaExceededError']);
    expect((await store.findActiveAttempt('tiny-call'))!.steps).toEqual([ring]);
    // Space freed: the same step is written again, once.
    await store.appendStep(attempt.id, 1, greet);
    expect((await store.findActiveAttempt('tiny-call'))!.steps).toEqual([ring, greet]);
  });
});

describe('the connection is lost (a phone backgrounds the tab)', () => {
  it('WebKit\'s "connection to Indexed Database server lost" when a transaction starts: reopened, retried, the step kept once', async () => {
    // Dexie keeps the connection's `transaction` when it opens: break it before.
    const original = IDB.IDBDatabase.prototype.transaction;
    let lost = 0;
    const spy = vi.spyOn(IDB.IDBDatabase.prototype, 'transaction').mockImplementation(function (this: unknown, ...args) {
      if (lost-- > 0) throw domError('UnknownError', 'Connection to Indexed Database server lost. Refresh the page to try again');
      return original.apply(this, args);
    });
    const { store } = fresh();
    const attempt = await store.beginAttempt(init, ring);
    lost = 1;
    await store.appendStep(attempt.id, 1, greet);
    expect(lost).toBeLessThan(0);
    expect(spy).toHaveBeenCalled();
    expect((await store.findActiveAttempt('tiny-call'))!.steps).toEqual([ring, greet]);
  });

  it('lost in the middle of a write: reopened, retried, the answer and its review card kept once', async () => {
    const { store, db } = fresh();
    breakStore('put', 'reviewCards', () => {
      throw domError('UnknownError', 'Connection to Indexed Database server lost. Refresh the page to try again');
    });
    await store.recordAnswer({
      questionId: 'q-01',
      chapter: 'c',
      mode: 'practice',
      answer: { type: 'truefalse', value: false },
      score: 0,
      correct: false,
      answeredAt: 5,
    });
    expect(await db.quizAnswers.count()).toBe(1);
    expect(await store.countReviewCards()).toBe(1);
    expect((await store.findQuizRun('c'))!.answers).toEqual({ 'q-01': { type: 'truefalse', value: false } });
  });

  it('a connection closed under the store (DatabaseClosedError): reopened, and neither a new attempt nor a read fails', async () => {
    const { store, db } = fresh();
    await store.markChapterRead('crm-overview', 1);
    db.close();
    const attempt = await store.beginAttempt(init, ring);
    db.close();
    expect(await store.listChapterReads()).toEqual([{ slug: 'crm-overview', readAt: 1 }]);
    expect(await store.listActiveAttempts()).toMatchObject([{ id: attempt.id, steps: [ring] }]);
  });
});

describe('site data cleared in another tab while a call is in progress', () => {
  it('the next step is refused as `not-found`, and the cleared attempt does not come back', async () => {
    const { store, name } = fresh();
    const attempt = await store.beginAttempt(init, ring);
    await Dexie.delete(name);
    await expect(store.appendStep(attempt.id, 1, greet)).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.listActiveAttempts()).toEqual([]);
  });
});

describe.each([
  ['IndexedDB', () => fresh().store],
  ['memory', memoryStore],
] as [string, () => ProgressStore][])('one attempt played in two places (%s)', (_, make) => {
  it('a step is only appended where the stored transcript ends; the same step again is kept once', async () => {
    const store = make();
    const attempt = await store.beginAttempt(init, ring);
    await store.appendStep(attempt.id, 1, greet);
    await expect(store.appendStep(attempt.id, 1, solved)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.appendStep(attempt.id, 3, solved)).rejects.toMatchObject({ code: 'conflict' });
    await store.appendStep(attempt.id, 1, greet);
    expect((await store.findActiveAttempt('tiny-call'))!.steps).toEqual([ring, greet]);
  });
});

describe('two tabs on the same database', () => {
  it('interleave nothing: the tab that fell behind is refused, and the transcript replays to the ending it reached', async () => {
    const { name, store: first } = fresh();
    const other = openDojoDb(name);
    open.push(other);
    const second = dexieStore(other);
    const { scenario } = tinyScenario();

    const attempt = await first.beginAttempt(init, ring);
    // The second tab opens the page and resumes from what is stored.
    const resumed = (await second.findActiveAttempt('tiny-call'))!;
    await first.appendStep(attempt.id, 1, solved, { ending: 'solved', score: scoreMoves(scenario, [ring, solved]) });
    await expect(second.appendStep(resumed.id, resumed.steps.length, greet)).rejects.toMatchObject({ code: 'not-active' });
    const [kept] = await second.listFinishedAttempts();
    expect(kept).toMatchObject({ id: attempt.id, steps: [ring, solved], ending: 'solved' });
  });

  it("see each other's changes live", async () => {
    const { name, store: first } = fresh();
    const other = openDojoDb(name);
    open.push(other);
    const second = dexieStore(other);
    const seen: number[] = [];
    const subscription = liveQuery(() => second.listActiveAttempts()).subscribe((active) => seen.push(active.length));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await first.beginAttempt(init, ring);
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    subscription.unsubscribe();
  });
});
