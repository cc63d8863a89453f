/** Mood, flags, conditions, routes, time-outs, take-backs and forbidden phrases. */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/domain/scenario/moves.ts';
import { offeredChoices, startState } from '../../src/domain/scenario/play.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { judgeMoves, scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { fixture } from './helpers.ts';

const { scenario } = fixture('rich-call');
const played = (steps: Step[]) => {
  const result = replay(scenario, steps);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.played;
};

describe('customer mood', () => {
  it('starts where the scenario says and moves with each choice, within −3…+3', () => {
    expect(startState(scenario).mood).toBe(-2);
    expect(played([{ node: 'outburst', choice: 0 }]).state.mood).toBe(0);
    expect(played([{ node: 'outburst', choice: 1 }]).state.mood).toBe(-3);
    expect(
      played([
        { node: 'outburst', choice: 1 },
        { node: 'offer', choice: 1 },
      ]).state.mood,
    ).toBe(-3);
  });

  it('decides the route: a customer still angry escalates, a calmed one accepts', () => {
    expect(
      played([
        { node: 'outburst', choice: 0 },
        { node: 'offer', choice: 0 },
      ]).ending,
    ).toBe('solved');
    expect(
      played([
        { node: 'outburst', choice: 1 },
        { node: 'offer', choice: 0 },
      ]).ending,
    ).toBe('escalated');
  });
});

describe('flags and conditions', () => {
  it('offers a choice only when its condition holds', () => {
    expect(offeredChoices(scenario, played([{ node: 'outburst', choice: 0 }]).state)).toEqual([0, 1, 2]);
    expect(offeredChoices(scenario, played([{ node: 'outburst', choice: 1 }]).state)).toEqual([0, 1]);
  });

  it('refuses a transcript that takes a choice that was not offered', () => {
    expect(
      replay(scenario, [
        { node: 'outburst', choice: 1 },
        { node: 'offer', choice: 2 },
      ]),
    ).toEqual({
      ok: false,
      refusal: { code: 'choice-not-offered', step: 1, node: 'offer', choice: 2 },
    });
  });

  it('records flags set by choices', () => {
    expect(played([{ node: 'outburst', choice: 0 }]).state.flags).toEqual(['apologised']);
  });
});

describe('timed moments', () => {
  it('a time-out is a move in the transcript, with its own effect and route', () => {
    const result = played([{ node: 'outburst', timeout: true }]);
    expect(result.node).toBe('offer');
    expect(result.state.mood).toBe(-3);
    expect(result.score.competencies.empathy).toEqual({ earned: -1, possible: 3, percent: 0 });
  });

  it('a node without a time limit cannot time out', () => {
    expect(
      replay(scenario, [
        { node: 'outburst', choice: 0 },
        { node: 'offer', timeout: true },
      ]),
    ).toEqual({
      ok: false,
      refusal: { code: 'no-time-limit', step: 1, node: 'offer' },
    });
  });
});

describe('taking back a choice', () => {
  const steps: Step[] = [{ node: 'outburst', choice: 1 }, { undo: true }, { node: 'outburst', choice: 0 }, { node: 'offer', choice: 2 }];

  it('replays to the same result as never having made the taken-back choice', () => {
    const withUndo = played(steps);
    const without = played([
      { node: 'outburst', choice: 0 },
      { node: 'offer', choice: 2 },
    ]);
    expect(withUndo.ending).toBe('solved');
    expect(JSON.stringify(withUndo.score)).toBe(JSON.stringify(without.score));
    expect(withUndo.moves).toEqual([
      { node: 'outburst', choice: 0 },
      { node: 'offer', choice: 2 },
    ]);
  });

  it('is refused in test mode, and when there is nothing to take back', () => {
    expect(replay(scenario, steps, { mode: 'test' })).toEqual({ ok: false, refusal: { code: 'undo-in-test-mode', step: 1 } });
    expect(replay(scenario, [{ undo: true }])).toEqual({ ok: false, refusal: { code: 'nothing-to-take-back', step: 0 } });
  });
});

