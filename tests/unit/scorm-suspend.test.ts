/**
 * Suspend data (`src/lms/scorm/suspend.ts`, `resume.ts`): within SCORM 1.2's 4,096
 * characters on the longest unfinished path of every shipped scenario, read back to the
 * same replay, and anything else refused with a code, never thrown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import type { LoadedScenario } from '../../src/domain/scenario/load.ts';
import type { Move, Step } from '../../src/domain/scenario/moves.ts';
import { stateGraph } from '../../src/domain/scenario/paths.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { encodeSuspend, netMoves, SUSPEND_LIMIT, type Suspended } from '../../src/lms/scorm/suspend.ts';
import { resumable } from '../../src/lms/scorm/resume.ts';

let shipped: LoadedScenario[] = [];
beforeAll(async () => {
  const folder = await readScenarioFolder('scenarios');
  expect(folder.problems).toEqual([]);
  shipped = folder.loaded;
});

/** Words that cost the most: Chinese, with quotes and backslashes JSON must escape. */
const longWords = (chars: number) => Array.from({ length: chars }, (_, i) => (i % 7 === 3 ? '"' : i % 11 === 5 ? '\\' : '您')).join('');

/** A reply as long as its node allows. */
function filled(scenario: Scenario, move: Move): Move {
  if (!('reply' in move)) return move;
  const maxChars = scenario.nodes[move.node]!.reply!.maxChars;
  return { ...move, reply: { ...move.reply, text: longWords(maxChars) } };
}

/** The path to an ending whose moves take the most characters, words filled to the limit. */
function heaviestPath(scenario: Scenario): Move[] {
  const graph = stateGraph(scenario);
  expect(graph.order).not.toBeNull();
  const best = new Map<number, { weight: number; moves: Move[] }>();
  for (const v of [...graph.order!].reverse()) {
    let pick = { weight: 0, moves: [] as Move[] };
    for (const edge of graph.vertices[v]!.edges) {
      const move = filled(scenario, edge.move);
      const rest = best.get(edge.to)!;
      const weight = JSON.stringify(move).length + rest.weight;
      if (weight > pick.weight) pick = { weight, moves: [move, ...rest.moves] };
    }
    best.set(v, pick);
  }
  return best.get(0)!.moves;
}

const suspended = (loaded: LoadedScenario, steps: Step[]): Suspended => ({
  scenarioId: loaded.scenario.id,
  hash: loaded.hash,
  mode: 'practice',
  timing: 'standard',
  steps,
});

const current = (loaded: LoadedScenario) => ({ id: loaded.scenario.id, hash: loaded.hash, scenario: loaded.scenario });

describe('suspend data', () => {
  it('fits the longest unfinished path of every scenario, and resumes at the same step', () => {
    const lengths: Record<string, number> = {};
    for (const loaded of shipped) {
      const path = heaviestPath(loaded.scenario);
      const unfinished = path.slice(0, -1); // the last move ends the call: nothing is suspended then
      const data = encodeSuspend(suspended(loaded, unfinished), loaded.scenario);
      expect(data, loaded.scenario.id).not.toBeNull();
      lengths[loaded.scenario.id] = data!.length;
      expect(data!.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
      const back = resumable(data!, current(loaded));
      expect(back.ok, loaded.scenario.id).toBe(true);
      if (!back.ok) continue;
      const before = replay(loaded.scenario, unfinished, { mode: 'practice' });
      const after = replay(loaded.scenario, back.attempt.steps, { mode: 'practice' });
      expect(after.ok && before.ok && after.played.node).toBe(before.ok && before.played.node);
      expect(after.ok && after.played.score).toEqual(before.ok && before.played.score);
    }
    console.log('suspend data, longest unfinished path (chars):', lengths);
  });

  it('drops take-backs, then cuts the words, when the whole transcript does not fit', () => {
    const loaded = shipped.find((s) => s.scenario.id === 'repair-follow-up')!;
    const path = heaviestPath(loaded.scenario).slice(0, -1);
    const first = path.find((m) => 'choice' in m)!;
    const at = path.indexOf(first);
    // Three hundred changes of mind at one node, then the same path on.
    const dithering: Step[] = [...path.slice(0, at), ...Array.from({ length: 300 }, () => [first, { undo: true as const }]).flat(), ...path.slice(at)];
    const data = encodeSuspend(suspended(loaded, dithering), loaded.scenario)!;
    expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = resumable(data, current(loaded));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.attempt.steps.some((s) => 'undo' in s)).toBe(false);
    expect(back.attempt.steps.map((s) => ('node' in s ? s.node : 'undo'))).toEqual(netMoves(dithering).map((m) => m.node));
  });

  it('cuts the words of replies to fit, and the replay stays the same', () => {
    const loaded = shipped.find((s) => s.scenario.id === 'repair-follow-up')!;
    const path = heaviestPath(loaded.scenario).slice(0, -1);
    expect(path.filter((m) => 'reply' in m).length).toBeGreaterThan(0);
    const whole = encodeSuspend(suspended(loaded, path), loaded.scenario)!;
    const limit = whole.length - 40;
    const data = encodeSuspend(suspended(loaded, path), loaded.scenario, limit)!;
    expect(data.length).toBeLessThanOrEqual(limit);
    const back = resumable(data, current(loaded));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const words = (steps: readonly Step[]) => steps.flatMap((s) => ('reply' in s ? [s.reply.text] : []));
    expect(words(back.attempt.steps).join('').length).toBeLessThan(words(path).join('').length);
    const before = replay(loaded.scenario, path, { mode: 'practice' });
    const after = replay(loaded.scenario, back.attempt.steps, { mode: 'practice' });
    expect(after.ok && after.played.score).toEqual(before.ok && before.played.score);
    expect(after.ok && after.played.node).toBe(before.ok && before.played.node);
  });

  it('keeps a short transcript whole, take-backs and words included', () => {
    const loaded = shipped.find((s) => s.scenario.id === 'inbound-service-call')!;
    const path = heaviestPath(loaded.scenario);
    const steps: Step[] = [path[0]!, { undo: true }, path[0]!];
    const back = resumable(encodeSuspend(suspended(loaded, steps), loaded.scenario)!, current(loaded));
    expect(back.ok && back.attempt.steps).toEqual(steps);
  });
});

