/**
 * Role-play attempts, quiz answers and mock exams become xAPI 1.0.3 statements: each kind
 * valid against a schema written from the specification, with deterministic ids, the ADL
 * verbs, the decision points as choice interactions, and the context the LRS needs.
 */
import { describe, expect, it } from 'vitest';
import { actorOf } from '../../src/domain/xapi/actor.ts';
import { answerStatement } from '../../src/domain/xapi/answer-statements.ts';
import { attemptStatements, movesThatCount } from '../../src/domain/xapi/attempt-statements.ts';
import { isoDuration } from '../../src/domain/xapi/duration.ts';
import { examStatements } from '../../src/domain/xapi/exam-statements.ts';
import type { Statement, StatementSetting } from '../../src/domain/xapi/statement.ts';
import { uuidV5 } from '../../src/domain/xapi/uuid.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import type { Attempt } from '../../src/storage/records/attempt.ts';
import type { ExamAttempt } from '../../src/storage/records/exam.ts';
import { tinyScenario } from './helpers.ts';
import { statementErrors } from './xapi-statement-schema.ts';

const SITE = 'https://dojo.example/course/';
const setting: StatementSetting = {
  site: SITE,
  actor: actorOf({ name: '王小明', studentNumber: '2301001' }, SITE, 'Class-2301-a', 'device-1'),
  assignment: { id: 'Class-2301-a', title: '投诉演练' },
};
const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));

function attempt(steps: Attempt['steps'], over: Partial<Attempt> = {}): Attempt {
  const { scenario, hash } = tinyScenario();
  const score = scoreMoves(scenario, movesThatCount(steps));
  return {
    id: 'attempt-1',
    format: 2,
    scenarioId: scenario.id,
    contentHash: hash,
    locale: 'zh',
    mode: 'practice',
    timing: 'standard',
    assignmentId: 'Class-2301-a',
    status: 'finished',
    startedAt: 1_800_000_000_000,
    updatedAt: 1_800_000_095_500,
    finishedAt: 1_800_000_095_500,
    steps,
    ending: 'solved',
    score,
    ...over,
  };
}

