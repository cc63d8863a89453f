/**
 * What practice and review share around a card: whether the learner has answered
 * enough to go on, the outcome of an answer (a machine grade or a self-mark, never
 * mixed), and the record it leaves.
 */
import { gradeAnswer, type Answer, type Grade } from '../../domain/quiz/grade.ts';
import { isWritten, selfMarkOf, type SelfMark } from '../../domain/quiz/written.ts';
import type { Question } from '../../schemas/question.ts';
import type { NewQuizAnswer } from '../../storage/records/quiz-answer.ts';

export type Outcome = ({ kind: 'graded' } & Grade) | SelfMark;

export function outcomeOf(question: Question, answer: Answer): Outcome {
  return isWritten(question) ? selfMarkOf(question, answer) : { kind: 'graded', ...gradeAnswer(question, answer) };
}

/** Something to check: a choice, an order, a number, or (for a written question) some text in at least one box. */
export function isAnswered(question: Question, answer: Answer | undefined): answer is Answer {
  if (!answer) return false;
  return isWritten(question) ? answer.type === 'written' && answer.parts.some((p) => p.text.trim() !== '') : true;
}

export function answerRecord(question: Question, chapter: string, mode: NewQuizAnswer['mode'], answer: Answer, answeredAt: number): NewQuizAnswer {
  const outcome = outcomeOf(question, answer);
  const base = { questionId: question.id, chapter, mode, answeredAt };
  if (outcome.kind === 'graded') return { ...base, answer, score: outcome.score, correct: outcome.correct };
  if (answer.type !== 'written') throw new Error(`${question.id}: a written question needs a written answer, not "${answer.type}"`);
  return { ...base, kind: 'self', answer, selfMark: { marks: outcome.marks, outOf: outcome.outOf } };
}

/** A seed for a calculation's numbers: each attempt draws new ones. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
