/** Lint warnings: a scenario that works but gives the best reply away, or rushes the learner. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintWarnings, replyStats } from '../../src/domain/scenario/lint.ts';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import { formatProblem, locateIssues } from '../../src/domain/yaml/load-yaml.ts';
import { fixture } from './helpers.ts';

const FILE = 'tests/fixtures/scenarios/warnings/giveaway.yaml';
const source = readFileSync(FILE, 'utf8');
const loaded = loadScenario(FILE, source);

describe('lint warnings', () => {
  it('never stop a scenario from loading', () => {
    expect(loaded.ok).toBe(true);
  });

  it('report each give-away with its statistics, at its file and line', () => {
    if (!loaded.ok) throw new Error('fixture does not load');
    const lines = locateIssues(FILE, source, lintWarnings(loaded.value.scenario)).map(formatProblem);
    expect(lines).toEqual([
      `${FILE}:11: nodes: the best reply is the longest at 2 of 2 nodes (100%), where chance alone gives about 1: greet, ask; learners learn to pick the longest`,
      `${FILE}:11: nodes: the best reply is listed first at 2 of 2 nodes (100%), where chance alone gives about 1: greet, ask`,
      `${FILE}:14: node "greet", timeLimit, seconds: 5 s is too short to read the choices: allow at least 13 s (5 characters a second, plus 5 s)`,
      `${FILE}:29: node "ask", choice 1, text, zh: 173 characters: a turn longer than 150 is a monologue; say one thing and let the customer answer`,
      `${FILE}:34: node "ask", choice 2, text, zh: 2 question marks: ask one question per turn`,
    ]);
  });

  it('count the nodes where the best reply is longest, shortest or first, against chance', () => {
    // outburst: the best reply is the shorter of two; offer: two replies tie for best, the first and the longest.
    expect(replyStats(fixture('rich-call').scenario)).toEqual({
      bestIsLongest: ['offer'],
      bestIsShortest: ['outburst', 'offer'],
      bestIsFirst: ['outburst', 'offer'],
      expectedByChance: 1 / 2 + 1 / 3,
    });
  });
});
