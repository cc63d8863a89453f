/**
 * A quiz answer (chapter practice, review, or one answered during an exam) as one
 * `answered` statement: the question an interaction of its type, the learner's answer
 * as the response in the format xAPI gives that type, and the marks as the score
 * (graded 0–1, or the marks the learner gave themselves for a written answer).
 */
import type { NewQuizAnswer } from '../../storage/records/quiz-answer.ts';
import type { Answer } from '../quiz/grade.ts';
import type { ActivityDefinition, Result, Statement, StatementSetting } from './statement.ts';
import { uuidV5 } from './uuid.ts';
import { ACTIVITY_TYPES, courseActivity, iri, VERBS } from './vocabulary.ts';

const LIST = '[,]';

function interaction(answer: Answer): { interactionType: NonNullable<ActivityDefinition['interactionType']>; response: string } {
  switch (answer.type) {
    case 'single':
    case 'dialogue':
      return { interactionType: 'choice', response: String(answer.choice) };
    case 'multiple':
      return { interactionType: 'choice', response: answer.choices.join(LIST) };
    case 'truefalse':
      return { interactionType: 'true-false', response: String(answer.value) };
    case 'ordering':
      return { interactionType: 'sequencing', response: answer.order.join(LIST) };
    case 'calc':
      return { interactionType: 'numeric', response: String(answer.value) };
    case 'written':
      return { interactionType: 'long-fill-in', response: answer.parts.map((p) => p.text.replaceAll(LIST, ',')).join(LIST) };
  }
}

/** The answer's identity: one question, answered at one moment, in one mode. */
export const answerIdentity = (answer: NewQuizAnswer) => `answer:${answer.questionId}:${answer.mode}:${answer.answeredAt}`;

export function answerStatement(answer: NewQuizAnswer, setting: StatementSetting): Statement {
  const { site, actor } = setting;
  const given = answer.answer ? interaction(answer.answer) : null;
  const result: Result =
    'kind' in answer
      ? { score: { raw: answer.selfMark.marks, min: 0, max: answer.selfMark.outOf, scaled: answer.selfMark.marks / answer.selfMark.outOf }, completion: true }
      : { score: { raw: answer.score, min: 0, max: 1, scaled: answer.score }, success: answer.correct, completion: answer.answer !== null };
  return {
    id: uuidV5(answerIdentity(answer)),
    actor,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: iri.question(site, answer.questionId),
      definition: { type: ACTIVITY_TYPES.interaction, ...(given ? { interactionType: given.interactionType } : {}) },
    },
    result: { ...result, ...(given ? { response: given.response } : {}) },
    context: {
      contextActivities: {
        parent: [{ objectType: 'Activity', id: iri.chapter(site, answer.chapter), definition: { type: ACTIVITY_TYPES.module } }],
        grouping: [courseActivity(site)],
      },
      extensions: { [iri.extension(site, 'mode')]: answer.mode },
    },
    timestamp: new Date(answer.answeredAt).toISOString(),
  };
}
