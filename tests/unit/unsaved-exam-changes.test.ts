/**
 * Exam changes whose writes were under way as the page went: kept as it goes, made again
 * by the next exam page, once, and only as well-formed records.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseUnsaved, writeChange, writeKept, type ExamChange } from '../../src/components/quiz/exam/unsaved-changes.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { StoreError } from '../../src/storage/problems.ts';
import type { ProgressStore } from '../../src/storage/progress-store.ts';

const KEY = 'service-dojo.unsaved-exam-changes';
const paper = { paperId: 'short', passMark: 1, sections: [{ title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['q-01', 'q-02'] }] };
const answer: ExamChange = { kind: 'answer', questionId: 'q-01', answer: { type: 'truefalse', value: true } };

let kept: Map<string, string>;
let leave: () => void;

beforeEach(() => {
  kept = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  });
  // The module listens once, for the life of the page; the test fires what it listens with.
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
    if (type === 'pagehide') leave = listener;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A store whose exam writes wait until `abort`, then fail: as when the tab closes while they run. */
function stalled(store: ProgressStore) {
  const aborts: (() => void)[] = [];
  const wait = () => new Promise<never>((_, reject) => aborts.push(() => reject(new StoreError('failed'))));
  return { store: { ...store, saveExamAnswer: wait, flagQuestion: wait }, abort: () => aborts.forEach((abort) => abort()) };
}

async function started(store: ProgressStore) {
  return store.startExam({ seed: 'abc', paper, paperMinutes: 30, extraMinutes: 0, locale: 'zh' }, 1000);
}

describe('exam changes under way when the page goes', () => {
  it('are kept as it goes and made by the next page, once', async () => {
    const store = memoryStore();
    const exam = await started(store);
    const closing = stalled(store);
    const writes = [writeChange(closing.store, exam.id, answer), writeChange(closing.store, exam.id, { kind: 'flag', questionId: 'q-02', flagged: true })];
    leave();
    closing.abort();
    await Promise.allSettled(writes);
    expect(parseUnsaved(kept.get(KEY) ?? null)).toHaveLength(2);

    await writeKept(store);
    expect(await store.findActiveExam()).toMatchObject({ answers: { 'q-01': { type: 'truefalse', value: true } }, flagged: ['q-02'] });
    expect(kept.has(KEY)).toBe(false);
    // Made again (another tab kept the same), they change nothing.
    kept.set(KEY, JSON.stringify([{ examId: exam.id, change: { kind: 'flag', questionId: 'q-02', flagged: true } }]));
    await writeKept(store);
    expect((await store.findActiveExam())!.flagged).toEqual(['q-02']);
  });

  it('are not kept once written', async () => {
    const store = memoryStore();
    const exam = await started(store);
    await writeChange(store, exam.id, answer);
    leave();
    expect(kept.has(KEY)).toBe(false);
  });

  it('are dropped when their exam was handed in meanwhile', async () => {
    const store = memoryStore();
    const exam = await started(store);
    await store.closeExam(exam.id, 'learner', 2000);
    kept.set(KEY, JSON.stringify([{ examId: exam.id, change: answer }]));
    await writeKept(store);
    expect((await store.findActiveExam())!.answers).toEqual({});
    expect(kept.has(KEY)).toBe(false);
  });

  it('stay kept for the next visit when the store fails to write them', async () => {
    const store = memoryStore();
    const exam = await started(store);
    const full: ProgressStore = { ...store, saveExamAnswer: () => Promise.reject(new StoreError('quota')) };
    kept.set(KEY, JSON.stringify([{ examId: exam.id, change: answer }]));
    await expect(writeKept(full)).rejects.toMatchObject({ code: 'quota' });
    expect(kept.has(KEY)).toBe(true);
  });
});

describe('parseUnsaved', () => {
  const well = { examId: 'e1', change: answer };

  it.each([
    ['nothing kept', null],
    ['text that is not JSON', '[{"examId":'],
    ['an object, not a list', JSON.stringify(well)],
    ['no exam id', JSON.stringify([{ change: answer }])],
    ['a change of an unknown kind', JSON.stringify([{ examId: 'e1', change: { kind: 'erase' } }])],
    ['an answer with no type', JSON.stringify([{ examId: 'e1', change: { kind: 'answer', questionId: 'q-01', answer: { value: true } } }])],
    ['writing that is not text', JSON.stringify([{ examId: 'e1', change: { kind: 'writing', questionId: 'q-01', texts: [3] } }])],
    ['a tick that is not a point number', JSON.stringify([{ examId: 'e1', change: { kind: 'ticks', questionId: 'q-01', ticked: [[-1]] } }])],
    ['a flag that is not on or off', JSON.stringify([{ examId: 'e1', change: { kind: 'flag', questionId: 'q-01', flagged: 'yes' } }])],
    ['a fractional position', JSON.stringify([{ examId: 'e1', change: { kind: 'position', position: 1.5 } }])],
    ['extra time with no moment', JSON.stringify([{ examId: 'e1', change: { kind: 'extra-time' } }])],
    ['one bad change among good ones', JSON.stringify([well, { examId: 'e1', change: null }])],
  ])('refuses %s', (_, text) => {
    expect(parseUnsaved(text)).toEqual([]);
  });

  it('takes back every kind of change', () => {
    const changes: ExamChange[] = [
      answer,
      { kind: 'writing', questionId: 'q-02', texts: ['客户关系管理'] },
      { kind: 'ticks', questionId: 'q-02', ticked: [[0, 2]] },
      { kind: 'flag', questionId: 'q-02', flagged: false },
      { kind: 'position', position: 1 },
      { kind: 'extra-time', at: 5000 },
    ];
    const list = changes.map((change) => ({ examId: 'e1', change }));
    expect(parseUnsaved(JSON.stringify(list))).toEqual(list);
  });
});
