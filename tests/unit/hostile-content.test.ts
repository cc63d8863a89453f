/**
 * Content files written to break the build, the lint or the engine: each is refused
 * with `file:line: place: reason`, before anything expensive runs. One fixture per case
 * under tests/fixtures/hostile/ (files too big to keep are made here from a small one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuestionFolder, readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import { analysePaths, stateGraph } from '../../src/domain/scenario/paths.ts';
import { advance, startState } from '../../src/domain/scenario/play.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { fixture } from './helpers.ts';

const DIR = 'tests/fixtures/hostile/scenarios';
const BANKS = 'tests/fixtures/hostile/banks';

const scenarioProblems = (name: string, source = readFileSync(`${DIR}/${name}.yaml`, 'utf8')) => {
  const result = loadScenario(`${DIR}/${name}.yaml`, source);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const reserved = (name: string) => `"${name}" is a name JavaScript reserves for its objects; choose another`;

describe('size limits', () => {
  it('refuses a multi-megabyte file before parsing it', () => {
    const padded = `${readFileSync(`${DIR}/long-text.yaml`, 'utf8')}\n# ${'x'.repeat(3_000_000)}\n`;
    expect(scenarioProblems('long-text', padded)).toEqual([
      `${DIR}/long-text.yaml:1: file size: ${padded.length.toLocaleString('en')} characters; a scenario file may have at most 200,000`,
    ]);
    const bank = `${readFileSync(`${BANKS}/crm-overview.yaml`, 'utf8')}# ${'x'.repeat(400_000)}\n`;
    const loaded = loadQuestionBank(`${BANKS}/crm-overview.yaml`, bank);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      `${BANKS}/crm-overview.yaml:1: file size: ${bank.length.toLocaleString('en')} characters; a question bank may have at most 400,000`,
    ]);
  });
  it('refuses hundreds of nodes, too many choices or endings, and an endless text', () => {
    expect(scenarioProblems('too-many-nodes')).toEqual([`${DIR}/too-many-nodes.yaml:8: nodes: 300 nodes; a scenario may have at most 40: split it into two`]);
    expect(scenarioProblems('too-many-choices')).toEqual([
      `${DIR}/too-many-choices.yaml:11: node "ring", choices: at most 6 choices at one node: more is not a decision a caller can weigh`,
    ]);
    expect(scenarioProblems('too-many-endings')).toEqual([`${DIR}/too-many-endings.yaml:14: endings: 13 endings; a scenario may have at most 12`]);
    expect(scenarioProblems('long-text')).toEqual([`${DIR}/long-text.yaml:9: node "ring", say, en: English text (en) is longer than 4,000 characters`]);
  });
  it('stops the path analysis at its limits instead of hanging', () => {
    expect(scenarioProblems('state-explosion')).toEqual([
      `${DIR}/state-explosion.yaml:8: nodes: the call can be in more than 5,000 different situations (node, mood, flags, visits, points): use fewer flags and conditions`,
    ]);
    expect(scenarioProblems('tally-explosion')).toEqual([
      `${DIR}/tally-explosion.yaml:8: nodes: scoring every path would take the analysis more than 200,000 steps: use fewer nodes, choices or different points`,
    ]);
  });
  it('cuts the state graph and the scoring short at the limits given', () => {
    const { scenario } = fixture('rich-call');
    const whole = stateGraph(scenario);
    expect(whole.complete).toBe(true);
    const cut = stateGraph(scenario, 2);
    expect(cut.complete).toBe(false);
    expect(analysePaths(scenario, cut).tooLarge).toBe('states');
    expect(analysePaths(scenario, whole, 1).tooLarge).toBe('tallies');
    expect(analysePaths(scenario, whole).tooLarge).toBeNull();
  });
  it('refuses a bank of more than 200 questions', async () => {
    const { problems } = await readQuestionFolder(BANKS, 'content/chapters/zh');
    expect(problems.map(formatProblem)).toContain(`${BANKS}/customer-satisfaction.yaml:3: questions: at most 200 questions in one bank`);
  });
});

describe('names JavaScript objects already carry', () => {
  it('refuses them as ids, targets and keys, with the reason', () => {
    expect(scenarioProblems('start-constructor')).toEqual([`${DIR}/start-constructor.yaml:6: start: ${reserved('constructor')}`]);
    expect(scenarioProblems('ending-constructor')).toEqual([`${DIR}/ending-constructor.yaml:37: ending "constructor": ${reserved('constructor')}`]);
    expect(scenarioProblems('weights-proto')).toEqual([`${DIR}/weights-proto.yaml:6: weights, __proto__: ${reserved('__proto__')}`]);
    expect(scenarioProblems('next-tostring')).toEqual([
      `${DIR}/next-tostring.yaml:15: node "ring", choice 1, next: use lower-case letters, digits and "-", starting with a letter; ${reserved('toString')}`,
    ]);
    expect(scenarioProblems('visited-hasownproperty')).toEqual([
      `${DIR}/visited-hasownproperty.yaml:26: node "greet", choice 1, when, visited: use lower-case letters, digits and "-", starting with a letter`,
      `${DIR}/visited-hasownproperty.yaml:26: node "greet", choice 1, when, visited: ${reserved('hasOwnProperty')}`,
    ]);
  });
  it('refuses them in question banks: a chapter, the numbers of a calculation', async () => {
    const messages = (await readQuestionFolder(BANKS, 'content/chapters/zh')).problems.map(formatProblem);
    expect(messages).toContain(`${BANKS}/constructor.yaml:1: chapter: ${reserved('constructor')}`);
    expect(messages).toContain(`${BANKS}/customer-loyalty.yaml:7: question 1, params, __proto__: ${reserved('__proto__')}`);
    expect(messages).toContain(`${BANKS}/customer-loyalty.yaml:7: question 1, params, toString: ${reserved('toString')}`);
  });
  it('never takes an inherited property for a node or an ending in the engine', () => {
    const { scenario } = fixture('tiny-call');
    const effect = { ...scenario.nodes.ring!.choices[0]!, next: [{ to: 'constructor' }] };
    expect(advance(scenario, startState(scenario), effect).ended).toBe(false);
  });
});

describe('YAML that attacks the parser', () => {
  it('refuses an alias bomb (billion laughs) at the line of its first alias', async () => {
    expect(scenarioProblems('alias-bomb')).toEqual([
      `${DIR}/alias-bomb.yaml:8: YAML aliases: the aliases (*name) expand to more than 100 copies; write the repeated parts out instead`,
    ]);
    expect((await readQuestionFolder(BANKS, 'content/chapters/zh')).problems.map(formatProblem)).toContain(
      `${BANKS}/crm-systems.yaml:4: YAML aliases: the aliases (*name) expand to more than 100 copies; write the repeated parts out instead`,
    );
  });
  it('refuses nesting deeper than the limit', () => {
    expect(scenarioProblems('deep-nesting')).toEqual([`${DIR}/deep-nesting.yaml:26: node "greet", choice 1, when, not: nested more than 24 levels deep`]);
  });
});

describe('traps only the path analysis sees', () => {
  it('finds a loop whose only exit needs a condition that never holds there', () => {
    const noWayOut = (node: string) =>
      `no way out of "${node}": on some path here, every exit needs a condition that can no longer hold, so the call can never end`;
    expect(scenarioProblems('no-way-out')).toEqual([
      `${DIR}/no-way-out.yaml:9: node "ask": ${noWayOut('ask')}`,
      `${DIR}/no-way-out.yaml:23: node "again": ${noWayOut('again')}`,
    ]);
  });
  it('refuses points that make passing impossible', () => {
    expect(scenarioProblems('cannot-pass')).toEqual([
      `${DIR}/cannot-pass.yaml:6: passMark: no path can pass: the highest overall score any path reaches is 50, below the pass mark of 60`,
    ]);
  });
  it('treats a text of invisible characters as empty, and refuses two choices that read the same', () => {
    expect(scenarioProblems('invisible-text')).toEqual([
      `${DIR}/invisible-text.yaml:21: node "greet", say, en: the English text has only invisible characters`,
    ]);
    expect(scenarioProblems('same-choices')).toEqual([
      `${DIR}/same-choices.yaml:16: node "ring", choice 2, text, zh: says the same as choice 1`,
      `${DIR}/same-choices.yaml:16: node "ring", choice 2, text, en: says the same as choice 1`,
    ]);
  });
  it('refuses options that differ only in invisible or full-width characters', async () => {
    const messages = (await readQuestionFolder(BANKS, 'content/chapters/zh')).problems.map(formatProblem);
    for (const [option, first] of [
      [3, 1],
      [5, 4],
    ])
      for (const locale of ['zh', 'en'])
        expect(messages).toContain(`${BANKS}/customer-service.yaml:8: question 1, option ${option}, ${locale}: says the same as option ${first}`);
  });
  it('refuses, in the loader the build uses, an id reused in another bank and a bank for no chapter', async () => {
    const { loaded, problems } = await readQuestionFolder(BANKS, 'content/chapters/zh');
    expect(loaded.map((b) => b.chapter)).toEqual(['crm-overview']);
    expect(problems.map(formatProblem).filter((m) => m.startsWith(`${BANKS}/crm.yaml`))).toEqual([
      `${BANKS}/crm.yaml:2: chapter: no chapter is called "crm": a bank is named after its chapter's file`,
      `${BANKS}/crm.yaml:4: question 1, id: the id "crm-overview-01" is already used in ${BANKS}/crm-overview.yaml`,
    ]);
  });
  it('loads no hostile scenario', async () => {
    expect((await readScenarioFolder(DIR)).loaded).toEqual([]);
  });
});
