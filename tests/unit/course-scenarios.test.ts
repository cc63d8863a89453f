/**
 * Every scenario the course ships: valid, and every path through it (each simple
 * path by node, enumerated by xstate/graph) ends in an ending with scores in bounds.
 */
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { COMPETENCIES } from '../../src/domain/scenario/competencies.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { createScenarioMachine, type PlayEvent } from '../../src/domain/scenario/machine.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';

const { loaded, problems } = await readScenarioFolder('scenarios');

it('every scenario file is valid', () => {
  expect(problems.map(formatProblem)).toEqual([]);
  expect(loaded.length).toBeGreaterThan(0);
});

describe.each(loaded.map((l) => [l.scenario.id, l] as const))('scenario %s', (_, { scenario }) => {
  const machine = createScenarioMachine(scenario);
  const most = Math.max(...Object.values(scenario.nodes).map((node) => node.choices.length));
  const events: PlayEvent[] = [...Array.from({ length: most }, (_, choice) => ({ type: 'learner.choose' as const, choice })), { type: 'timer.expired' }];
  // A state is the node plus what conditions can see of the call's history.
  const toEnding = getSimplePaths(machine, {
    events,
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.state.mood, [...snapshot.context.state.flags].sort()]),
    toState: (snapshot) => snapshot.status === 'done',
  });

  it(`has ${toEnding.length} paths to an ending`, () => expect(toEnding.length).toBeGreaterThan(0));

  it('has at least 5 decision points, 3 endings of different outcomes and 3 competencies', () => {
    expect(Object.keys(scenario.nodes).length).toBeGreaterThanOrEqual(5);
    expect(new Set(Object.values(scenario.endings).map((e) => e.outcome)).size).toBeGreaterThanOrEqual(3);
    const used = new Set(Object.values(scenario.nodes).flatMap((n) => n.choices.flatMap((c) => Object.keys(c.scores))));
    expect(used.size).toBeGreaterThanOrEqual(3);
  });

  it('reaches every ending by some path', () => {
    const reached = new Set(toEnding.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  it('visits every node on some path to an ending (no stuck state)', () => {
    const visited = new Set(toEnding.flatMap((p) => p.steps.map((s) => String(s.state.value))));
    for (const node of Object.keys(scenario.nodes)) expect(visited, `node ${node}`).toContain(node);
  });

  it('scores every path within bounds', () => {
    expect(toEnding.length).toBeGreaterThan(0);
    for (const path of toEnding) {
      const { competencies, overall } = scoreMoves(scenario, path.state.context.moves);
      for (const c of COMPETENCIES) {
        const { earned, possible, percent } = competencies[c];
        expect(earned).toBeLessThanOrEqual(possible);
        if (percent !== null) expect(percent >= 0 && percent <= 100).toBe(true);
      }
      expect(overall === null || (overall >= 0 && overall <= 100)).toBe(true);
    }
  }, 120_000);

  it('replays paths to the same ending and score as the machine reached', () => {
    // Every path is scored above; replaying a spread of up to 300 of them keeps this test quick.
    const stride = Math.max(1, Math.floor(toEnding.length / 300));
    for (let i = 0; i < toEnding.length; i += stride) {
      const path = toEnding[i]!;
      const replayed = replay(scenario, path.state.context.moves, { machine });
      expect(replayed.ok && replayed.played.ending).toBe(String(path.state.value));
      if (replayed.ok) expect(replayed.played.score).toEqual(scoreMoves(scenario, path.state.context.moves));
    }
  }, 120_000);
});
