/**
 * RFM segmentation with one threshold per measure, as chapter 3 teaches it: each of
 * recency, frequency and monetary value is high or low, giving eight segments.
 */
export interface RfmThresholds {
  /** Recency is high when the last purchase was at most this many days ago. */
  maxDays: number;
  /** Frequency is high at this many purchases or more. */
  minPurchases: number;
  /** Monetary value is high at this amount or more. */
  minAmount: number;
}

export interface RfmCustomer {
  id: string;
  daysSinceLast: number;
  purchases: number;
  amount: number;
}

export type Level = 'high' | 'low';
export interface RfmLevels {
  r: Level;
  f: Level;
  m: Level;
}

/** Segment ids by R, F, M level ("hhh" = all high). */
export const SEGMENTS = ['hhh', 'lhh', 'hlh', 'llh', 'hhl', 'lhl', 'hll', 'lll'] as const;
export type Segment = (typeof SEGMENTS)[number];

export function rfmLevels(c: RfmCustomer, t: RfmThresholds): RfmLevels {
  return {
    r: c.daysSinceLast <= t.maxDays ? 'high' : 'low',
    f: c.purchases >= t.minPurchases ? 'high' : 'low',
    m: c.amount >= t.minAmount ? 'high' : 'low',
  };
}

export function segmentOf(levels: RfmLevels): Segment {
  return `${levels.r[0]}${levels.f[0]}${levels.m[0]}` as Segment;
}
