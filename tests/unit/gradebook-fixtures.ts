/** Result files for the gradebook tests: an assignment on the tiny test call, and files made by playing it. */
import type { Assignment } from '../../src/domain/assignment/assignment.ts';
import type { ResultAttempt, ResultFile } from '../../src/domain/assignment/result-file.ts';
import type { ImportedFile } from '../../src/domain/gradebook/read-files.ts';
import { versionKey } from '../../src/domain/gradebook/rescore.ts';
import type { Step } from '../../src/domain/scenario/moves.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { tinyScenario } from './helpers.ts';

export const tiny = tinyScenario();
export const versions = new Map([[versionKey('tiny-call', tiny.hash), tiny.scenario]]);

export const DUE = Date.UTC(2026, 11, 20);
export const CHECKSUM = 'abcdef12';

export const assignment: Assignment = {
  format: 'service-dojo-assignment',
  version: 1,
  id: 'assignment-1',
  title: '电话礼仪',
  className: '客服2301班',
  createdAt: DUE - 10 * 86_400_000,
  scenarios: [{ id: 'tiny-call', hash: tiny.hash }],
  quizChapters: [],
  mode: 'practice',
  passMark: 60,
  due: DUE,
  extraTime: { students: [] },
};

/** The best path (100) and a rude one that loses the caller. */
export const BEST: Step[] = [
  { node: 'ring', choice: 0 },
  { node: 'greet', choice: 0 },
];
export const RUDE: Step[] = [
  { node: 'ring', choice: 0 },
  { node: 'greet', choice: 1 },
];

/** An attempt as the student's browser records it, with the score it would state. */
export function attempt(steps: Step[], over: Partial<ResultAttempt> = {}): ResultAttempt {
  const played = replay(tiny.scenario, steps);
  if (!played.ok) throw new Error('fixture path does not replay');
  const { score, ending } = played.played;
  return {
    id: `a-${steps.map((s) => ('choice' in s ? s.choice : 'x')).join('')}-${over.startedAt ?? 1}`,
    scenarioId: 'tiny-call',
    contentHash: tiny.hash,
    locale: 'zh',
    mode: 'practice',
    timing: 'standard',
    extraShare: 0,
    status: 'finished',
    startedAt: DUE - 86_400_000,
    finishedAt: DUE - 86_400_000 + 60_000,
    steps,
    ending: ending ?? undefined,
    stated: { overall: score.overall, passed: score.passed },
    ...over,
  };
}

export function resultFile(name: string, number: string, attempts: ResultAttempt[], over: Partial<ResultFile> = {}): ResultFile {
  return {
    format: 'service-dojo-result',
    version: 1,
    assignment: { id: assignment.id, checksum: CHECKSUM, title: assignment.title },
    student: { name, number },
    handedInAt: DUE - 3_600_000,
    attempts,
    quizAnswers: [],
    exams: [],
    ...over,
  };
}

let n = 0;
export function imported(result: ResultFile, name = `${result.student.name}.json`): ImportedFile {
  return { key: `k${n++}`, name, result, importedAt: 0 };
}
