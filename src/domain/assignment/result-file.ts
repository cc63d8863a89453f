/**
 * The result file a student hands in for an assignment (by chat or e-mail; there is
 * no server). It carries what the student's browser recorded — transcripts, answers,
 * seeds — and what it stated about them (scores, endings), so the gradebook can
 * replay and re-mark every attempt instead of trusting the stated results.
 */
import { z } from 'zod';
import { answer, step } from '../../storage/records/fields.ts';
import { TIMINGS } from '../scenario/timing.ts';
import { isControl, moment, plainText, studentNumber } from './plain-text.ts';

export const RESULT_FORMAT = 'service-dojo-result';
/** 1 (2026-12): the first version. Bumped when the shape changes; a newer version is refused. */
export const RESULT_VERSION = 1;
/** Largest result file read, in characters. */
export const MAX_RESULT_CHARS = 2_000_000;

const id = z.string().min(1).max(64);

/** One role-play attempt made for the assignment. */
export const resultAttempt = z.strictObject({
  /** The attempt's id on the student's device (stable across hand-ins). */
  id,
  scenarioId: id,
  /** Content hash of the scenario version played (may differ from the one assigned). */
  contentHash: z.string().min(1).max(64),
  locale: z.enum(['zh', 'en']),
  mode: z.enum(['practice', 'test']),
  /** The student's own time-limit setting (`src/domain/scenario/timing.ts`). */
  timing: z.enum(TIMINGS),
  /** The customer variant met; absent: the scenario's first (`src/domain/scenario/variants.ts`). */
  variant: id.optional(),
  /** Extra share of time the assignment granted this student (0: none). */
  extraShare: z.number().min(0).max(1),
  /** `active`: not finished when handed in. */
  status: z.enum(['active', 'finished', 'superseded']),
  startedAt: moment,
  finishedAt: moment.optional(),
  /** The transcript: every move, take-backs and time-outs included. */
  steps: z.array(step).max(500),
  /** The ending the student's browser reached, once finished. */
  ending: z.string().max(64).optional(),
  /** The overall score (0–100, null when nothing was scored) and pass the student's browser stated. */
  stated: z.strictObject({ overall: z.number().min(0).max(100).nullable(), passed: z.boolean() }).optional(),
});

/** One quiz answer given in a chapter the assignment names, after it was opened. */
export const resultQuizAnswer = z.strictObject({
  questionId: id,
  chapter: id,
  mode: z.enum(['practice', 'exam', 'review']),
  /** null: left unanswered in an exam. */
  answer: answer.nullable(),
  /** The marks the student's browser stated, 0–1. */
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  answeredAt: moment,
});

/** One mock exam sat after the assignment was opened (when it asks for one). */
export const resultExam = z.strictObject({
  id,
  /** The draw's seed: the same seed draws the same questions. */
  seed: z.string().min(1).max(64),
  questionIds: z.array(id).max(200),
  locale: z.enum(['zh', 'en']),
  paperMinutes: z.number().positive(),
  extraMinutes: z.number().min(0),
  startedAt: moment,
  finishedAt: moment.optional(),
  submittedBy: z.enum(['learner', 'timeout']).optional(),
  answers: z.record(id, answer),
  /** The paper's sections and marks (absent: an exam from before sections, one mark a question). */
  paper: z
    .strictObject({
      paperId: id,
      passMark: z.number().min(0).max(1000),
      sections: z.array(z.strictObject({ marks: z.number().positive().max(100), questionIds: z.array(id).max(200) })).max(20),
    })
    .optional(),
  /** Written answers, one text per answer box, and the marking points the student ticked: self-marks, re-totalled but not re-judged. */
  written: z.record(id, z.array(z.string().max(5000)).max(5)).optional(),
  ticked: z.record(id, z.array(z.array(z.number().int().min(0).max(20)).max(20)).max(5)).optional(),
  /** The result the student's browser stated: score 0–100 and pass. */
  stated: z.strictObject({ score: z.number().min(0).max(100), passed: z.boolean() }).optional(),
});

export const resultFileSchema = z.strictObject({
  /** Always `service-dojo-result`. */
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  /** The assignment handed in for: its id and its share link's checksum (which version of it). */
  assignment: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/), checksum: z.string().regex(/^[0-9a-f]{8}$/), title: plainText(1, 80) }),
  /** As the student gave them; plain text. */
  student: z.strictObject({ name: plainText(1, 40), number: studentNumber }),
  /** When the file was made (ms since 1970); a later file from the same student supersedes it. */
  handedInAt: moment,
  attempts: z.array(resultAttempt).max(200),
  quizAnswers: z.array(resultQuizAnswer).max(3000),
  exams: z.array(resultExam).max(20),
});

export type ResultFile = z.output<typeof resultFileSchema>;
export type ResultAttempt = z.output<typeof resultAttempt>;
export type ResultQuizAnswer = z.output<typeof resultQuizAnswer>;
export type ResultExam = z.output<typeof resultExam>;

export type ResultProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-a-result' }
  | { code: 'unknown-version'; version: number }
  | { code: 'invalid-field'; path: string };

export type ReadResult = { ok: true; result: ResultFile } | { ok: false; problem: ResultProblem };

/** Checks a handed-in file whole: the result, or why it is refused. */
export function readResultFile(text: string): ReadResult {
  if (text.length > MAX_RESULT_CHARS) return { ok: false, problem: { code: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== RESULT_FORMAT) {
    return { ok: false, problem: { code: 'not-a-result' } };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== RESULT_VERSION) return { ok: false, problem: { code: 'unknown-version', version: typeof version === 'number' ? version : 0 } };
  const parsed = resultFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid-field', path: parsed.error.issues[0]!.path.join('.') } };
  return { ok: true, result: parsed.data };
}

/** A file name safe on every system: `<name>-<number>-<title>.json`, e.g. `张三-20230101-客户投诉演练.json`. */
export function resultFileName(result: Pick<ResultFile, 'student' | 'assignment'>): string {
  const safe = (text: string) =>
    [...text]
      .filter((c) => !isControl(c) && !'\\/:*?"<>|'.includes(c))
      .join('')
      .replace(/\s+/g, '_')
      .replace(/^[.]+/, '')
      .slice(0, 40);
  const parts = [result.student.name, result.student.number, result.assignment.title].map(safe).filter((p) => p !== '');
  return `${parts.join('-') || 'result'}.json`;
}
