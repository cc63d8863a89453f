/**
 * `npm run bench`: how long the gradebook takes with a large class. Builds 200 result
 * files with 5 role-play attempts each (random paths through a course scenario, plus
 * quiz answers and an exam paper), then times each step the page runs: reading and
 * checking the files, replaying and re-scoring every attempt, the class view, the CSV.
 * A benchmark, not a test: it prints the times and never fails on them.
 */
import { performance } from 'node:perf_hooks';
import { readYamlFolder, readScenarioFolder } from '../build/yaml-folder.ts';
import type { Assignment } from '../domain/assignment/assignment.ts';
import type { ResultAttempt, ResultFile } from '../domain/assignment/result-file.ts';
import { examPapers, questionAnalytics, quizPapers, scenarioAnalytics } from '../domain/gradebook/analytics.ts';
import { LESSON_PLAN_WEIGHTS } from '../domain/gradebook/course-grade.ts';
import { gradebookCsv } from '../domain/gradebook/export.ts';
import { buildGradebook } from '../domain/gradebook/gradebook.ts';
import { readBatch } from '../domain/gradebook/read-files.ts';
import { versionKey } from '../domain/gradebook/rescore.ts';
import { indexQuestions } from '../domain/quiz/index.ts';
import { loadQuestionBank } from '../domain/quiz/load.ts';
import { seededRandom } from '../domain/random.ts';
import type { Move, Step } from '../domain/scenario/moves.ts';
import { advance, effectOf, offeredChoices, startState, stateAfter } from '../domain/scenario/play.ts';
import { scoreMoves } from '../domain/scenario/scoring.ts';

const STUDENTS = 200;
const ATTEMPTS = 5;
const DUE = Date.UTC(2026, 11, 20);

const { loaded } = await readScenarioFolder('scenarios');
const { scenario, hash } = loaded.find((l) => l.scenario.id === 'price-objection') ?? loaded[0]!;
const { loaded: banks } = await readYamlFolder('content/questions', loadQuestionBank);
const questions = indexQuestions(banks);
const random = seededRandom(2026);

/** A random walk from the start to an ending. */
function randomPath(): Step[] {
  const steps: Step[] = [];
  let state = startState(scenario);
  while (!state.ended) {
    const offered = offeredChoices(scenario, state);
    const move = { node: state.at, choice: offered[Math.floor(random() * offered.length)]! };
    state = advance(scenario, state, effectOf(scenario, state, move)!);
    steps.push(move);
  }
  return steps;
}

const assignment: Assignment = {
  format: 'service-dojo-assignment',
  version: 1,
  id: 'bench-assignment',
  title: '价格异议演练',
  className: '客服2301班',
  createdAt: DUE - 864e6,
  scenarios: [{ id: scenario.id, hash }],
  quizChapters: [banks[0]!.chapter],
  exam: 'short',
  mode: 'practice',
  passMark: 60,
  due: DUE,
  extraTime: { students: [] },
};

function makeFile(i: number): string {
  const attempts: ResultAttempt[] = Array.from({ length: ATTEMPTS }, (_, a) => {
    const steps = randomPath();
    const score = scoreMoves(scenario, steps as Move[]);
    return {
      id: `s${i}-a${a}`,
      scenarioId: scenario.id,
      contentHash: hash,
      locale: 'zh',
      mode: 'practice',
      timing: 'standard',
      extraShare: 0,
      status: 'finished',
      startedAt: DUE - 864e5 + a * 6e5,
      finishedAt: DUE - 864e5 + a * 6e5 + 3e5,
      steps,
      ending: stateAfter(scenario, steps as Move[]).at,
      stated: { overall: score.overall, passed: score.passed },
    };
  });
  const picked = banks[0]!.questions.filter((q) => q.type === 'single' || q.type === 'truefalse');
  const quizAnswers = picked.map((q, n) => {
    const answer =
      q.type === 'single'
        ? { type: 'single' as const, choice: Math.floor(random() * q.options.length) }
        : { type: 'truefalse' as const, value: random() < 0.7 };
    return { questionId: q.id, chapter: banks[0]!.chapter, mode: 'practice' as const, answer, score: 0, correct: false, answeredAt: DUE - 1e6 + n };
  });
  const paper = banks.flatMap((b) => b.questions.filter((q) => q.type === 'single').slice(0, 3));
  const result: ResultFile = {
    format: 'service-dojo-result',
    version: 1,
    assignment: { id: assignment.id, checksum: 'abcdef12', title: assignment.title },
    student: { name: `学生${i}`, number: `2301${String(i).padStart(3, '0')}` },
    handedInAt: DUE - 36e5,
    attempts,
    quizAnswers,
    exams: [
      {
        id: `exam-${i}`,
        seed: String(i),
        questionIds: paper.map((q) => q.id),
        locale: 'zh',
        paperMinutes: 30,
        extraMinutes: 0,
        startedAt: DUE - 5e6,
        finishedAt: DUE - 4e6,
        answers: Object.fromEntries(paper.map((q) => [q.id, { type: 'single' as const, choice: Math.floor(random() * 4) }])),
      },
    ],
  };
  return JSON.stringify(result);
}

const times: [string, number][] = [];
function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  times.push([label, performance.now() - start]);
  return value;
}

const texts = timed(`build ${STUDENTS} files × ${ATTEMPTS} attempts (setup, not counted)`, () =>
  Array.from({ length: STUDENTS }, (_, i) => ({ name: `student-${i}.json`, text: makeFile(i) })),
);
const counted = performance.now();
const batch = timed('read and check the files', () => readBatch(texts));
const versions = new Map([[versionKey(scenario.id, hash), scenario]]);
const book = timed('replay and re-score every attempt, re-mark answers', () =>
  buildGradebook({ assignment, checksum: 'abcdef12', files: batch.accepted, versions, questions }),
);
timed('class view: scenario analytics', () => scenarioAnalytics(book.rows));
timed('class view: item analysis (quiz and exam)', () => [
  questionAnalytics(quizPapers(book.rows), questions),
  questionAnalytics(examPapers(book.rows), questions),
]);
const csv = timed('CSV export', () =>
  gradebookCsv(book.rows, assignment, LESSON_PLAN_WEIGHTS, {
    number: 'number',
    name: 'name',
    drill: (id) => id,
    passed: 'passed',
    failed: 'failed',
    fail: (code) => code,
    attempts: 'attempts',
    quiz: 'quiz',
    exam: 'exam',
    late: 'late',
    extraTime: 'extra',
    part: (part, weight) => `${part} ${weight}`,
    grade: (outOf) => `grade /${outOf}`,
    flags: 'flags',
    flag: (flag) => flag.code,
    yes: 'yes',
  }),
);
const total = performance.now() - counted;

const megabytes = texts.reduce((sum, t) => sum + t.text.length, 0) / 1e6;
// Identical transcripts replay once (the gradebook remembers replays); say how many were distinct.
const distinct = new Set(batch.accepted.flatMap((f) => f.result.attempts.map((a) => JSON.stringify(a.steps)))).size;
console.log(
  `Gradebook benchmark: ${batch.accepted.length} files (${megabytes.toFixed(1)} MB), ${STUDENTS * ATTEMPTS} attempts (${distinct} distinct transcripts) on "${scenario.id}", ${book.rows.length} rows, CSV ${(csv.length / 1024).toFixed(0)} KB`,
);
for (const [label, ms] of times) console.log(`  ${label.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`  ${'total, import to CSV'.padEnd(62)} ${total.toFixed(0).padStart(6)} ms (goal: under 2000 ms)`);
