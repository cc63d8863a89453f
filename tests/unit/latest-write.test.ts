import { describe, expect, it } from 'vitest';
import { latestWrite } from '../../src/components/quiz/exam/latest-write.ts';

/** A write whose result the test hands back when it chooses. */
function pending<T>() {
  let finish!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => ((finish = resolve), (fail = reject)));
  return { write: () => promise, finish, fail };
}

describe('the exam’s writes, shown as they come back', () => {
  it('a result that comes back after a later change was made is not shown over it', async () => {
    const run = latestWrite<string>();
    const shown: string[] = [];
    const move = pending<string>();
    const answer = pending<string>();
    const moved = run(move.write, (r) => shown.push(r));
    const answered = run(answer.write, (r) => shown.push(r));
    move.finish('moved, no answer');
    await moved;
    expect(shown).toEqual([]);
    answer.finish('moved and answered');
    await answered;
    expect(shown).toEqual(['moved and answered']);
  });

  it('results that come back in order are each shown', async () => {
    const run = latestWrite<number>();
    const shown: number[] = [];
    await run(
      () => Promise.resolve(1),
      (r) => shown.push(r),
    );
    await run(
      () => Promise.resolve(2),
      (r) => shown.push(r),
    );
    expect(shown).toEqual([1, 2]);
  });

  it('a failed write rejects for its caller and does not stop a later one being shown', async () => {
    const run = latestWrite<string>();
    const shown: string[] = [];
    const broken = pending<string>();
    const failing = run(broken.write, (r) => shown.push(r));
    broken.fail(new Error('QuotaExceededError'));
    await expect(failing).rejects.toThrow('QuotaExceededError');
    await run(
      () => Promise.resolve('next'),
      (r) => shown.push(r),
    );
    expect(shown).toEqual(['next']);
  });
});
