/**
 * Item analysis of a quiz or an exam, as Moodle's quiz statistics report defines it.
 *
 * Input: one row per student (their first graded paper), each question's score on a
 * 0–max scale, `null` where the question was not on that student's paper (a drawn
 * exam gives students different questions).
 *
 * Facility index (Moodle: "F"): the mean score on the question as a share of its
 * maximum, 0–100.
 *     F_p = 100 · mean(x_p) / max_p
 *
 * Discrimination index (Moodle: "D"): the Pearson correlation between the score on the
 * question and the score on the REST of the test (the paper's total minus this
 * question, so the item does not correlate with itself), over the students who had
 * the question, times 100.
 *     X_p = T − x_p
 *     D_p = 100 · Cov(x_p, X_p) / √(Var(x_p) · Var(X_p))
 * It is undefined (null) with fewer than two students, or when either spread is zero
 * (everyone scored the same on the question, or on the rest).
 * Moodle reads D above 30 as good, 0–30 as weak, below 0 as a question that the
 * stronger students get wrong more often: check its key.
 */

export interface ItemResponse {
  /** Score on each question, 0–max; missing or null: not on this paper. */
  scores: Readonly<Record<string, number | null | undefined>>;
}

export interface ItemStatistics {
  questionId: string;
  /** Students whose paper had the question. */
  count: number;
  /** 0–100, or null when nobody had it. */
  facility: number | null;
  /** −100–100, or null when undefined (see above). */
  discrimination: number | null;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Pearson's r of paired values, or null when it is undefined. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 2 || xs.length !== ys.length) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  }
  // A spread this small is rounding noise: the scores are equal.
  if (vx < 1e-12 || vy < 1e-12) return null;
  return cov / Math.sqrt(vx * vy);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Facility and discrimination of each question in `questionIds`. `max` gives a
 * question's full marks (1 by default: the graders score 0–1).
 */
export function itemStatistics(
  questionIds: readonly string[],
  responses: readonly ItemResponse[],
  max: (questionId: string) => number = () => 1,
): ItemStatistics[] {
  const totals = responses.map((r) => Object.values(r.scores).reduce<number>((sum, s) => sum + (s ?? 0), 0));
  return questionIds.map((questionId) => {
    const item: number[] = [];
    const rest: number[] = [];
    responses.forEach((r, i) => {
      const score = r.scores[questionId];
      if (score === null || score === undefined) return;
      item.push(score);
      rest.push(totals[i]! - score);
    });
    if (item.length === 0) return { questionId, count: 0, facility: null, discrimination: null };
    const r = correlation(item, rest);
    return {
      questionId,
      count: item.length,
      facility: round1((100 * mean(item)) / max(questionId)),
      discrimination: r === null ? null : round1(100 * r),
    };
  });
}
