/**
 * Why the gradebook does not simply trust a result file: each flag is a code with its
 * data, for the interface to word. A flag's weight says what the gradebook did:
 * `excluded` — not counted at all; `corrected` — counted at the value the gradebook
 * computed, not the one stated; `note` — counted, but the instructor should know.
 */
import type { ReplayRefusal } from '../scenario/replay.ts';

export type Flag =
  /** Handed in for another assignment (another id): none of it counts here. */
  | { code: 'other-assignment'; file: string; title: string }
  /** For this assignment, but through a link of another version of it (edited since). */
  | { code: 'other-assignment-version'; file: string }
  /** The same student handed in more than one file; the newest counts. */
  | { code: 'duplicate-student'; files: string[]; names: string[] }
  /** The file was made after the due date. */
  | { code: 'late-hand-in'; file: string; handedInAt: number }
  /** The stated score or ending of an attempt differs from what its transcript replays to. */
  | { code: 'score-mismatch'; scenarioId: string; attemptId: string; stated: number | null; replayed: number | null }
  /** Played on a version of the scenario the site never published: it cannot be replayed. */
  | { code: 'unknown-version'; scenarioId: string; attemptId: string; hash: string }
  /** The transcript does not replay on its version (edited by hand, or damaged). */
  | { code: 'not-replayable'; scenarioId: string; attemptId: string; refusal: ReplayRefusal['code'] | 'no-ending' }
  /** Played on another published version than the one assigned: scored on the version played. */
  | { code: 'other-scenario-version'; scenarioId: string; attemptId: string }
  /** A role-play the assignment does not ask for. */
  | { code: 'not-assigned'; scenarioId: string }
  /** The same attempt (id, start time and transcript) appears in another student's file. */
  | { code: 'identical-attempt'; scenarioId: string; attemptId: string; students: string[] }
  /** Finished after the due date. */
  | { code: 'late-attempt'; scenarioId: string; attemptId: string; finishedAt: number }
  /** Played in practice mode for an assignment set in test mode. */
  | { code: 'wrong-mode'; scenarioId: string; attemptId: string }
  /** More attempts at a role-play than the assignment allows: the first ones count. */
  | { code: 'too-many-attempts'; scenarioId: string; allowed: number; made: number }
  /** Quiz answers whose stated marks differ from the graders'. */
  | { code: 'quiz-score-mismatch'; count: number }
  /** Quiz or exam answers to questions the site does not have. */
  | { code: 'unknown-question'; count: number }
  /** An exam's stated score differs from the graders'. */
  | { code: 'exam-score-mismatch'; examId: string; stated: number; regraded: number }
  /** An exam finished after the due date. */
  | { code: 'late-exam'; examId: string };

export type FlagCode = Flag['code'];
export type Weight = 'excluded' | 'corrected' | 'note';

const WEIGHTS: Record<FlagCode, Weight> = {
  'other-assignment': 'excluded',
  'unknown-version': 'excluded',
  'not-replayable': 'excluded',
  'not-assigned': 'excluded',
  'identical-attempt': 'excluded',
  'score-mismatch': 'corrected',
  'quiz-score-mismatch': 'corrected',
  'exam-score-mismatch': 'corrected',
  'unknown-question': 'corrected',
  'too-many-attempts': 'corrected',
  'duplicate-student': 'note',
  'other-assignment-version': 'note',
  'late-hand-in': 'note',
  'late-attempt': 'note',
  'late-exam': 'note',
  'wrong-mode': 'note',
  'other-scenario-version': 'note',
};

export const weightOf = (flag: Flag): Weight => WEIGHTS[flag.code];