describe('a role-play attempt', () => {
  const { scenario, hash } = tinyScenario();
  const played = attempt([{ node: 'ring', choice: 1 }, { undo: true }, { node: 'ring', choice: 0 }, { node: 'greet', choice: 0 }]);

  it('begun: one experienced statement; in between: none; finished: a statement per decision point that counts, completed, then passed or failed', () => {
    expect(verbs(attemptStatements({ ...played, status: 'active', steps: [], finishedAt: undefined, score: undefined }, scenario, setting))).toEqual([
      'experienced',
    ]);
    // The player begins an attempt with its first step in one write: that is its beginning too.
    const begun = {
      ...played,
      status: 'active' as const,
      steps: played.steps.slice(0, 1),
      updatedAt: played.startedAt,
      finishedAt: undefined,
      score: undefined,
    };
    expect(verbs(attemptStatements(begun, scenario, setting))).toEqual(['experienced']);
    expect(attemptStatements({ ...begun, updatedAt: begun.startedAt + 1 }, scenario, setting)).toEqual([]);
    const statements = attemptStatements(played, scenario, setting);
    expect(verbs(statements)).toEqual(['answered', 'answered', 'completed', played.score!.passed ? 'passed' : 'failed']);
    for (const s of statements) expect(statementErrors(s), s.verb.id).toEqual([]);
  });

  it('each decision point is a choice interaction: the choices offered, the best as correct, the one taken as the response', () => {
    const [first] = attemptStatements(played, scenario, setting);
    expect(first!.object.id).toBe(`${SITE}scenarios/${scenario.id}/#decision-ring`);
    expect(first!.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: scenario.nodes.ring!.choices.map((c, i) => ({ id: `choice-${i}`, description: { 'zh-CN': c.text.zh, en: c.text.en } })),
    });
    expect(first!.object.definition!.correctResponsesPattern).toHaveLength(1);
    expect(first!.result).toMatchObject({ response: 'choice-0' });
  });

  it('the result carries score, completion, success and the time taken; the context the course, assignment and version', () => {
    const statements = attemptStatements(played, scenario, setting);
    const verdict = statements.at(-1)!;
    expect(verdict.result).toMatchObject({
      score: { raw: played.score!.overall, min: 0, max: 100, scaled: played.score!.overall! / 100 },
      completion: true,
      success: played.score!.passed,
      duration: 'PT1M35.5S',
    });
    expect(verdict.context!.contextActivities!.grouping!.map((a) => a.id)).toEqual([SITE, `${SITE}assignment/#Class-2301-a`]);
    expect(verdict.context!.extensions).toMatchObject({ [`${SITE}xapi/extensions/content-hash`]: hash });
    expect(verdict.context!.language).toBe('zh-CN');
    // One registration for the whole attempt.
    expect(new Set(statements.map((s) => s.context!.registration)).size).toBe(1);
    expect(verdict.actor).toEqual({ objectType: 'Agent', name: '王小明', account: { homePage: `${SITE}assignment/#Class-2301-a`, name: '2301001' } });
  });

  it('ids come from the record: the same attempt gives the same ids, another attempt others', () => {
    const once = attemptStatements(played, scenario, setting).map((s) => s.id);
    expect(attemptStatements(structuredClone(played), scenario, setting).map((s) => s.id)).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    const other = attemptStatements({ ...played, id: 'attempt-2' }, scenario, setting).map((s) => s.id);
    expect(other.some((id) => once.includes(id))).toBe(false);
  });

  it('a failed attempt is failed; without the scenario file the decision points are left out; own practice has no assignment', () => {
    const lost = attempt([{ node: 'ring', choice: 1 }], { ending: 'hung-up', assignmentId: undefined });
    const statements = attemptStatements(lost, null, setting);
    expect(verbs(statements)).toEqual(['completed', 'failed']);
    expect(statements[1]!.result!.success).toBe(false);
    expect(statements[0]!.context!.contextActivities!.grouping).toHaveLength(1);
    for (const s of statements) expect(statementErrors(s)).toEqual([]);
  });

  it('a learner without a student number is this device, on the same home page', () => {
    const anonymous = actorOf({}, SITE, 'Class-2301-a', 'abc');
    expect(anonymous).toEqual({ objectType: 'Agent', account: { homePage: `${SITE}assignment/#Class-2301-a`, name: 'device:abc' } });
    expect(statementErrors({ ...attemptStatements(played, scenario, setting)[0], actor: anonymous })).toEqual([]);
  });
});

describe('a quiz answer', () => {
  const base = { questionId: 'customer-service-03', chapter: 'customer-service', mode: 'practice' as const, answeredAt: 1_800_000_000_000 };
  const answers = [
    { ...base, answer: { type: 'single' as const, choice: 2 }, score: 1, correct: true },
    { ...base, answer: { type: 'multiple' as const, choices: [0, 2] }, score: 0.5, correct: false },
    { ...base, answer: { type: 'truefalse' as const, value: false }, score: 0, correct: false },
    { ...base, answer: { type: 'ordering' as const, order: [2, 0, 1] }, score: 1, correct: true },
    { ...base, answer: { type: 'calc' as const, seed: 7, value: 12.5 }, score: 1, correct: true },
    { ...base, mode: 'exam' as const, answer: null, score: 0, correct: false },
    { ...base, kind: 'self' as const, answer: { type: 'written' as const, parts: [{ text: '先道歉', ticked: [0] }] }, selfMark: { marks: 2, outOf: 3 } },
  ];

  it('every kind is one valid answered statement, its response in the format of its interaction type', () => {
    const statements = answers.map((a) => answerStatement(a, setting));
    for (const s of statements) expect(statementErrors(s)).toEqual([]);
    expect(statements.map((s) => s.verb.id)).toEqual(answers.map(() => 'http://adlnet.gov/expapi/verbs/answered'));
    expect(statements.map((s) => [s.object.definition!.interactionType, s.result!.response])).toEqual([
      ['choice', '2'],
      ['choice', '0[,]2'],
      ['true-false', 'false'],
      ['sequencing', '2[,]0[,]1'],
      ['numeric', '12.5'],
      [undefined, undefined],
      ['long-fill-in', '先道歉'],
    ]);
    expect(statements[1]!.result).toMatchObject({ score: { raw: 0.5, min: 0, max: 1, scaled: 0.5 }, success: false });
    expect(statements[6]!.result!.score).toEqual({ raw: 2, min: 0, max: 3, scaled: 2 / 3 });
    expect(statements[0]!.context!.contextActivities!.parent![0]!.id).toBe(`${SITE}chapters/customer-service/`);
  });

  it('the same answer gives the same id; another moment, another id', () => {
    expect(answerStatement(answers[0]!, setting).id).toBe(answerStatement({ ...answers[0]! }, setting).id);
    expect(answerStatement({ ...answers[0]!, answeredAt: base.answeredAt + 1 }, setting).id).not.toBe(answerStatement(answers[0]!, setting).id);
  });
});

