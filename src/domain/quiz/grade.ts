/**
 * Grading: one pure function for every machine-graded question type, one result
 * type. Practice, the mock exam and the review queue all grade through `gradeAnswer`.
 * Written questions (term, short, case) are self-marked instead (`written.ts`).
 */
import { calcInstance, withinTolerance } from './calc.ts';
import type { Question } from '../../schemas/question.ts';

/** What a learner answered, by question type. Option and item indices are authored indices. */
export type Answer =
  | { type: 'single' | 'dialogue'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  /** The authored item indices in the order the learner put them. */
  | { type: 'ordering'; order: number[] }
  /** The seed the question's numbers were drawn from, and the learner's result. */
  | { type: 'calc'; seed: number; value: number }
  /** A written question: per answer box, the learner's text and the marking points they ticked (`selfMark`). */
  | { type: 'written'; parts: WrittenAnswerPart[] };

export interface WrittenAnswerPart {
  text: string;
  /** Indices of the marking points the learner ticked. */
  ticked: number[];
}

export interface Grade {
  /** Points earned, 0–1. */
  score: number;
  /** Full marks. */
  correct: boolean;
}

const full: Grade = { score: 1, correct: true };
const none: Grade = { score: 0, correct: false };

function partial(score: number): Grade {
  const rounded = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  return { score: rounded, correct: rounded === 1 };
}

/**
 * Multiple choice: each right option picked earns 1/k (k = number of right options),
 * each wrong option picked takes 1/k away, never below 0. Partial knowledge earns
 * partial credit, while ticking every box earns nothing: a candidate cannot win by
 * over-selecting, as certification exams expect.
 */
export function gradeMultiple(rightOptions: readonly number[], picked: readonly number[]): Grade {
  const right = new Set(rightOptions);
  const chosen = new Set(picked);
  let hits = 0;
  let misses = 0;
  for (const option of chosen) {
    if (right.has(option)) hits++;
    else misses++;
  }
  return partial((hits - misses) / right.size);
}

/**
 * Ordering: the share of item pairs the learner put in the right relative order.
 * One neighbouring swap in five steps still earns 0.9; a reversed list earns 0.
 */
export function gradeOrdering(itemCount: number, order: readonly number[]): Grade {
  const valid = order.length === itemCount && new Set(order).size === itemCount && order.every((i) => i >= 0 && i < itemCount);
  if (!valid) return none;
  let pairs = 0;
  let inOrder = 0;
  for (let a = 0; a < order.length; a++) {
    for (let b = a + 1; b < order.length; b++) {
      pairs++;
      if (order[a]! < order[b]!) inOrder++;
    }
  }
  return partial(inOrder / pairs);
}

export function gradeAnswer(question: Question, answer: Answer): Grade {
  switch (question.type) {
    case 'single':
    case 'dialogue':
      return (answer.type === 'single' || answer.type === 'dialogue') && answer.choice === question.answer ? full : none;
    case 'multiple':
      return answer.type === 'multiple' ? gradeMultiple(question.answer, answer.choices) : none;
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === question.answer ? full : none;
    case 'ordering':
      return answer.type === 'ordering' ? gradeOrdering(question.items.length, answer.order) : none;
    case 'calc': {
      if (answer.type !== 'calc') return none;
      const instance = calcInstance(question, answer.seed);
      return withinTolerance(instance.template, answer.value, instance.answer) ? full : none;
    }
    // Self-marked against marking points (`selfMark`), never machine-graded: no answer
    // earns points here, so a written question must not be put where grades are summed.
    case 'term':
    case 'short':
    case 'case':
      return none;
  }
}
