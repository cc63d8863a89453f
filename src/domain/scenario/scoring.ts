/**
 * Scoring: a pure function of the scenario and the learner's moves. The player,
 * the debrief, the progress page and the gradebook all call this and nothing else.
 */
import { COMPETENCIES, type Competency } from './competencies.ts';
import { forbiddenIn } from './forbidden.ts';
import { advance, effectOf, effectPoints, offeredChoices, startState, totalPoints, type CallState, type Move } from './play.ts';
import type { ForbiddenPhrase, Scenario } from './schema.ts';

export interface CompetencyScore {
  /** Points the learner's choices earned (may be negative). */
  earned: number;
  /** The most the best offered choice at each visited node could have earned. */
  possible: number;
  /** earned / possible as 0–100, or null when this path did not test the competency. */
  percent: number | null;
}

/** One move, judged: what it earned against the best choice offered at that moment. */
export interface JudgedMove {
  move: Move;
  before: CallState;
  points: Record<Competency, number>;
  /** Points of each choice offered at that moment. */
  offeredPoints: Record<Competency, number>[];
  /** The offered choice with the most points in total (first on a tie). */
  best: number;
  /** Fewer points in total than the best offered choice. */
  weak: boolean;
  forbidden: ForbiddenPhrase[];
}

export interface ScoreResult {
  competencies: Record<Competency, CompetencyScore>;
  /** Weighted mean of the tested competencies' percents, 0–100; null before any choice. */
  overall: number | null;
  passed: boolean;
}

/** Walks the moves from the start, judging each; stops at the first move not allowed. */
export function judgeMoves(scenario: Scenario, moves: readonly Move[]): JudgedMove[] {
  const judged: JudgedMove[] = [];
  let state = startState(scenario);
  for (const move of moves) {
    const effect = effectOf(scenario, state, move);
    if (!effect) break; // replay() rejects such transcripts before anyone relies on a score
    const offered = offeredChoices(scenario, state);
    const choices = scenario.nodes[state.at]!.choices;
    const offeredPoints = offered.map((i) => effectPoints(scenario, choices[i]!));
    const totals = offeredPoints.map(totalPoints);
    const best = offered[totals.indexOf(Math.max(...totals))]!;
    const points = effectPoints(scenario, effect);
    judged.push({
      move,
      before: state,
      points,
      offeredPoints,
      best,
      weak: totalPoints(points) < Math.max(...totals),
      forbidden: 'text' in effect ? forbiddenIn(effect.text.zh, scenario.forbidden) : [],
    });
    state = advance(scenario, state, effect);
  }
  return judged;
}

export function scoreMoves(scenario: Scenario, moves: readonly Move[]): ScoreResult {
  const competencies = Object.fromEntries(COMPETENCIES.map((c) => [c, { earned: 0, possible: 0, percent: null }])) as Record<Competency, CompetencyScore>;

  for (const { points, offeredPoints } of judgeMoves(scenario, moves)) {
    for (const c of COMPETENCIES) {
      competencies[c].earned += points[c];
      competencies[c].possible += Math.max(0, ...offeredPoints.map((p) => p[c]));
    }
  }

  let weighted = 0;
  let weights = 0;
  for (const c of COMPETENCIES) {
    const score = competencies[c];
    if (score.possible <= 0) continue;
    score.percent = Math.min(100, Math.max(0, Math.round((100 * score.earned) / score.possible)));
    const weight = scenario.weights[c] ?? 1;
    weighted += weight * score.percent;
    weights += weight;
  }
  const overall = weights > 0 ? Math.round(weighted / weights) : null;
  return { competencies, overall, passed: overall !== null && overall >= scenario.passMark };
}