describe('a handed-in exam', () => {
  const exam = {
    id: 'exam-1',
    seed: 'SEED1',
    paper: { paperId: 'full', passMark: 60, sections: [] },
    locale: 'en',
    startedAt: 1_800_000_000_000,
    closedAt: 1_800_003_600_000,
    finishedAt: 1_800_003_700_000,
    status: 'finished',
    submittedBy: 'learner',
    result: { points: 42, outOf: 60, score: 70, passed: true, machine: { marks: 40, outOf: 50 }, self: { marks: 2, outOf: 10 }, missed: [] },
  } satisfies Partial<ExamAttempt>;

  it('completed, then passed or failed, with its marks and the time to hand-in', () => {
    const statements = examStatements(exam as unknown as ExamAttempt, setting);
    expect(verbs(statements)).toEqual(['completed', 'passed']);
    for (const s of statements) expect(statementErrors(s)).toEqual([]);
    expect(statements[1]!.result).toMatchObject({ score: { raw: 42, min: 0, max: 60, scaled: 0.7 }, success: true, duration: 'PT1H' });
    const failed = examStatements({ ...exam, result: { ...exam.result, score: 40, passed: false } } as unknown as ExamAttempt, setting);
    expect(verbs(failed)).toEqual(['completed', 'failed']);
  });
});

describe('the schema refuses statements the specification does not allow', () => {
  const { scenario } = tinyScenario();
  const good = attemptStatements(
    attempt([
      { node: 'ring', choice: 0 },
      { node: 'greet', choice: 0 },
    ]),
    scenario,
    setting,
  ).at(-1)!;
  const bad: [string, unknown][] = [
    ['no actor', { ...good, actor: undefined }],
    ['an actor with two identifiers', { ...good, actor: { ...good.actor, mbox: 'mailto:a@b.c' } }],
    ['an account without a home page', { ...good, actor: { objectType: 'Agent', account: { name: 'x' } } }],
    ['a verb that is not an IRI', { ...good, verb: { id: 'passed', display: { en: 'passed' } } }],
    ['a scaled score above 1', { ...good, result: { ...good.result, score: { scaled: 1.2 } } }],
    ['a raw score above the max', { ...good, result: { ...good.result, score: { raw: 120, min: 0, max: 100 } } }],
    ['a duration in seconds', { ...good, result: { ...good.result, duration: '95.5' } }],
    ['an id that is not a UUID', { ...good, id: 'attempt-1-passed' }],
    ['a property xAPI does not define', { ...good, score: 80 }],
    ['an unknown interaction type', { ...good, object: { ...good.object, definition: { interactionType: 'essay' } } }],
    ['choices without an interaction type', { ...good, object: { ...good.object, definition: { choices: [{ id: 'a', description: { en: 'A' } }] } } }],
    ['a language map with a bad tag', { ...good, verb: { ...good.verb, display: { 'english please': 'passed' } } }],
    ['a timestamp that is not a date', { ...good, timestamp: 'yesterday' }],
    ['a registration that is not a UUID', { ...good, context: { ...good.context, registration: 'r-1' } }],
  ];
  it.each(bad)('%s', (_, statement) => {
    expect(statementErrors(good)).toEqual([]);
    expect(statementErrors(statement)).not.toEqual([]);
  });
});

describe('ids and durations', () => {
  it('UUID v5 as RFC 9562 computes it (its own example: the DNS namespace and www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it.each([
    [0, 'PT0S'],
    [95_500, 'PT1M35.5S'],
    [3_600_000, 'PT1H'],
    [3_723_450, 'PT1H2M3.45S'],
  ])('%i ms is %s', (ms, text) => expect(isoDuration(ms)).toBe(text));
});
