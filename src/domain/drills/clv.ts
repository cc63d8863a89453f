/**
 * Customer lifetime value, as chapter 3 teaches it: yearly net contribution,
 * weighted year by year by the chance the customer is still buying, minus what it
 * cost to win them.
 */
export interface ClvCase {
  /** Average spend per purchase (yuan). */
  spendPerPurchase: number;
  purchasesPerYear: number;
  /** Gross margin, 0–1. */
  margin: number;
  /** Yearly cost of serving this customer (yuan). */
  serviceCostPerYear: number;
  years: number;
  /** Share of customers still buying a year later, 0–1 (1 = certain to stay). */
  retention: number;
  acquisitionCost: number;
}

export interface ClvWorking {
  yearlyRevenue: number;
  yearlyContribution: number;
  /** Expected contribution of each year: contribution × retention^(year − 1). */
  byYear: number[];
  lifetimeValue: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function lifetimeValue(c: ClvCase): ClvWorking {
  const yearlyRevenue = c.spendPerPurchase * c.purchasesPerYear;
  const yearlyContribution = yearlyRevenue * c.margin - c.serviceCostPerYear;
  const byYear = Array.from({ length: c.years }, (_, t) => cents(yearlyContribution * c.retention ** t));
  const lifetimeValue = cents(byYear.reduce((a, b) => a + b, 0) - c.acquisitionCost);
  return { yearlyRevenue: cents(yearlyRevenue), yearlyContribution: cents(yearlyContribution), byYear, lifetimeValue };
}

/** An answer counts when it is within 1 % (or 1 yuan) of the exact value: rounding along the way is fine. */
export function isCloseEnough(answer: number, exact: number): boolean {
  return Math.abs(answer - exact) <= Math.max(1, Math.abs(exact) * 0.01);
}
