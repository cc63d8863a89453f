/**
 * The wrong-answer notebook's schedule, by FSRS through ts-fsrs. A card is a
 * question the learner got wrong; each review is rated Again (wrong) or Good (right),
 * and ts-fsrs decides when it is due next.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';

export type { Card };

// Day-based scheduling (no same-day learning steps): a notebook reviewed once a day.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A new card for a question just answered wrongly: due at once. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** The card after a review; `correct` maps to Good, a wrong answer to Again. */
export function reviewCard(card: Card, correct: boolean, now: Date): Card {
  return scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
}