describe('forbidden phrases', () => {
  it('penalise a choice that uses one from the shared list, and name it', () => {
    const [judged] = judgeMoves(scenario, [{ node: 'outburst', choice: 1 }]);
    expect(judged!.points.courtesy).toBe(-2);
    expect(judged!.forbidden.map((f) => f.quotes)).toEqual([['你知道吗']]);
    expect(judged!.weak).toBe(true);
    expect(judged!.best).toBe(0);
  });

  it("include the scenario's own additions", () => {
    const judged = judgeMoves(scenario, [
      { node: 'outburst', choice: 0 },
      { node: 'offer', choice: 1 },
    ]);
    expect(judged[1]!.forbidden.map((f) => f.phrase.phrase.zh)).toEqual(['没办法']);
  });
});

describe('weights and the pass mark', () => {
  it('weights competencies in the overall score and compares it with the pass mark', () => {
    const best = scoreMoves(scenario, [
      { node: 'outburst', choice: 0 },
      { node: 'offer', choice: 2 },
    ]);
    // courtesy 1/1 → 100, empathy 4/4 → 100 (weight 2), solving 1/2 → 50: (100 + 2×100 + 50) / 4 = 87.5
    expect(best.competencies.empathy.percent).toBe(100);
    expect(best.overall).toBe(88);
    expect(best.passed).toBe(true);
    const poor = scoreMoves(scenario, [
      { node: 'outburst', timeout: true },
      { node: 'offer', choice: 0 },
    ]);
    // courtesy 0/1 → 0, empathy −1/3 → 0 (weight 2), solving 2/2 → 100: 100 / 4 = 25
    expect(poor.overall).toBe(25);
    expect(poor.passed).toBe(false);
    const worst = scoreMoves(scenario, [
      { node: 'outburst', choice: 1 },
      { node: 'offer', choice: 1 },
    ]);
    expect(worst.passed).toBe(false);
  });
});

describe('lint rules for the richer format', () => {
  const messages = async (name: string) => {
    const { problems } = await readScenarioFolder('tests/fixtures/scenarios/broken');
    return problems.filter((p) => p.file.endsWith(`/${name}.yaml`)).map(formatProblem);
  };
  const at = (name: string) => `tests/fixtures/scenarios/broken/${name}.yaml`;

  it('rejects a condition on a flag no choice sets', async () => {
    expect(await messages('unknown-flag')).toEqual([
      `${at('unknown-flag')}:55: node "offer", choice 3, when: the condition tests the flag "apologized", which no choice sets`,
    ]);
  });
  it('rejects a condition on a node that does not exist', async () => {
    expect(await messages('unknown-visited')).toEqual([
      `${at('unknown-visited')}:55: node "offer", choice 3, when: the condition asks whether "apology" was visited, but there is no such node`,
    ]);
  });
  it('rejects a mood outside its scale', async () => {
    expect(await messages('mood-out-of-scale')).toEqual([
      `${at('mood-out-of-scale')}:44: node "offer", choice 1, route 1, if, mood, max: mood runs from -3 to 3`,
    ]);
  });
  it('rejects a warranted ending that is not an escalation', async () => {
    expect(await messages('warranted-retained')).toEqual([
      `${at('warranted-retained')}:22: ending "solved", warranted: only an escalation can be warranted; this ending's outcome is "retained"`,
    ]);
  });
  it('rejects routes without a final default', async () => {
    expect(await messages('no-default-route')).toEqual([
      `${at('no-default-route')}:44: node "offer", choice 1, next: the last route must have no "if", so every case leads somewhere`,
    ]);
  });
  it('rejects a node that may offer fewer than two choices', async () => {
    expect(await messages('conditional-choices')).toEqual([
      `${at('conditional-choices')}:40: node "offer", choices: at least two choices must be offered without a "when", so the learner always has a decision`,
    ]);
  });
});
