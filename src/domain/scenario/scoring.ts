/**
 * Scoring: a pure function of the scenario and the learner's steps. The player,
 * the progress page and the gradebook all call this and nothing else.
 */
import { COMPETENCIES, type Competency } from './competencies.ts';
import type { Step } from './machine.ts';
import type { Scenario } from './schema.ts';

export interface CompetencyScore {
  /** Points the learner's choices earned (may be negative). */
  earned: number;
  /** The most the best choice at each visited node could have earned. */
  possible: number;
  /** earned / possible as 0–100, or null when this path did not test the competency. */
  percent: number | null;
}

export interface ScoreResult {
  competencies: Record<Competency, CompetencyScore>;
  /** The mean of the tested competencies' percents, 0–100; null before any choice. */
  overall: number | null;
}

export function scoreSteps(scenario: Scenario, steps: readonly Step[]): ScoreResult {
  const competencies = Object.fromEntries(
    COMPETENCIES.map((c) => [c, { earned: 0, possible: 0, percent: null }]),
  ) as Record<Competency, CompetencyScore>;

  for (const step of steps) {
    const choices = scenario.nodes[step.node]?.choices ?? [];
    const chosen = choices[step.choice];
    if (!chosen) continue; // replay() rejects such steps before anyone relies on a score
    for (const c of COMPETENCIES) {
      competencies[c].earned += chosen.scores[c] ?? 0;
      competencies[c].possible += Math.max(0, ...choices.map((choice) => choice.scores[c] ?? 0));
    }
  }

  const tested: number[] = [];
  for (const c of COMPETENCIES) {
    const score = competencies[c];
    if (score.possible > 0) {
      score.percent = Math.min(100, Math.max(0, Math.round((100 * score.earned) / score.possible)));
      tested.push(score.percent);
    }
  }
  const overall = tested.length > 0 ? Math.round(tested.reduce((a, b) => a + b, 0) / tested.length) : null;
  return { competencies, overall };
}