describe('suspend data that cannot be used is refused with a code', () => {
  const valid = () => {
    const loaded = shipped.find((s) => s.scenario.id === 'inbound-service-call')!;
    const path = heaviestPath(loaded.scenario).slice(0, 2);
    return { loaded, data: encodeSuspend(suspended(loaded, path), loaded.scenario)! };
  };

  it.each([
    ['empty', ''],
    ['garbage', '%%%not json{'],
    ['another course', '{"lesson":3}'],
    ['a number', '42'],
  ])('%s: not ours', (_, data) => {
    const { loaded } = valid();
    expect(resumable(data, current(loaded))).toEqual({ ok: false, problem: 'not-ours' });
  });

  it('edited into another shape: malformed', () => {
    const { loaded, data } = valid();
    const parsed = JSON.parse(data) as unknown[];
    for (const edit of [
      () => (parsed[3] = 'cheat'),
      () => (parsed[7] = [['x', -1]]),
      () => (parsed[7] = [['x', 1, 2]]),
      () => parsed.push('extra'),
      () => (parsed[6] = 1.5),
    ]) {
      const copy = structuredClone(parsed);
      edit();
      expect(resumable(JSON.stringify(parsed), current(loaded))).toEqual({ ok: false, problem: 'malformed' });
      parsed.splice(0, parsed.length, ...copy);
    }
  });

  it('for another scenario or version', () => {
    const { loaded, data } = valid();
    const other = shipped.find((s) => s.scenario.id === 'win-back')!;
    expect(resumable(data, current(other))).toEqual({ ok: false, problem: 'other-scenario' });
    expect(resumable(data, { ...current(loaded), hash: 'f'.repeat(64) })).toEqual({ ok: false, problem: 'other-version' });
  });

  it('steps the scenario does not allow, or an attempt already ended', () => {
    const { loaded, data } = valid();
    const parsed = JSON.parse(data) as [string, ...unknown[]];
    const steps = parsed[7] as unknown[];
    const tampered = (packed: unknown[]) => JSON.stringify([...parsed.slice(0, 7), packed]);
    expect(resumable(tampered([['no-such-node', 0]]), current(loaded))).toEqual({ ok: false, problem: 'steps' });
    expect(resumable(tampered([[(steps[0] as [string])[0], 99]]), current(loaded))).toEqual({ ok: false, problem: 'steps' });
    expect(resumable(tampered([0]), current(loaded))).toEqual({ ok: false, problem: 'steps' });
    expect(resumable(tampered([]), current(loaded))).toEqual({ ok: false, problem: 'steps' });
    const whole = heaviestPath(loaded.scenario);
    const ended = encodeSuspend(suspended(loaded, whole), loaded.scenario)!;
    expect(resumable(ended, current(loaded))).toEqual({ ok: false, problem: 'steps' });
  });
});
