/**
 * Each competency's trend over a learner's attempts, oldest first: the percent of every
 * attempt that tested it (an attempt whose path never offered points in a competency
 * has no percent there, and is left out of that competency's line, not drawn as 0).
 */
import { COMPETENCIES, type Competency } from '../scenario/competencies.ts';
import type { CheckedAttempt } from './checked-attempt.ts';

/** One attempt, numbered from 1 in the order it finished. */
export interface TrendAttempt {
  n: number;
  id: string;
  scenarioId: string;
  at: number;
  percents: Record<Competency, number | null>;
  overall: number | null;
  passed: boolean;
}

export interface CompetencyTrend {
  competency: Competency;
  /** Attempt number and percent, for the attempts that tested it. */
  points: { n: number; percent: number }[];
  /** Latest minus first percent; null with fewer than two points. */
  change: number | null;
}

export interface Trends {
  attempts: TrendAttempt[];
  competencies: CompetencyTrend[];
}

export function competencyTrends(checked: readonly Pick<CheckedAttempt, 'id' | 'scenarioId' | 'at' | 'score'>[]): Trends {
  const ordered = [...checked].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const attempts = ordered.map(({ id, scenarioId, at, score }, i): TrendAttempt => ({
    n: i + 1,
    id,
    scenarioId,
    at,
    percents: Object.fromEntries(COMPETENCIES.map((c) => [c, score.competencies[c]?.percent ?? null])) as Record<Competency, number | null>,
    overall: score.overall,
    passed: score.passed,
  }));
  const competencies = COMPETENCIES.map((competency): CompetencyTrend => {
    const points = attempts.flatMap(({ n, percents }) => (percents[competency] === null ? [] : [{ n, percent: percents[competency] }]));
    return { competency, points, change: points.length < 2 ? null : points.at(-1)!.percent - points[0]!.percent };
  });
  return { attempts, competencies };
}
