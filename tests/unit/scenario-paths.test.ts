/** Red lines, outcomes and the path analysis on the state graph, checked against plain enumeration. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadForbiddenPhrases, loadScenario } from '../../src/domain/scenario/load.ts';
import { analysePaths, movesAt, samplePaths, stateGraph } from '../../src/domain/scenario/paths.ts';
import { advance, effectOf, startState, type CallState, type Move } from '../../src/domain/scenario/play.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { fixture } from './helpers.ts';

function load(file: string): Scenario {
  const shared = loadForbiddenPhrases('f', readFileSync('content/forbidden-phrases.yaml', 'utf8'));
  const result = loadScenario(file, readFileSync(file, 'utf8'), shared.ok ? shared.value : []);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.scenario;
}
const cardCall = load('tests/fixtures/scenarios/red-lines/card-call.yaml');

/** Every path, one by one: what the analysis must agree with on small scenarios. */
function enumerate(scenario: Scenario, state: CallState = startState(scenario), moves: Move[] = []): Move[][] {
  if (state.ended) return [moves];
  return movesAt(scenario, state).flatMap((move) => enumerate(scenario, advance(scenario, state, effectOf(scenario, state, move)!), [...moves, move]));
}

describe('red lines and outcomes in the score', () => {
  const v = (choice: number | 'timeout', fix: number) =>
    scoreMoves(cardCall, [choice === 'timeout' ? { node: 'verify', timeout: true } : { node: 'verify', choice }, { node: 'fix', choice: fix }]);

  it('passes a good call that keeps the customer', () => {
    expect(v(0, 0)).toMatchObject({ overall: 100, passed: true, fails: [] });
  });

  it('fails a red line whatever the points, naming the node and the choice', () => {
    expect(v(1, 0)).toMatchObject({ overall: 100, passed: false, fails: [{ code: 'critical-error', node: 'verify', choice: 1 }] });
  });

  it('fails a lost customer and an escalation nobody needed, however good the score', () => {
    expect(v(0, 2)).toMatchObject({ overall: 75, passed: false, fails: [{ code: 'failing-outcome', ending: 'gone', outcome: 'lost' }] });
    expect(v(0, 3)).toMatchObject({ overall: 75, passed: false, fails: [{ code: 'failing-outcome', ending: 'passed-up', outcome: 'escalated' }] });
  });

  it('passes an escalation the ending says was right', () => {
    expect(v(0, 1)).toMatchObject({ passed: true, fails: [] });
  });

  it('gives every reason at once, the pass mark last', () => {
    expect(v(2, 3).fails.map((f) => f.code)).toEqual(['failing-outcome', 'below-pass-mark']);
    expect(v(1, 2).fails.map((f) => f.code)).toEqual(['critical-error', 'failing-outcome']);
  });

  it('has no failing outcome before the call ends', () => {
    expect(scoreMoves(cardCall, [{ node: 'verify', choice: 0 }])).toMatchObject({ passed: true, fails: [] });
    expect(scoreMoves(cardCall, []).fails).toEqual([{ code: 'below-pass-mark', overall: null, passMark: 50 }]);
  });
});

describe('the path analysis', () => {
  it('counts and judges the paths of the small fixture as worked out by hand', () => {
    const report = analysePaths(cardCall);
    expect(report).toMatchObject({
      acyclic: true,
      paths: 16,
      passing: 6,
      passingByOutcome: { retained: 3, escalated: 3, lost: 0 },
      passingOnPoints: 12,
      critical: { paths: 4, passOnPoints: 4, bestOverall: 100 },
      failingOutcome: { paths: 8, passOnPoints: 4, bestOverall: 75 },
      passingDespiteFailure: 0,
      overall: { min: 25, max: 100 },
      outOfBounds: 0,
      pathsByEnding: { frozen: 4, 'fraud-team': 4, gone: 4, 'passed-up': 4 },
      passingByEnding: { frozen: 3, 'fraud-team': 3, gone: 0, 'passed-up': 0 },
    });
    expect([...report.reachedNodes].sort()).toEqual(['fix', 'verify']);
  });

  it.each([
    ['card-call', cardCall],
    ['rich-call', fixture('rich-call').scenario],
  ] as const)('agrees with enumerating every path of %s', (_, scenario) => {
    const paths = enumerate(scenario);
    const scores = paths.map((moves) => scoreMoves(scenario, moves));
    const report = analysePaths(scenario);
    expect(report.paths).toBe(paths.length);
    expect(report.passing).toBe(scores.filter((s) => s.passed).length);
    expect(report.passingOnPoints).toBe(scores.filter((s) => s.overall !== null && s.overall >= scenario.passMark).length);
    expect(report.critical.paths).toBe(scores.filter((s) => s.fails.some((f) => f.code === 'critical-error')).length);
    expect(report.failingOutcome.paths).toBe(scores.filter((s) => s.fails.some((f) => f.code === 'failing-outcome')).length);
    expect(report.overall.max).toBe(Math.max(...scores.map((s) => s.overall ?? 0)));
  });

  it('merges paths that reach the same situation, so the graph stays small', () => {
    // verify's four moves all lead to the same "fix" state: 1 + 1 + 4 endings.
    expect(stateGraph(cardCall).vertices).toHaveLength(6);
  });

  it('says so when a path can come back to where it was', () => {
    const looping = structuredClone(cardCall);
    looping.nodes.fix!.choices[3]!.next = [{ to: 'verify' }];
    const report = analysePaths(looping);
    expect(report.acyclic).toBe(false);
    expect(report.paths).toBe(0);
  });

  it('draws the same sample from the same seed, each path ending in an ending', () => {
    const a = samplePaths(cardCall, 20, 7);
    expect(samplePaths(cardCall, 20, 7)).toEqual(a);
    expect(samplePaths(cardCall, 20, 8)).not.toEqual(a);
    for (const moves of a) expect(moves).toHaveLength(2);
  });
});
