/** Reporters (an LMS, an LRS) hear each record once it is kept, through any store, and cannot cost a save. */
import { describe, expect, it, vi } from 'vitest';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { fallbackStore } from '../../src/storage/fallback-store.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { reportingStore, type Kept, type Reporter } from '../../src/storage/reporting.ts';
import { tinyScenario } from './helpers.ts';

const init = { scenarioId: 'tiny-call', contentHash: 'abc', locale: 'zh', mode: 'test', timing: 'off' } as const;
const heard = () => {
  const records: Kept[] = [];
  return { records, reporter: { kept: (record: Kept) => void records.push(record) } satisfies Reporter };
};

describe('reporting beside the store', () => {
  it('tells each step of an attempt, its finish, a quiz answer, and nothing for reads', async () => {
    const { records, reporter } = heard();
    const store = reportingStore(memoryStore(), () => [reporter]);
    const first = await store.beginAttempt(init, { node: 'ring', choice: 0 }, undefined, 1000);
    const steps = [
      { node: 'ring', choice: 0 },
      { node: 'greet', choice: 0 },
    ];
    await store.appendStep(first.id, 1, steps[1]!, { ending: 'good', score: scoreMoves(tinyScenario().scenario, steps) }, 2000);
    await store.recordAnswer({
      questionId: 'q1',
      chapter: 'c',
      mode: 'practice',
      answer: { type: 'truefalse', value: true },
      score: 1,
      correct: true,
      answeredAt: 3000,
    });
    await store.listFinishedAttempts();
    expect(records.map((r) => r.kind)).toEqual(['attempt', 'attempt', 'answer']);
    expect(records[0]).toMatchObject({ attempt: { status: 'active', steps: [steps[0]] } });
    expect(records[1]).toMatchObject({ attempt: { id: first.id, status: 'finished', ending: 'good', steps } });
    expect(records[2]).toMatchObject({ answer: { questionId: 'q1', correct: true } });
  });

  it('works over the store that waits for the database (a proxy with no own keys)', async () => {
    const { records, reporter } = heard();
    const { store } = fallbackStore(
      () => Promise.reject(new Error('no IndexedDB')),
      memoryStore,
      () => undefined,
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const told = reportingStore(store, () => [reporter]);
    await told.startAttempt(init, 1000);
    expect(records).toHaveLength(1);
    expect(await told.listActiveAttempts()).toHaveLength(1);
  });

  it('keeps the save when a reporter throws or rejects, and tells nothing when the save fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { records, reporter } = heard();
    const throwing: Reporter = {
      kept: () => {
        throw new Error('LMS gone');
      },
    };
    const rejecting: Reporter = { kept: () => Promise.reject(new Error('LRS down')) };
    const store = reportingStore(memoryStore(), () => [throwing, rejecting, reporter]);
    const attempt = await store.startAttempt(init, 1000);
    expect(attempt.status).toBe('active');
    await expect(store.appendStep(attempt.id, 5, { node: 'ring', choice: 0 })).rejects.toMatchObject({ code: 'conflict' });
    expect(records).toHaveLength(1);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
  });
});
