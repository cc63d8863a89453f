/**
 * Customer variants: drawn from a seed, stored with the attempt, and reproduced by
 * everything that replays a call (the machine, the scoring, the path analysis, the
 * gradebook); and the lint's messages about variants that do not fit together.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import { analysePaths } from '../../src/domain/scenario/paths.ts';
import { startState } from '../../src/domain/scenario/play.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { drawVariant, everyVariant, playedAs, variantMet } from '../../src/domain/scenario/variants.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { rescoreAttempt, versionKey } from '../../src/domain/gradebook/rescore.ts';
import type { ResultAttempt } from '../../src/domain/assignment/result-file.ts';
import { attemptRecord } from '../../src/storage/records/attempt.ts';
import { upgradeAttempt } from '../../src/storage/records/upgrade.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';

const FILE = 'tests/fixtures/scenarios/variant-call.yaml';

/** A small call whose second customer starts angrier: the same reply then loses her. */
const SOURCE = `id: variant-call
title: { zh: 变体测试电话, en: A call with variants }
summary: { zh: 两位客户。, en: Two customers. }
context: { zh: '{name}来电，问{product}的事。', en: '{name} calls about the {product}.' }
chapter: customer-service#telephone-etiquette
mood: 0
variants:
  - id: calm
    label: { zh: 平和的李女士, en: calm Ms Li }
    details:
      name: { zh: 李女士, en: Ms Li }
      product: { zh: 电饭煲, en: rice cooker }
  - id: angry
    label: { zh: 生气的赵女士, en: angry Ms Zhao }
    mood: -2
    flags: [short-fuse]
    details:
      name: { zh: 赵女士, en: Ms Zhao }
      product: { zh: 空调, en: air conditioner }
start: greet
nodes:
  greet:
    say: { zh: '我的{product}坏了。', en: 'My {product} is broken.' }
    choices:
      - text: { zh: '{name}，对不起，我马上查。', en: "I'm sorry, {name}; I'll look into it now." }
        feedback: { zh: 先道歉。, en: Apologise first. }
        scores: { courtesy: 2, empathy: 1 }
        mood: 1
        next:
          - if: { mood: { min: 0 } }
            to: solved
          - to: grudging
      - text: { zh: 请您等一下。, en: Please hold. }
        feedback: { zh: 没有回应她。, en: That ignores her. }
        scores: { courtesy: -1 }
        next:
          - if: { flag: short-fuse }
            to: hung-up
          - to: grudging
endings:
  solved:
    outcome: retained
    title: { zh: 解决了, en: Solved }
    debrief: { zh: '{name}满意。', en: '{name} is pleased.' }
  grudging:
    outcome: retained
    title: { zh: 勉强接受, en: Grudging }
    debrief: { zh: 客户勉强接受。, en: The customer grudgingly accepts. }
  hung-up:
    outcome: lost
    title: { zh: 客户挂断, en: Hung up }
    debrief: { zh: 客户挂断。, en: The caller hangs up. }
`;

function load(source: string): Scenario {
  const result = loadScenario(FILE, source);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value.scenario;
}

