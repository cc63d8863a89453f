/**
 * A reply in the learner's own words is marked once; its step keeps the words, the
 * marks and the route. Replaying it re-scores from the stored marks (never marking the
 * words again), refuses a step that no longer fits the rules, and survives storage and
 * JSON as it was written.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { answerWith } from '../../src/domain/scenario/marker.ts';
import type { ReplyMove, Step } from '../../src/domain/scenario/moves.ts';
import { stateAfter } from '../../src/domain/scenario/play.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { analysePaths } from '../../src/domain/scenario/paths.ts';
import { openDojoDb, type DojoDb } from '../../src/storage/db.ts';
import { dexieStore } from '../../src/storage/dexie-store.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { attemptRecord } from '../../src/storage/records/attempt.ts';
import { ATTEMPT_FORMAT } from '../../src/storage/records/formats.ts';

const { loaded } = await readScenarioFolder('scenarios');
const scenario = loaded.find((l) => l.scenario.id === 'inbound-service-call')!.scenario;

/** Answer the phone at once, then say the opening in one's own words. */
function opening(text: string): Step[] {
  const pickUp = { node: 'ringing', choice: 1 };
  const state = stateAfter(scenario, [pickUp]);
  return [pickUp, answerWith(scenario, state, text)];
}

const GOOD = '您好，江城银行客服中心，工号1024，很高兴为您服务！';
const CURT = '喂，江城银行，有什么事？';

describe('replaying a reply', () => {
  it('goes where the marks route it and scores the marks’ points', () => {
    const good = replay(scenario, opening(GOOD));
    const curt = replay(scenario, opening(CURT));
    expect(good.ok && good.played.node).toBe('need');
    expect(curt.ok && curt.played.node).toBe('wrong-greeting');
    expect(good.ok && good.played.score.competencies.courtesy.earned).toBe(2 + 3);
    expect(curt.ok && curt.played.score.competencies.courtesy.earned).toBe(2 + 1 - 2);
  });

  it('re-scores from the stored marks, never marking the words again', () => {
    const steps = opening(GOOD);
    const stored = steps[1] as ReplyMove;
    const reworded: Step[] = [steps[0]!, { ...stored, reply: { ...stored.reply, text: '(words the marker would not find anything in)' } }];
    const a = replay(scenario, steps);
    const b = replay(scenario, reworded);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.played.score).toEqual(a.played.score);
      expect(b.played.state).toEqual(a.played.state);
      expect(a.played.score).toEqual(scoreMoves(scenario, a.played.moves));
    }
  });

  it('refuses a step whose route, marks or length no longer fit the rules, or a reply where none is taken', () => {
    const [pickUp, step] = opening(GOOD) as [Step, ReplyMove];
    const refusal = (reply: Partial<ReplyMove['reply']>, node = 'pickup', before = [pickUp]) => {
      const result = replay(scenario, [...before, { node, reply: { ...step.reply, ...reply } }]);
      return result.ok ? null : result.refusal;
    };
    expect(refusal({ route: 'wrong-greeting' })).toEqual({ code: 'reply-route', step: 1, node: 'pickup' });
    expect(refusal({ marks: { ...step.reply.marks, curt: true } })).toEqual({ code: 'reply-route', step: 1, node: 'pickup' });
    expect(refusal({ marks: { ...step.reply.marks, invented: true } })).toEqual({ code: 'reply-marks', step: 1, node: 'pickup' });
    expect(refusal({ marks: { greets: true } })).toEqual({ code: 'reply-marks', step: 1, node: 'pickup' });
    expect(refusal({ forbidden: ['not a phrase of this scenario'] })).toEqual({ code: 'reply-marks', step: 1, node: 'pickup' });
    expect(refusal({ text: '好'.repeat(81) })).toEqual({ code: 'reply-too-long', step: 1, node: 'pickup' });
    expect(refusal({}, 'ringing', [])).toEqual({ code: 'no-reply', step: 0, node: 'ringing' });
  });

  it('costs courtesy for a forbidden phrase the marker found, and quotes it', () => {
    const text = '您好，江城银行，工号1024，您先别着急。';
    const steps = opening(text);
    const result = replay(scenario, steps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const clean = replay(scenario, opening('您好，江城银行，工号1024。'));
    expect(clean.ok && clean.played.score.competencies.courtesy.earned - result.played.score.competencies.courtesy.earned).toBe(2);
  });
});

describe('the path analysis of a reply moment', () => {
  it('scores every combination of marks within 0–100 and lets no failing path pass', () => {
    const report = analysePaths(scenario);
    expect(report.outOfBounds).toBe(0);
    expect(report.passingDespiteFailure).toBe(0);
    expect(report.reachedNodes.has('wrong-greeting')).toBe(true);
  });
});

const open: DojoDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe.each([
  ['IndexedDB', () => dexieStore(open[open.push(openDojoDb(`reply-${++n}`)) - 1]!)],
  ['memory', memoryStore],
] as const)('storing a reply step (%s)', (_, fresh) => {
  it('keeps the words, the marks and the route, and replays the same after a round trip through JSON', async () => {
    const store = fresh();
    const steps = opening(GOOD);
    const attempt = await store.startAttempt({ scenarioId: scenario.id, contentHash: 'h', locale: 'zh', mode: 'practice', timing: 'off' }, 1000);
    for (const [at, step] of steps.entries()) await store.appendStep(attempt.id, at, step);
    const kept = (await store.findActiveAttempt(scenario.id))!;
    expect(kept.steps).toEqual(steps);
    const record = attemptRecord.parse(JSON.parse(JSON.stringify(kept)));
    expect(record.format).toBe(ATTEMPT_FORMAT);
    const again = replay(scenario, record.steps);
    const first = replay(scenario, steps);
    expect(again.ok && first.ok && again.played.score).toEqual(first.ok && first.played.score);
  });
});

it('the attempt record refuses a reply step that is not of the stored shape', () => {
  const base = { id: 'a', format: ATTEMPT_FORMAT, scenarioId: 's', contentHash: 'h', locale: 'zh', status: 'active', startedAt: 1, updatedAt: 1 };
  expect(attemptRecord.safeParse({ ...base, steps: [{ node: 'n', reply: { text: 'hi', marks: { a: 'yes' }, forbidden: [], route: 'x' } }] }).success).toBe(
    false,
  );
  expect(attemptRecord.safeParse({ ...base, steps: [{ node: 'n', reply: { text: 'hi', marks: { a: true }, route: 'x' } }] }).success).toBe(false);
  expect(attemptRecord.safeParse({ ...base, steps: [{ node: 'n', reply: { text: 'hi', marks: { a: true }, forbidden: [], route: 'x' } }] }).success).toBe(true);
});
