/**
 * The wrong-answer notebook (错题本): every wrong answer puts its question in the
 * queue; each review reschedules it with FSRS.
 */
import { newCard, reviewCard } from '../domain/review/schedule.ts';
import type { DojoDb, QuizAnswer } from './db.ts';

/**
 * Records answers, and keeps the review queue in step in the same transaction: a
 * wrong answer adds the question (or marks it forgotten again); a review answer
 * reschedules the card. An exam's answers are written together, all or none.
 */
export async function recordAnswers(db: DojoDb, answers: readonly Omit<QuizAnswer, 'id'>[]): Promise<void> {
  await db.transaction('rw', db.quizAnswers, db.reviewCards, async () => {
    for (const answer of answers) {
      const now = new Date(answer.answeredAt);
      await db.quizAnswers.add(answer);
      const existing = await db.reviewCards.get(answer.questionId);
      if (existing && (answer.mode === 'review' || !answer.correct)) {
        const card = reviewCard(existing.card, answer.correct, now);
        await db.reviewCards.put({ ...existing, card, due: new Date(card.due).getTime() });
      } else if (!existing && !answer.correct) {
        const card = newCard(now);
        await db.reviewCards.add({ questionId: answer.questionId, chapter: answer.chapter, card, addedAt: answer.answeredAt, due: new Date(card.due).getTime() });
      }
    }
  });
}

export function recordAnswer(db: DojoDb, answer: Omit<QuizAnswer, 'id'>): Promise<void> {
  return recordAnswers(db, [answer]);
}
