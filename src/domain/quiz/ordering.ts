import { seedFrom, seededRandom, shuffled } from '../random.ts';

/** The order an ordering question's items are first shown in: shuffled, fixed per question, never already right. */
export function initialOrder(questionId: string, count: number): number[] {
  const items = Array.from({ length: count }, (_, i) => i);
  const order = shuffled(items, seededRandom(seedFrom(questionId)));
  // A shuffle that happens to be right would give the answer away: rotate it by one.
  return order.every((item, i) => item === i) ? [...order.slice(1), order[0]!] : order;
}
