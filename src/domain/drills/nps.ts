/**
 * Net Promoter Score, as chapter 7 teaches it: on the 0–10 "would you recommend us"
 * question, 9–10 are promoters, 7–8 passives, 0–6 detractors; NPS is the share of
 * promoters minus the share of detractors, in percentage points (−100 to +100).
 */
export interface NpsCase {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsWorking {
  respondents: number;
  /** Percent of respondents, rounded to 0.1. */
  promoterShare: number;
  detractorShare: number;
  /** promoterShare − detractorShare. */
  nps: number;
}

const tenths = (x: number) => Math.round(x * 10) / 10;

export function netPromoterScore(c: NpsCase): NpsWorking {
  const respondents = c.promoters + c.passives + c.detractors;
  const share = (n: number) => (respondents > 0 ? tenths((100 * n) / respondents) : 0);
  const promoterShare = share(c.promoters);
  const detractorShare = share(c.detractors);
  return { respondents, promoterShare, detractorShare, nps: tenths(promoterShare - detractorShare) };
}
