/**
 * Re-scoring what a student's browser stated: every role-play attempt is replayed
 * through the scenario machine on the version it was played on (`replay`), then scored
 * (`scoreMoves`) with the assignment's pass mark; quiz answers and exam papers are
 * re-marked with the quiz graders. Nothing stated is taken on trust.
 */
import type { Assignment } from '../assignment/assignment.ts';
import type { ResultAttempt, ResultExam, ResultQuizAnswer } from '../assignment/result-file.ts';
import { legacyPaper } from '../quiz/legacy-paper.ts';
import { markPaper, type Tally } from '../quiz/exam.ts';
import { gradeAnswer } from '../quiz/grade.ts';
import type { IndexedQuestion } from '../quiz/index.ts';
import { createScenarioMachine, type ScenarioMachine } from '../scenario/machine.ts';
import { replay, type Played, type ReplayRefusal } from '../scenario/replay.ts';
import type { ScoreResult } from '../scenario/scoring.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { playedAs } from '../scenario/variants.ts';

/** The versions of scenarios the site serves, by `versionKey`. */
export type ScenarioVersions = ReadonlyMap<string, Scenario>;

export const versionKey = (id: string, hash: string) => `${id}@${hash}`;

export type AttemptCheck =
  | { status: 'scored'; attempt: ResultAttempt; scenario: Scenario; played: Played; score: ScoreResult; statedDiffers: boolean }
  | { status: 'unfinished'; attempt: ResultAttempt }
  | { status: 'unknown-version'; attempt: ResultAttempt }
  | { status: 'not-replayable'; attempt: ResultAttempt; refusal: ReplayRefusal['code'] | 'no-ending' };

/** Stated results are rounded as the player rounds them; anything further apart was not made by the player. */
const TOLERANCE = 0.5;

/**
 * The scenario with the assignment's pass mark, and its machine: one of each per
 * version and mark, as building a machine is a large share of a replay's cost.
 */
const marked = new WeakMap<Scenario, Map<number, { scenario: Scenario; machine: ScenarioMachine }>>();

function withPassMark(scenario: Scenario, passMark: number): { scenario: Scenario; machine: ScenarioMachine } {
  let byMark = marked.get(scenario);
  if (!byMark) marked.set(scenario, (byMark = new Map()));
  let entry = byMark.get(passMark);
  if (!entry) {
    const copy = { ...scenario, passMark };
    byMark.set(passMark, (entry = { scenario: copy, machine: createScenarioMachine(copy) }));
  }
  return entry;
}

/** Replays already made, by version, settings and transcript: a class takes many of the same paths. */
export type ReplayMemo = Map<string, AttemptCheck>;

export function rescoreAttempt(
  attempt: ResultAttempt,
  versions: ScenarioVersions,
  assignment: Pick<Assignment, 'passMark'>,
  memo: ReplayMemo = new Map(),
): AttemptCheck {
  const played = versions.get(versionKey(attempt.scenarioId, attempt.contentHash));
  if (!played) return { status: 'unknown-version', attempt };
  const key = `${versionKey(attempt.scenarioId, attempt.contentHash)}|${attempt.variant}|${attempt.mode}|${attempt.timing}|${assignment.passMark}|${JSON.stringify(attempt.steps)}`;
  const known = memo.get(key);
  const check = known ?? replayAttempt(attempt, played, assignment.passMark);
  if (!known) memo.set(key, check);
  return judgeStated({ ...check, attempt } as AttemptCheck, played.passMark);
}

function replayAttempt(attempt: ResultAttempt, original: Scenario, passMark: number): AttemptCheck {
  const { scenario, machine } = withPassMark(playedAs(original, attempt.variant), passMark);
  const replayed = replay(scenario, attempt.steps, { machine, mode: attempt.mode, timing: attempt.timing });
  if (!replayed.ok) return { status: 'not-replayable', attempt, refusal: replayed.refusal.code };
  const { played } = replayed;
  if (played.ending === null) {
    // A transcript that stops short of an ending: a finished attempt claiming otherwise was not made by the player.
    return attempt.status === 'finished' ? { status: 'not-replayable', attempt, refusal: 'no-ending' } : { status: 'unfinished', attempt };
  }
  return { status: 'scored', attempt, scenario, played, score: played.score, statedDiffers: false };
}

/** Whether what the student's browser stated differs from the replay. */
function judgeStated(check: AttemptCheck, scenarioPassMark: number): AttemptCheck {
  if (check.status !== 'scored') return check;
  const { attempt, score, played } = check;
  const stated = attempt.stated;
  // The pass the browser stated may use the scenario's own mark or the assignment's.
  const passesScenarioMark = score.overall !== null && score.overall >= scenarioPassMark && score.fails.every((f) => f.code === 'below-pass-mark');
  const statedDiffers =
    (attempt.ending !== undefined && attempt.ending !== played.ending) ||
    (stated !== undefined &&
      ((stated.overall === null) !== (score.overall === null) ||
        Math.abs((stated.overall ?? 0) - (score.overall ?? 0)) > TOLERANCE ||
        (stated.passed !== score.passed && stated.passed !== passesScenarioMark)));
  return { ...check, statedDiffers };
}

/** A quiz answer, re-marked. `null` when the question is unknown or self-marked (written). */
export function regradeAnswer(
  answer: ResultQuizAnswer,
  questions: ReadonlyMap<string, IndexedQuestion>,
): { score: number; differs: boolean } | null | 'unknown' {
  const known = questions.get(answer.questionId);
  if (!known) return 'unknown';
  if (['term', 'short', 'case'].includes(known.question.type)) return null;
  const score = answer.answer ? gradeAnswer(known.question, answer.answer).score : 0;
  return { score, differs: Math.abs(score - answer.score) > 0.005 };
}

export interface ExamCheck {
  exam: ResultExam;
  /** 0–100, marked by the same function as the student's own result; a question the site does not have earns nothing. */
  score: number;
  passed: boolean;
  /** The part of the marks the student gave themselves against the marking points (written answers). */
  self: Tally;
  /** Marks per question id, 0–1. */
  marks: Record<string, number>;
  unknown: number;
  statedDiffers: boolean;
}

/**
 * Marks a handed-in paper again with `markPaper`, on the paper's own sections and pass
 * mark. Written answers keep the student's ticks (a self-mark is theirs to give), but
 * their marks are totalled here, not taken from the file.
 */
export function regradeExam(exam: ResultExam, questions: ReadonlyMap<string, IndexedQuestion>): ExamCheck {
  const paper = exam.paper ?? legacyPaper(exam.questionIds);
  const asked = paper.sections.flatMap((s) => s.questionIds);
  const unknown = asked.filter((id) => !questions.has(id)).length;
  const { result, marks } = markPaper(paper, (id) => questions.get(id), { answers: exam.answers, written: exam.written ?? {}, ticked: exam.ticked ?? {} });
  // An unknown question still counts in the total it could have earned.
  const outOf = result.outOf + paper.sections.reduce((sum, s) => sum + s.marks * s.questionIds.filter((id) => !questions.has(id)).length, 0);
  const score = outOf > 0 ? Math.round((100 * result.points) / outOf) : 0;
  const statedDiffers = exam.stated !== undefined && Math.abs(exam.stated.score - score) > TOLERANCE;
  return {
    exam,
    score,
    passed: result.points >= paper.passMark,
    self: result.self,
    marks: Object.fromEntries(marks.map((m) => [m.questionId, m.score])),
    unknown,
    statedDiffers,
  };
}
