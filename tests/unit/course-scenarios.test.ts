/**
 * Every scenario the course ships: valid, and every path through it (each simple
 * path by node, enumerated by xstate/graph) ends in an ending with scores in bounds.
 */
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { COMPETENCIES } from '../../src/domain/scenario/competencies.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { createScenarioMachine } from '../../src/domain/scenario/machine.ts';
import { replay } from '../../src/domain/scenario/replay.ts';

const { loaded, problems } = await readScenarioFolder('scenarios');

it('every scenario file is valid', () => {
  expect(problems.map(formatProblem)).toEqual([]);
  expect(loaded.length).toBeGreaterThan(0);
});

describe.each(loaded.map((l) => [l.scenario.id, l] as const))('scenario %s', (_, { scenario }) => {
  const machine = createScenarioMachine(scenario);
  const events = Object.values(scenario.nodes).flatMap((node) => node.choices.map((_, choice) => ({ type: 'learner.choose' as const, choice })));
  const uniqueEvents = [...new Map(events.map((e) => [e.choice, e])).values()];
  const toEnding = getSimplePaths(machine, {
    events: uniqueEvents,
    serializeState: (snapshot) => String(snapshot.value),
    toState: (snapshot) => snapshot.status === 'done',
  });

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

  it('scores every path within bounds, and replays it to the same result', () => {
    expect(toEnding.length).toBeGreaterThan(0);
    for (const path of toEnding) {
      const steps = path.state.context.steps;
      const replayed = replay(scenario, steps, machine);
      expect(replayed.ok).toBe(true);
      if (!replayed.ok) continue;
      expect(replayed.played.ending).toBe(String(path.state.value));
      for (const c of COMPETENCIES) {
        const { earned, possible, percent } = replayed.played.score.competencies[c];
        expect(earned).toBeLessThanOrEqual(possible);
        if (percent !== null) expect(percent).toBeGreaterThanOrEqual(0);
        if (percent !== null) expect(percent).toBeLessThanOrEqual(100);
      }
      const { overall } = replayed.played.score;
      expect(overall === null || (overall >= 0 && overall <= 100)).toBe(true);
    }
  }, 120_000);
});
