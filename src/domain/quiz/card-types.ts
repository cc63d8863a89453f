/**
 * The question types the mock exam can show and mark today. Practice and review
 * show every type; the exam's paper leaves written and calculation questions out
 * until it can mark them (self-marking at the end of the paper), so no exam counts
 * one as missed. Delete this file and its caller (`loadQuestionBanks`) then.
 */
const WITH_CARDS: ReadonlySet<string> = new Set(['single', 'multiple', 'truefalse', 'ordering', 'dialogue']);

export function withCards<B extends { questions: readonly { type: string }[] }>(bank: B): B {
  return { ...bank, questions: bank.questions.filter((q) => WITH_CARDS.has(q.type)) };
}
