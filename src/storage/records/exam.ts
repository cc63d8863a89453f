/** A mock exam: drawn, answered and flagged question by question, handed in, self-marked, then finished. */
import { z } from 'zod';
import type { Answer } from '../../domain/quiz/grade.ts';
import type { QuestionMark } from '../../domain/quiz/exam.ts';
import { textSchema } from '../../schemas/scenario.ts';
import { questionSchema, type QuestionType } from '../../schemas/question.ts';
import { answer, format, locale, time } from './fields.ts';
import { EXAM_FORMAT } from './formats.ts';

const QUESTION_TYPES = questionSchema.options.map((o) => o.shape.type.value) as [QuestionType, ...QuestionType[]];

/** A calculation's answer keeps the seed of the numbers it was asked with. */
const examAnswer: z.ZodType<Answer> = z.union([answer, z.strictObject({ type: z.literal('calc'), seed: z.number().int().min(0), value: z.number() })]);

const tally = z.object({ marks: z.number().min(0), outOf: z.number().min(0) });

const result = z.object({
  /** Marks earned in all. */
  points: z.number().min(0),
  /** Since format 3 (before: the number of questions, one mark each). */
  outOf: z.number().min(0).optional(),
  score: z.number().min(0).max(100),
  passed: z.boolean(),
  /** Machine-graded and self-marked marks, apart. Since format 3. */
  machine: tally.optional(),
  self: tally.optional(),
  missed: z.array(z.string()),
});

const mark: z.ZodType<QuestionMark> = z.object({
  questionId: z.string(),
  chapter: z.string(),
  type: z.enum(QUESTION_TYPES),
  section: z.number().int().min(0),
  answer: examAnswer.nullable(),
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  marks: z.number().min(0),
  outOf: z.number().min(0),
  self: z.boolean(),
});

/** The paper as drawn: its sections in order, each with its marks per question. */
const paper = z.object({
  paperId: z.string(),
  passMark: z.number().min(0),
  /** `title` is missing only on exams from before papers had sections (format 1–2). */
  sections: z.array(z.object({ title: textSchema.optional(), marks: z.number().positive(), questionIds: z.array(z.string()) })),
});

export const examRecord = z.object({
  id: z.string().min(1),
  /** The shape this record was written in (`formats.ts`). */
  format: format(EXAM_FORMAT),
  /** The draw's seed, shown as the paper number: the same seed gives the same questions. */
  seed: z.string(),
  /** Every question, in the order asked (section by section). */
  questionIds: z.array(z.string()),
  /** Sections and marks. Since format 3. */
  paper: paper.optional(),
  locale,
  startedAt: time,
  /** The paper's own time, before any extra time. Since format 2. */
  paperMinutes: z.number().positive().optional(),
  /** Time allowed: the paper's time plus all extra time (never a whole day). */
  minutes: z
    .number()
    .positive()
    .max(24 * 60),
  /** All extra time, asked for at the start or during the exam (recorded, as exam rules require). */
  extraMinutes: z.number().min(0),
  /** Each addition of time during the exam. Since format 2. */
  timeAdded: z.array(z.object({ at: time, minutes: z.number().positive() })).optional(),
  /** Index of the question on screen, so a reload returns to it. Since format 2. */
  position: z.number().int().min(0).optional(),
  answers: z.record(z.string(), examAnswer),
  /** Written answers, one text per answer box. Since format 3. */
  written: z.record(z.string(), z.array(z.string())).optional(),
  /** The marking points the learner ticked, per answer box. Since format 3. */
  ticked: z.record(z.string(), z.array(z.array(z.number().int().min(0)))).optional(),
  flagged: z.array(z.string()),
  status: z.enum(['active', 'finished']),
  /** When answering ended (handed in or time up); self-marking follows. Since format 3. */
  closedAt: time.optional(),
  finishedAt: time.optional(),
  submittedBy: z.enum(['learner', 'timeout']).optional(),
  result: result.optional(),
  /** Every question's marks, for results by chapter and type. Since format 3; older exams are marked again from their answers. */
  marks: z.array(mark).optional(),
});

/** An exam as stored, in any format up to the newest. */
export type StoredExam = z.output<typeof examRecord>;
/** An exam as the application sees it: upgraded to the newest format. */
export type ExamAttempt = Omit<StoredExam, 'result'> &
  Required<Pick<StoredExam, 'paperMinutes' | 'timeAdded' | 'position' | 'paper' | 'written' | 'ticked'>> & {
    result?: Required<NonNullable<StoredExam['result']>>;
  };