function problems(source: string): string[] {
  const result = loadScenario(FILE, source);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const scenario = load(SOURCE);

describe('drawing a customer', () => {
  it('draws the same variant from the same seed, and each variant from some seed', () => {
    const draws = Array.from({ length: 40 }, (_, seed) => drawVariant(scenario, seed));
    expect(Array.from({ length: 40 }, (_, seed) => drawVariant(scenario, seed))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set(['calm', 'angry']));
  });

  it('has nothing to draw in a scenario without variants', () => {
    expect(drawVariant({ ...scenario, variants: undefined }, 7)).toBeUndefined();
  });

  it('fills in the details, the starting mood and flags of the variant met, and plays the first by default', () => {
    const angry = playedAs(scenario, 'angry');
    expect(angry.context).toEqual({ zh: '赵女士来电，问空调的事。', en: 'Ms Zhao calls about the air conditioner.' });
    expect(angry.nodes.greet!.choices[0]!.text.en).toBe("I'm sorry, Ms Zhao; I'll look into it now.");
    expect(angry.endings.solved!.debrief.zh).toBe('赵女士满意。');
    expect(startState(angry)).toMatchObject({ mood: -2, flags: ['short-fuse'] });
    expect(variantMet(angry)?.label.en).toBe('angry Ms Zhao');
    // Unknown or absent: the first variant, as every attempt stored before variants.
    expect(playedAs(scenario)).toBe(playedAs(scenario, 'calm'));
    expect(playedAs(scenario, 'gone')).toBe(playedAs(scenario, 'calm'));
    expect(startState(scenario)).toEqual(startState(playedAs(scenario, 'calm')));
    expect(playedAs(scenario).context.en).toBe('Ms Li calls about the rice cooker.');
  });
});

describe('replaying with a variant', () => {
  const apology = [{ node: 'greet', choice: 0 }];
  const hold = [{ node: 'greet', choice: 1 }];

  it('reproduces the ending and score each customer gives the same reply', () => {
    const calm = replay(playedAs(scenario, 'calm'), apology);
    const angry = replay(playedAs(scenario, 'angry'), apology);
    expect(calm.ok && calm.played.ending).toBe('solved');
    expect(angry.ok && angry.played.ending).toBe('grudging');
    expect(angry.ok && angry.played.score).toEqual(scoreMoves(playedAs(scenario, 'angry'), apology));
    const heldAngry = replay(playedAs(scenario, 'angry'), hold);
    expect(heldAngry.ok && heldAngry.played.ending).toBe('hung-up');
    expect(heldAngry.ok && heldAngry.played.score.passed).toBe(false);
  });

  it('re-scores a handed-in attempt as the customer it met, and an attempt without one as the first', () => {
    const hash = 'abc';
    const versions = new Map([[versionKey(scenario.id, hash), scenario]]);
    const attempt = (variant?: string): ResultAttempt => ({
      id: `a-${variant}`,
      scenarioId: scenario.id,
      contentHash: hash,
      locale: 'zh',
      mode: 'practice',
      timing: 'standard',
      extraShare: 0,
      status: 'finished',
      startedAt: 1,
      finishedAt: 2,
      steps: hold,
      ...(variant && { variant }),
    });
    const memo = new Map();
    const angry = rescoreAttempt(attempt('angry'), versions, { passMark: 0 }, memo);
    const first = rescoreAttempt(attempt(), versions, { passMark: 0 }, memo);
    expect(angry.status === 'scored' && angry.played.ending).toBe('hung-up');
    expect(first.status === 'scored' && first.played.ending).toBe('grudging');
  });
});

describe('the path analysis', () => {
  it('analyses every variant: the flag and the starting mood change which endings each reaches', () => {
    const reports = everyVariant(scenario).map((played) => [variantMet(played)!.id, analysePaths(played)] as const);
    expect(reports.map(([id, r]) => [id, [...r.reachedEndings].sort()])).toEqual([
      ['calm', ['grudging', 'solved']],
      ['angry', ['grudging', 'hung-up']],
    ]);
  });
});

describe('the lint on variants', () => {
  it('reports a placeholder no variant defines, at its line', () => {
    const source = SOURCE.replace("say: { zh: '我的{product}坏了。'", "say: { zh: '我的{model}坏了。'");
    expect(problems(source)).toContain(`${FILE}:23: node "greet", say: "{model}" is not a detail any variant defines`);
  });

  it('reports a variant missing a detail the others define', () => {
    const source = SOURCE.replace('      product: { zh: 空调, en: air conditioner }\n', '');
    expect(problems(source)).toContain(`${FILE}:13: variants, 1: the variant "angry" does not define "product"`);
  });

  it('reports a duplicate variant id', () => {
    expect(problems(SOURCE.replace('- id: angry', '- id: calm'))).toContain(`${FILE}:13: variants, 1, id: the variant id "calm" is used twice`);
  });

  it('reports a detail in the title, and a placeholder in a scenario without variants', () => {
    expect(problems(SOURCE.replace('title: { zh: 变体测试电话', "title: { zh: '{name}的电话'"))).toContain(
      `${FILE}:2: title: "{name}": the title is shown before a customer is drawn, so it cannot name a detail`,
    );
    const single = SOURCE.replace(/variants:[\s\S]*?start:/, 'start:').replace('{ flag: short-fuse }', '{ mood: { max: -1 } }');
    expect(problems(single)).toContain(`${FILE}:4: context: "{name}" names a detail, but the scenario has no variants`);
  });

  it('counts a variant flag as set, so a condition may test it', () => {
    expect(problems(SOURCE)).toEqual([]);
  });
});

describe('the stored attempt', () => {
  const base = {
    id: 'x',
    format: 2,
    scenarioId: 'variant-call',
    contentHash: 'abc',
    locale: 'zh',
    mode: 'practice',
    timing: 'standard',
    status: 'active',
    startedAt: 1,
    updatedAt: 1,
    steps: [{ node: 'greet', choice: 0 }],
  };

  it('keeps the variant and seed it was drawn from', () => {
    const stored = attemptRecord.parse({ ...base, variant: 'angry', seed: 12345 });
    expect(upgradeAttempt(stored)).toMatchObject({ variant: 'angry', seed: 12345 });
  });

  it('reads an attempt without one as valid, met by the first variant', () => {
    const stored = attemptRecord.parse(base);
    expect(stored.variant).toBeUndefined();
    expect(variantMet(playedAs(scenario, upgradeAttempt(stored).variant))?.id).toBe('calm');
  });
});
