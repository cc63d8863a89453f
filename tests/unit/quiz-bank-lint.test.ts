/** Question bank files with the new types: what is accepted, and what is refused with file:line. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { crossBankIssues, formatSummary, summariseBank } from '../../src/domain/quiz/lint-banks.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import type { QuestionBank } from '../../src/schemas/question.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';

const FILE = 'content/questions/ch.yaml';
const load = (body: string) => loadQuestionBank(FILE, `chapter: ch\nquestions:\n${body}`);
const messages = (body: string) => {
  const r = load(body);
  return r.ok ? [] : r.problems.map(formatProblem);
};

const point = (zh: string, en: string, marks = 1) => `      - text: { zh: 要点, en: point }
        marks: ${marks}
        keywords: { zh: [${zh}], en: [${en}] }
`;
const term = (points = point('保持率', 'retention'), answer = '{ zh: 客户保持率是留下的比例。, en: The retention rate is the share kept. }') => `  - id: ch-01
    type: term
    section: s
    prompt: { zh: 客户保持率, en: retention rate }
    modelAnswer: ${answer}
    points:
${points}`;
const calc = (extra = '') => `  - id: ch-02
    type: calc
    section: s
    template: retention-rate
    explanation: { zh: 说明, en: Explanation }
${extra}`;

describe('written and calculation questions in a bank file', () => {
  it('accepts a term, a short answer, a case and a calculation', () => {
    const kase = `  - id: ch-03
    type: case
    section: s
    prompt: { zh: 阅读案例, en: Read the case }
    case: { zh: 一家店……, en: A shop… }
    parts:
      - prompt: { zh: 问一, en: Q1 }
        modelAnswer: { zh: 要倾听。, en: Listen first. }
        points:
${point('倾听', 'listen*').replace(/^(?=.)/gm, '    ')}      - prompt: { zh: 问二, en: Q2 }
        modelAnswer: { zh: 要道歉。, en: Apologise. }
        points:
${point('道歉', 'apologi*').replace(/^(?=.)/gm, '    ')}`;
    const short = term().replace('ch-01', 'ch-04').replace('type: term', 'type: short');
    const r = load(term() + calc('    params: { atStart: 800, gained: 150, atEnd: 860 }\n    context: { zh: 某银行网点, en: A bank branch }\n') + kase + short);
    expect(r.ok ? r.value.questions.map((q) => q.type) : r.problems.map(formatProblem)).toEqual(['term', 'calc', 'case', 'short']);
  });

  it('names the line of a missing model answer, a fractional mark and an empty keyword list', () => {
    expect(messages(term().replace(/ {4}modelAnswer: .*\n/, ''))).toEqual([`${FILE}:3: question 1, modelAnswer: "modelAnswer" is missing`]);
    expect(messages(term(point('保持率', 'retention', 1.5)))).toEqual([`${FILE}:10: question 1, point 1, marks: Invalid input: expected int, received number`]);
    expect(messages(term(point('', 'retention')))).toEqual([`${FILE}:11: question 1, point 1, keywords, zh: give at least one keyword`]);
  });

  it('refuses a case with one part', () => {
    const one = `  - id: ch-01
    type: case
    section: s
    prompt: { zh: 阅读案例, en: Read the case }
    case: { zh: 一家店, en: A shop }
    parts:
      - prompt: { zh: 问一, en: Q1 }
        modelAnswer: { zh: 要倾听。, en: Listen first. }
        points:
${point('倾听', 'listen').replace(/^(?=.)/gm, '    ')}`;
    expect(messages(one)).toEqual([`${FILE}:9: question 1, parts: Too small: expected array to have >=2 items`]);
  });

  it("refuses a model answer that misses a point's keywords, and a keyword with an empty variant", () => {
    expect(messages(term(point('流失率', 'retention')))).toEqual([
      `${FILE}:11: question 1, point 1, keywords, zh: no keyword of this point occurs in the model answer (zh): the model answer must make every point`,
    ]);
    expect(messages(term(point('保持率', '"retention|"')))).toEqual([
      `${FILE}:11: question 1, point 1, keywords, en: the keyword "retention|" has an empty variant (check the "|")`,
    ]);
  });

  it('refuses an unknown template, an unknown or out-of-range number, and fixed numbers that leave no valid question', () => {
    expect(messages(calc().replace('retention-rate', 'ebitda'))[0]).toMatch(
      new RegExp(`^${FILE}:6: question 1, template: Invalid option: expected one of "clv"\\|`),
    );
    expect(messages(calc('    params: { atStrat: 800 }\n'))).toEqual([
      `${FILE}:8: question 1, params, atStrat: "retention-rate" has no number "atStrat"; it has: atStart, gained, atEnd`,
    ]);
    expect(messages(calc('    params: { atStart: 805 }\n'))).toEqual([`${FILE}:8: question 1, params, atStart: 805 is outside 400…2000 (in steps of 10)`]);
    expect(messages(calc('    params: { atStart: 400, gained: 20, atEnd: 2400 }\n'))).toEqual([
      `${FILE}:8: question 1, params: these fixed numbers leave no valid "retention-rate" question`,
    ]);
  });
});

describe('rules for every question', () => {
  it('refuses two options that say the same, in either language', () => {
    expect(
      messages(`  - id: ch-01
    type: single
    section: s
    prompt: { zh: 问, en: Q }
    explanation: { zh: 答, en: A }
    options: [{ zh: 甲, en: Same }, { zh: 乙, en: B }, { zh: 甲 , en: same }]
    answer: 0
`),
    ).toEqual([`${FILE}:8: question 1, option 3, zh: says the same as option 1`, `${FILE}:8: question 1, option 3, en: says the same as option 1`]);
  });
  it('refuses a translation of invisible characters only', () => {
    expect(
      messages(`  - { id: ch-01, type: truefalse, section: s, prompt: { zh: 问, en: "\\u200b\\u200d" }, explanation: { zh: 答, en: A }, answer: true }\n`),
    ).toEqual([`${FILE}:3: question 1, prompt, en: the English text has only invisible characters`]);
    expect(messages(term().replace('prompt: { zh: 客户保持率', 'prompt: { zh: "\\u2060"'))).toEqual([
      `${FILE}:6: question 1, prompt, zh: the Chinese text has only invisible characters`,
    ]);
  });
});

describe('across banks', () => {
  const bank = (chapter: string, ids: string[]): QuestionBank => ({
    chapter,
    questions: ids.map((id) => ({ id, type: 'truefalse', section: 's', prompt: { zh: '问', en: 'Q' }, explanation: { zh: '答', en: 'A' }, answer: true })),
  });
  it('finds an id used in another bank and a bank whose chapter does not exist', () => {
    const issues = crossBankIssues(
      [
        { file: 'a.yaml', bank: bank('crm-overview', ['crm-overview-01']) },
        { file: 'b.yaml', bank: bank('crm', ['crm-overview-01', 'crm-02']) },
      ],
      ['crm-overview'],
    );
    expect(issues.get('a.yaml')).toEqual([]);
    expect(issues.get('b.yaml')).toEqual([
      { path: ['chapter'], message: 'no chapter is called "crm": a bank is named after its chapter\'s file' },
      { path: ['questions', 0, 'id'], message: 'the id "crm-overview-01" is already used in a.yaml' },
    ]);
  });
  it('summarises a bank by type', () => {
    expect(formatSummary(summariseBank(bank('crm-overview', ['crm-overview-01', 'crm-overview-02'])))).toContain('crm-overview: 2 question(s) (truefalse 2)');
  });
});

// Each run starts Node and loads every bank: seconds, more on a busy machine.
describe('npm run lint:questions', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli/lint-questions.ts', ...args], { encoding: 'utf8' });
  it('prints every problem as file:line and fails', () => {
    const r = run('tests/fixtures/questions/bad');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'tests/fixtures/questions/bad/crm-systems.yaml:9: question 2, option 2, en: says the same as option 1',
      'tests/fixtures/questions/bad/crm-systemz.yaml:1: chapter: no chapter is called "crm-systemz": a bank is named after its chapter\'s file',
      'tests/fixtures/questions/bad/crm.yaml:2: chapter: no chapter is called "crm": a bank is named after its chapter\'s file',
      'tests/fixtures/questions/bad/crm.yaml:4: question 1, id: the id "crm-overview-01" is already used in tests/fixtures/questions/bad/crm-overview.yaml',
    ]);
  });
  it('passes the shipped banks and prints a summary of each', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^crm-overview: \d+ question\(s\) \(single \d+, multiple \d+, truefalse \d+, ordering \d+, dialogue \d+/m);
    expect(r.stdout).toMatch(/9 bank\(s\), \d+ question\(s\), 0 problem\(s\)/);
  });
});
