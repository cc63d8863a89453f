import type { Question } from '../../schemas/question.ts';

export interface IndexedQuestion {
  question: Question;
  chapter: string;
}

/** Every question by id, with the chapter it belongs to. */
export function indexQuestions(banks: readonly { chapter: string; questions: readonly Question[] }[]): Map<string, IndexedQuestion> {
  return new Map(banks.flatMap((b) => b.questions.map((question) => [question.id, { question, chapter: b.chapter }] as const)));
}
