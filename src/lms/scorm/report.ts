/**
 * What each kept record means to the LMS (pure): the item's outcome, an interaction per
 * new decision or answer, and for an unfinished role-play its suspend data.
 */
import type { Answer } from '../../domain/quiz/grade.ts';
import type { QuestionMark } from '../../domain/quiz/exam.ts';
import type { Move } from '../../domain/scenario/moves.ts';
import { totalPoints } from '../../domain/scenario/play.ts';
import { judgeMoves } from '../../domain/scenario/scoring.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Attempt } from '../../storage/records/attempt.ts';
import type { ExamAttempt } from '../../storage/records/exam.ts';
import type { NewQuizAnswer } from '../../storage/records/quiz-answer.ts';
import { own } from '../../domain/own.ts';
import type { Interaction, InteractionType, Outcome } from './cmi.ts';
import { encodeSuspend, netMoves } from './suspend.ts';

export interface Report {
  outcome?: Outcome;
  interactions: Interaction[];
  /** New suspend data; '' clears it (the item is finished). */
  suspend?: string;
}

const FULL = 100;
const b36 = (n: number) => n.toString(36);
const cut = (text: string) => [...text].slice(0, 250).join('');

/** The move's interaction, judged against the choices offered where it was made. */
export function moveInteraction(played: Scenario, before: readonly Move[], move: Move, locale: string, at: Date): Interaction {
  const judged = judgeMoves(played, [...before, move]).at(-1);
  const totals = judged?.offeredPoints.map(totalPoints) ?? [];
  const result = !judged ? 'neutral' : judged.critical || judged.weak ? 'wrong' : totals.every((t) => t === totals[0]) ? 'neutral' : 'correct';
  const weighting = judged ? totalPoints(judged.possible) : undefined;
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  if ('choice' in move) {
    const text = own(played.nodes, move.node)?.choices[move.choice]?.text[locale === 'en' ? 'en' : 'zh'];
    return { id: move.node, type: 'choice', response: [b36(move.choice)], result, weighting, at, ...(text && { description: { lang, text } }) };
  }
  if ('timeout' in move) return { id: move.node, type: 'other', response: ['timeout'], result, weighting, at };
  return { id: move.node, type: 'fill-in', response: [cut(move.reply.text)], result, weighting, at };
}

/**
 * An attempt just kept: the step it added (the newest), its outcome, and its suspend data
 * (`played` is the version as its variant plays it).
 */
export function attemptReport(attempt: Attempt, played: Scenario, at: Date): Report {
  const last = attempt.steps.at(-1);
  const interactions = last && !('undo' in last) ? [moveInteraction(played, netMoves(attempt.steps.slice(0, -1)), last, attempt.locale, at)] : [];
  if (attempt.status === 'finished' && attempt.score) {
    const { overall, passed } = attempt.score;
    return { interactions, outcome: { completed: true, passed, score: { raw: overall ?? 0, min: 0, max: FULL } }, suspend: '' };
  }
  const suspend = encodeSuspend(
    {
      scenarioId: attempt.scenarioId,
      hash: attempt.contentHash,
      mode: attempt.mode,
      timing: attempt.timing,
      variant: attempt.variant,
      seed: attempt.seed,
      steps: attempt.steps,
    },
    played,
  );
  return { interactions, outcome: { completed: false, passed: null }, suspend: suspend ?? '' };
}

/** How each standard words an answer of each question type. */
export function answerResponse(answer: Answer): { type: InteractionType; response: string[] } {
  switch (answer.type) {
    case 'single':
    case 'dialogue':
      return { type: 'choice', response: [b36(answer.choice)] };
    case 'multiple':
      return { type: 'choice', response: answer.choices.map(b36) };
    case 'truefalse':
      return { type: 'true-false', response: [String(answer.value)] };
    case 'ordering':
      return { type: 'sequencing', response: answer.order.map(b36) };
    case 'calc':
      return { type: 'numeric', response: [String(answer.value)] };
    case 'written':
      return { type: 'fill-in', response: answer.parts.map((p) => cut(p.text)) };
  }
}

export function answerInteraction(answer: NewQuizAnswer, at: Date): Interaction {
  const full = 'kind' in answer ? answer.selfMark.marks === answer.selfMark.outOf : answer.correct;
  return { id: answer.questionId, ...answerResponse(answer.answer as Answer), result: full ? 'correct' : 'wrong', weighting: 1, at };
}

/**
 * A chapter's practice: complete once every question has an answer, scored by the share
 * whose newest answer has full marks. `right`: for each question answered, whether it has.
 */
export function quizOutcome(questionIds: readonly string[], right: ReadonlyMap<string, boolean>): Outcome {
  const answered = questionIds.filter((id) => right.has(id));
  const correct = questionIds.filter((id) => right.get(id) === true).length;
  return {
    completed: questionIds.length > 0 && answered.length === questionIds.length,
    passed: null,
    score: { raw: questionIds.length > 0 ? Math.round((FULL * correct) / questionIds.length) : 0, min: 0, max: FULL },
  };
}

const markInteraction = (mark: QuestionMark, at: Date): Interaction => ({
  id: mark.questionId,
  ...(mark.answer ? answerResponse(mark.answer) : { type: 'other' as const, response: [''] }),
  result: mark.correct ? 'correct' : 'wrong',
  weighting: mark.outOf,
  at,
});

/** A handed-in exam: passed at the paper's pass mark, scored out of 100, each question an interaction. */
export function examReport(exam: ExamAttempt, at: Date): Report {
  const result = exam.result;
  if (!result) return { interactions: [] };
  return {
    outcome: { completed: true, passed: result.passed, score: { raw: result.score, min: 0, max: FULL } },
    interactions: (exam.marks ?? []).map((m) => markInteraction(m, at)),
    suspend: '',
  };
}

export const chapterReport = (): Report => ({ outcome: { completed: true, passed: null }, interactions: [] });
