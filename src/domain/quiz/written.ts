/**
 * Self-marking of written questions (term, short answer, case analysis). The learner
 * compares their answer with the model answer and ticks the marking points they made.
 * The result is a `SelfMark`, a different shape from the machine `Grade`: it has no
 * `score` or `correct`, so it cannot be passed where a machine grade is summed.
 */
import type { Text } from '../../schemas/scenario.ts';
import type { MarkingPoint, Question, WrittenQuestion } from '../../schemas/question.ts';
import type { Answer } from './grade.ts';

/** One answer box: a term or short-answer question has one, a case one per part. */
export interface WrittenPart {
  prompt: Text;
  modelAnswer: Text;
  points: readonly MarkingPoint[];
}

export interface SelfMark {
  kind: 'self';
  /** Marks of the ticked points. */
  marks: number;
  /** Marks of all points. */
  outOf: number;
  /** The same, per answer box. */
  parts: { marks: number; outOf: number }[];
}

export function isWritten(question: Question): question is WrittenQuestion {
  return question.type === 'term' || question.type === 'short' || question.type === 'case';
}

export function writtenParts(question: WrittenQuestion): WrittenPart[] {
  return question.type === 'case' ? question.parts : [{ prompt: question.prompt, modelAnswer: question.modelAnswer, points: question.points }];
}

/**
 * `ticked[p]` lists the indices of the points the learner ticked in answer box `p`.
 * A point counts once however often it is listed; indices that name no point are ignored.
 */
export function selfMark(question: WrittenQuestion, ticked: readonly (readonly number[])[]): SelfMark {
  const parts = writtenParts(question).map((part, p) => {
    const chosen = new Set(ticked[p] ?? []);
    return {
      marks: part.points.reduce((sum, point, i) => sum + (chosen.has(i) ? point.marks : 0), 0),
      outOf: part.points.reduce((sum, point) => sum + point.marks, 0),
    };
  });
  return { kind: 'self', marks: parts.reduce((s, p) => s + p.marks, 0), outOf: parts.reduce((s, p) => s + p.outOf, 0), parts };
}

/** The self-mark of a written answer (nothing ticked when the answer is of another type). */
export function selfMarkOf(question: WrittenQuestion, answer: Answer | undefined): SelfMark {
  return selfMark(question, answer?.type === 'written' ? answer.parts.map((p) => p.ticked) : []);
}

/**
 * Whether a self-mark is low enough for the review notebook: below half the marks.
 * Learners mark themselves against strict points, so a half-made answer is not
 * treated as a wrong one; below half, the question comes back like a wrong answer.
 */
export function selfMarkBelowHalf(mark: { marks: number; outOf: number }): boolean {
  return mark.marks * 2 < mark.outOf;
}
