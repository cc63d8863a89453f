import type { QuestionType } from '../../schemas/question.ts';

/** Every question type, in the order the interface lists them (a test checks it against the schema). */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'ordering',
  'dialogue',
  'term',
  'short',
  'case',
  'calc',
] as const satisfies readonly QuestionType[];

export function isQuestionType(value: string): value is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(value);
}
