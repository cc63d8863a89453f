/**
 * ABC tiering of customers by yearly purchases, as chapter 3 teaches it: sort from
 * largest to smallest, then a customer whose cumulative share stays below 80 % is A,
 * below 95 % is B, and the rest are C.
 */
export type Tier = 'A' | 'B' | 'C';

export interface TieredCustomer {
  id: string;
  amount: number;
  /** Share of the total, 0–100, rounded to 0.1. */
  share: number;
  /** Cumulative share including this customer, 0–100, rounded to 0.1. */
  cumulative: number;
  tier: Tier;
}

export const A_LIMIT = 80;
export const B_LIMIT = 95;

export function tierCustomers(customers: readonly { id: string; amount: number }[]): TieredCustomer[] {
  const total = customers.reduce((sum, c) => sum + c.amount, 0);
  if (total <= 0) return [];
  let running = 0;
  return [...customers]
    .sort((a, b) => b.amount - a.amount)
    .map((c) => {
      running += c.amount;
      const cumulative = Math.round((1000 * running) / total) / 10;
      const tier: Tier = cumulative < A_LIMIT ? 'A' : cumulative < B_LIMIT ? 'B' : 'C';
      return { id: c.id, amount: c.amount, share: Math.round((1000 * c.amount) / total) / 10, cumulative, tier };
    });
}
