/**
 * Every scenario the course ships: valid, well formed, and proved sound on its state
 * graph (src/domain/scenario/paths.ts): every node and ending reachable, every path's
 * scores within 0–100, and no path that crosses a red line or ends badly passes. The
 * paths are counted, not walked; a seeded sample is replayed through the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { forbiddenMatches } from '../../src/domain/scenario/forbidden.ts';
import { lintWarnings } from '../../src/domain/scenario/lint.ts';
import { analysePaths, samplePaths, type PathReport } from '../../src/domain/scenario/paths.ts';
import { advance, effectOf, effectPoints, startState, totalPoints } from '../../src/domain/scenario/play.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { createScenarioMachine } from '../../src/domain/scenario/machine.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { seedFrom } from '../../src/domain/random.ts';
import { everyVariant } from '../../src/domain/scenario/variants.ts';

const { loaded, problems } = await readScenarioFolder('scenarios');

it('every scenario file is valid', () => {
  expect(problems.map(formatProblem)).toEqual([]);
  expect(loaded.length).toBeGreaterThan(0);
});

// A scenario with customer variants is proved sound as each variant plays it (starting moods and flags change the conditions).
const played = loaded.flatMap((l) => everyVariant(l.scenario).map((p) => [p.variants ? `${l.scenario.id} (${p.variants[0]!.id})` : l.scenario.id, p] as const));

describe.each(played)('scenario %s', (id, scenario) => {
  let report: PathReport;
  beforeAll(() => {
    const started = performance.now();
    report = analysePaths(scenario);
    const ms = Math.round(performance.now() - started);
    const { paths, passing, passingByOutcome, passingOnPoints, critical, failingOutcome, states } = report;
    console.log(
      `${id}: ${paths} paths (${states} states, ${ms} ms); ${passing} pass, ${passingByOutcome.retained} of them with the customer retained` +
        ` and ${passingByOutcome.escalated} by a warranted escalation; on points alone ${passingOnPoints} would pass;` +
        ` ${critical.paths} cross a red line (best score among them ${critical.bestOverall ?? '–'}),` +
        ` ${failingOutcome.paths} end badly (best score ${failingOutcome.bestOverall ?? '–'}); passing paths by ending: ` +
        Object.entries(report.passingByEnding)
          .map(([ending, n]) => `${ending} ${n}`)
          .join(', '),
    );
  });

  it('has at least 5 decision points, 3 endings of different outcomes and 3 competencies', () => {
    expect(Object.keys(scenario.nodes).length).toBeGreaterThanOrEqual(5);
    expect(new Set(Object.values(scenario.endings).map((e) => e.outcome)).size).toBeGreaterThanOrEqual(3);
    const used = new Set(Object.values(scenario.nodes).flatMap((n) => n.choices.flatMap((c) => Object.keys(c.scores))));
    expect(used.size).toBeGreaterThanOrEqual(3);
  });

  it('declares its skill and difficulty for the index, and a chat the order it is about', () => {
    expect(scenario.skill).toBeDefined();
    expect(scenario.difficulty).toBeDefined();
    if (scenario.channel === 'chat') expect(scenario.order).toBeDefined();
  });

  it('has a finite number of paths, each ending in an ending', () => {
    expect(report.acyclic).toBe(true);
    expect(report.paths).toBeGreaterThan(0);
  });

  it('reaches every node and every ending on some path', () => {
    expect([...report.reachedNodes].sort()).toEqual(Object.keys(scenario.nodes).sort());
    expect([...report.reachedEndings].sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  it('scores every path within 0–100', () => {
    expect(report.outOfBounds).toBe(0);
    expect(report.overall.min).toBeGreaterThanOrEqual(0);
    expect(report.overall.max).toBeLessThanOrEqual(100);
  });

  it('lets no path pass that crosses a red line or ends badly, and lets some pass', () => {
    expect(report.passingDespiteFailure).toBe(0);
    expect(report.passing).toBeGreaterThan(0);
    expect(report.passing).toBe(report.passingByOutcome.retained + report.passingByOutcome.escalated);
    expect(report.passingByOutcome.lost).toBe(0);
  });

  it('marks at least one red line, and no reply that crosses one is the best at its node', () => {
    const effects = Object.values(scenario.nodes).flatMap((node) => node.choices.map((choice) => ({ node, choice })));
    expect(effects.filter(({ choice }) => choice.critical).length).toBeGreaterThan(0);
    for (const { node, choice } of effects.filter(({ choice }) => choice.critical)) {
      const best = Math.max(...node.choices.map((c) => totalPoints(effectPoints(scenario, c))));
      expect(totalPoints(effectPoints(scenario, choice)), choice.text.zh).toBeLessThan(best);
    }
  });

  it('puts no forbidden phrase in the best reply of any node', () => {
    for (const node of Object.values(scenario.nodes)) {
      const totals = node.choices.map((c) => totalPoints(effectPoints(scenario, c)));
      const best = node.choices.filter((_, i) => totals[i] === Math.max(...totals));
      for (const choice of best) expect(forbiddenMatches(choice.text.zh, scenario.forbidden), choice.text.zh).toEqual([]);
    }
  });

  it('gives the best reply away nowhere: no lint warning', () => {
    expect(lintWarnings(scenario).map((w) => w.message)).toEqual([]);
  });

  it('replays a seeded sample of paths through the machine to the same ending and score', () => {
    const machine = createScenarioMachine(scenario);
    for (const moves of samplePaths(scenario, 100, seedFrom(id))) {
      let state = startState(scenario);
      for (const move of moves) state = advance(scenario, state, effectOf(scenario, state, move)!);
      const replayed = replay(scenario, moves, { machine });
      expect(replayed.ok && replayed.played.ending).toBe(state.at);
      if (replayed.ok) expect(replayed.played.score).toEqual(scoreMoves(scenario, moves));
    }
  });
});
