/**
 * Re-scoring what a student's browser stated: every role-play attempt is replayed
 * through the scenario machine on the version it was played on (`replay`), then scored
 * (`scoreMoves`) with the assignment's pass mark; quiz answers and exam papers are
 * re-marked with the quiz graders. Nothing stated is taken on trust.
 */
import type { Assignment } from '../assignment/assignment.ts';
import type { ResultAttempt, ResultExam, ResultQuizAnswer } from '../assignment/result-file.ts';
import { gradeAnswer } from '../quiz/grade.ts';
import type { IndexedQuestion } from '../quiz/index.ts';
import { replay, type Played, type ReplayRefusal } from '../scenario/replay.ts';
import { scoreMoves, type ScoreResult } from '../scenario/scoring.ts';
import type { Scenario } from '../../schemas/scenario.ts';

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

export function rescoreAttempt(attempt: ResultAttempt, versions: ScenarioVersions, assignment: Pick<Assignment, 'passMark'>): AttemptCheck {
  const scenario = versions.get(versionKey(attempt.scenarioId, attempt.contentHash));
  if (!scenario) return { status: 'unknown-version', attempt };
  const replayed = replay(scenario, attempt.steps, { mode: attempt.mode, timing: attempt.timing });
  if (!replayed.ok) return { status: 'not-replayable', attempt, refusal: replayed.refusal.code };
  const { played } = replayed;
  if (played.ending === null) {
    // A transcript that stops short of an ending: a finished attempt claiming otherwise was not made by the player.
    return attempt.status === 'finished' ? { status: 'not-replayable', attempt, refusal: 'no-ending' } : { status: 'unfinished', attempt };
  }
  const score = scoreMoves({ ...scenario, passMark: assignment.passMark }, played.moves);
  const stated = attempt.stated;
  const statedDiffers =
    (attempt.ending !== undefined && attempt.ending !== played.ending) ||
    (stated !== undefined &&
      ((stated.overall === null) !== (score.overall === null) ||
        Math.abs((stated.overall ?? 0) - (score.overall ?? 0)) > TOLERANCE ||
        // The pass the browser stated may use the scenario's mark or the assignment's.
        (stated.passed !== score.passed && stated.passed !== played.score.passed)));
  return { status: 'scored', attempt, scenario, played, score, statedDiffers };
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
  /** 0–100 from the graders; a question the site does not have earns nothing. */
  score: number;
  passed: boolean;
  /** Marks per question id, 0–1. */
  marks: Record<string, number>;
  unknown: number;
  statedDiffers: boolean;
}

export function regradeExam(exam: ResultExam, questions: ReadonlyMap<string, IndexedQuestion>, passMark: number): ExamCheck {
  const marks: Record<string, number> = {};
  let unknown = 0;
  for (const id of exam.questionIds) {
    const known = questions.get(id);
    if (!known) {
      unknown++;
      continue;
    }
    const answer = exam.answers[id];
    marks[id] = answer ? gradeAnswer(known.question, answer).score : 0;
  }
  const points = Object.values(marks).reduce((a, b) => a + b, 0);
  const score = exam.questionIds.length > 0 ? Math.round((100 * points) / exam.questionIds.length) : 0;
  const statedDiffers = exam.stated !== undefined && Math.abs(exam.stated.score - score) > TOLERANCE;
  return { exam, score, passed: score >= passMark, marks, unknown, statedDiffers };
}
