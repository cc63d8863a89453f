/**
 * A customer satisfaction index from survey answers, as chapter 6 teaches it: the
 * average of each item on a 5-point scale, weighted, divided by 5, times 100.
 */
export interface SurveyItem {
  id: string;
  /** Weights of all items add up to 1. */
  weight: number;
  /** How many answered 5, 4, 3, 2, 1 (very satisfied … very dissatisfied). */
  counts: [number, number, number, number, number];
}

export interface ItemResult {
  id: string;
  average: number;
  weighted: number;
  /** Points lost against a perfect 5: weight × (5 − average). */
  lost: number;
}

export interface IndexResult {
  items: ItemResult[];
  weightedAverage: number;
  /** 0–100, rounded to 0.1. */
  index: number;
  /** The item that loses the most points: where to improve first. */
  weakest: string;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

export function satisfactionIndex(items: readonly SurveyItem[]): IndexResult {
  const results = items.map(({ id, weight, counts }) => {
    const answers = counts.reduce((a, b) => a + b, 0);
    const points = counts.reduce((sum, n, i) => sum + n * (5 - i), 0);
    const average = answers > 0 ? round(points / answers, 2) : 0;
    return { id, average, weighted: round(weight * average, 3), lost: round(weight * (5 - average), 3) };
  });
  const weightedAverage = round(
    results.reduce((sum, r) => sum + r.weighted, 0),
    3,
  );
  const weakest = results.reduce((worst, r) => (r.lost > worst.lost ? r : worst), results[0]!).id;
  return { items: results, weightedAverage, index: round((weightedAverage / 5) * 100, 1), weakest };
}
