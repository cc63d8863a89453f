/**
 * Brings records written in an older format up to the newest, when they are read:
 * the one place that knows what an older record meant. Types only from the schemas,
 * so reading needs no validator.
 */
import { legacyPaper } from '../../domain/quiz/legacy-paper.ts';
import type { Attempt, StoredAttempt } from './attempt.ts';
import type { ExamAttempt, StoredExam } from './exam.ts';
import type { Profile, ProfileRecord } from './profile.ts';
import { ATTEMPT_FORMAT, EXAM_FORMAT, PROFILE_KEY } from './formats.ts';

/** Format 1 attempts were all played in practice mode with standard time limits. */
export function upgradeAttempt(stored: StoredAttempt): Attempt {
  return { ...stored, format: ATTEMPT_FORMAT, mode: stored.mode ?? 'practice', timing: stored.timing ?? 'standard' };
}

/**
 * Format 1 exams kept only the total time and the total extra time, and no
 * position: the paper's time is the difference, and the exam resumes at question 1.
 * Format 1–2 exams had no sections and no written questions: one untitled section of
 * one mark a question, all machine-graded; their per-question marks are worked out
 * again from their answers when results need them.
 */
export function upgradeExam({ result: storedResult, ...stored }: StoredExam): ExamAttempt {
  const n = stored.questionIds.length;
  const result = storedResult && {
    ...storedResult,
    outOf: storedResult.outOf ?? n,
    machine: storedResult.machine ?? { marks: storedResult.points, outOf: n },
    self: storedResult.self ?? { marks: 0, outOf: 0 },
  };
  return {
    ...stored,
    format: EXAM_FORMAT,
    paperMinutes: stored.paperMinutes ?? stored.minutes - stored.extraMinutes,
    timeAdded: stored.timeAdded ?? [],
    position: stored.position ?? 0,
    paper: stored.paper ?? legacyPaper(stored.questionIds),
    written: stored.written ?? {},
    ticked: stored.ticked ?? {},
    ...(result && { result }),
  };
}

/** A learner who has not set their time limits has standard time. */
export function upgradeProfile(stored: ProfileRecord | undefined): Profile {
  return { key: PROFILE_KEY, updatedAt: 0, ...stored, timing: stored?.timing ?? 'standard' };
}
