/**
 * Customer retention and churn rates, as chapter 8 teaches them: only customers who
 * were there at the start count, so customers won during the period are taken out of
 * the end count first.
 */
export interface RetentionCase {
  /** Customers at the start of the period. */
  atStart: number;
  /** Customers won during the period who are still there at the end. */
  gained: number;
  /** Customers at the end of the period, old and new. */
  atEnd: number;
}

export interface RetentionWorking {
  /** Customers from the start still there at the end: atEnd − gained. */
  kept: number;
  /** Customers from the start who left: atStart − kept. */
  lost: number;
  /** kept ÷ atStart × 100, rounded to 0.01. */
  retention: number;
  /** 100 − retention: the share of starting customers lost. */
  churn: number;
}

const hundredths = (x: number) => Math.round(x * 100) / 100;

export function retentionRates(c: RetentionCase): RetentionWorking {
  const kept = c.atEnd - c.gained;
  const retention = c.atStart > 0 ? hundredths((100 * kept) / c.atStart) : 0;
  return { kept, lost: c.atStart - kept, retention, churn: hundredths(100 - retention) };
}
