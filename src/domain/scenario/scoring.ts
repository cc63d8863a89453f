/**
 * Scoring: a pure function of the scenario and the learner's moves. The player,
 * the debrief, the progress page, the gradebook and the path analysis all call this
 * and nothing else.
 *
 * An attempt passes only when all three hold:
 * - no move crossed a red line (a choice or time-out marked `critical`);
 * - the call did not end badly: `lost` fails, `escalated` fails unless the ending is
 *   `warranted` (handing over was the right call), `retained` is fine;
 * - the overall score reaches the pass mark.
 * The result lists every reason it failed, so the debrief can say why in words.
 */
import { COMPETENCIES, type Competency } from './competencies.ts';
import { forbiddenMatches, phraseMatches, type ForbiddenMatch } from './forbidden.ts';
import { isReply } from './moves.ts';
import { advance, effectOf, effectPoints, offeredChoices, startState, totalPoints, zeroPoints, type CallState, type Effect, type Move } from './play.ts';
import type { Ending, Reply, Scenario } from '../../schemas/scenario.ts';
import { own } from '../own.ts';

export interface CompetencyScore {
  /** Points the learner's choices earned (may be negative). */
  earned: number;
  /** The most the best offered choice at each visited node could have earned. */
  possible: number;
  /** earned / possible as 0–100, or null when this path did not test the competency. */
  percent: number | null;
}

/** Why an attempt did not pass; codes, so the interface words them in either language. */
export type FailReason =
  | { code: 'critical-error'; node: string; choice: number | 'timeout' | 'reply' }
  | { code: 'failing-outcome'; ending: string; outcome: Ending['outcome'] }
  | { code: 'below-pass-mark'; overall: number | null; passMark: number };

/** One move, judged: what it earned against the best choice offered at that moment. */
export interface JudgedMove {
  move: Move;
  before: CallState;
  after: CallState;
  points: Record<Competency, number>;
  /** What the move could have earned there, per competency (`possibleAt`). */
  possible: Record<Competency, number>;
  /** Points of each choice offered at that moment. */
  offeredPoints: Record<Competency, number>[];
  /** The offered choice with the most points in total (first on a tie). */
  best: number;
  /** Fewer points in total than the best offered choice (a reply too: the choice is what it is measured by). */
  weak: boolean;
  /** The move crossed a red line. */
  critical: boolean;
  forbidden: ForbiddenMatch[];
}

export interface ScoreResult {
  competencies: Record<Competency, CompetencyScore>;
  /** Weighted mean of the tested competencies' percents, 0–100; null before any choice. */
  overall: number | null;
  passed: boolean;
  /** Every reason the attempt does not pass; empty when it passes. */
  fails: FailReason[];
}

/** What a path adds up to: the only inputs of a verdict. */
export interface Tally {
  /** Earned and possible points per competency. */
  points: Record<Competency, { earned: number; possible: number }>;
  /** The moves that crossed a red line. */
  critical: Move[];
  /** The ending reached, or null while the call goes on. */
  ending: string | null;
}

/** The most a reply can earn per competency: every mark with points found, none of the others. */
export function replyBest(reply: Reply): Record<Competency, number> {
  const best = zeroPoints();
  for (const mark of reply.marks) for (const c of COMPETENCIES) best[c] += Math.max(0, mark.scores[c] ?? 0);
  return best;
}

/**
 * What a move could have earned at its node, per competency: the best offered choice,
 * and for a reply also the best reply (so neither way of answering can score above 100,
 * and answering by the choices is measured as before).
 */
export function possibleAt(scenario: Scenario, state: CallState, move: Move): Record<Competency, number> {
  const node = own(scenario.nodes, state.at)!;
  const offered = offeredChoices(scenario, state).map((i) => effectPoints(scenario, node.choices[i]!));
  if (isReply(move) && node.reply) offered.push(replyBest(node.reply));
  return Object.fromEntries(COMPETENCIES.map((c) => [c, Math.max(0, ...offered.map((p) => p[c]))])) as Record<Competency, number>;
}

/** Whether an ending fails the attempt by itself. */
export function outcomeFails(ending: Ending): boolean {
  return ending.outcome === 'lost' || (ending.outcome === 'escalated' && !ending.warranted);
}

/** The forbidden phrases in what a move said: a choice's Chinese text, or those the marker found in a reply. */
function forbiddenSaid(scenario: Scenario, effect: Effect): ForbiddenMatch[] {
  if ('text' in effect) return forbiddenMatches(effect.text.zh, scenario.forbidden);
  if (!('said' in effect)) return [];
  return scenario.forbidden
    .filter((phrase) => effect.forbidden.includes(phrase.phrase.zh))
    .map((phrase) => {
      const quotes = phraseMatches(effect.said, phrase.phrase.zh);
      return { phrase, quotes: quotes.length > 0 ? quotes : [phrase.phrase.en] };
    });
}

/** Walks the moves from the start, judging each; stops at the first move not allowed. */
export function judgeMoves(scenario: Scenario, moves: readonly Move[]): JudgedMove[] {
  const judged: JudgedMove[] = [];
  let state = startState(scenario);
  for (const move of moves) {
    const effect = effectOf(scenario, state, move);
    if (!effect) break; // replay() rejects such transcripts before anyone relies on a score
    const offered = offeredChoices(scenario, state);
    const choices = own(scenario.nodes, state.at)!.choices;
    const offeredPoints = offered.map((i) => effectPoints(scenario, choices[i]!));
    const totals = offeredPoints.map(totalPoints);
    const best = offered[totals.indexOf(Math.max(...totals))]!;
    const points = effectPoints(scenario, effect);
    const after = advance(scenario, state, effect);
    judged.push({
      move,
      before: state,
      after,
      points,
      possible: possibleAt(scenario, state, move),
      offeredPoints,
      best,
      weak: totalPoints(points) < Math.max(...totals),
      critical: effect.critical !== undefined,
      forbidden: forbiddenSaid(scenario, effect),
    });
    state = after;
  }
  return judged;
}

/** The verdict on a tally: percents, overall, pass or fail and why. */
export function verdict(scenario: Scenario, tally: Tally): ScoreResult {
  const competencies = {} as Record<Competency, CompetencyScore>;
  let weighted = 0;
  let weights = 0;
  for (const c of COMPETENCIES) {
    const { earned, possible } = tally.points[c];
    const percent = possible > 0 ? Math.min(100, Math.max(0, Math.round((100 * earned) / possible))) : null;
    competencies[c] = { earned, possible, percent };
    if (percent === null) continue;
    const weight = scenario.weights[c] ?? 1;
    weighted += weight * percent;
    weights += weight;
  }
  const overall = weights > 0 ? Math.round(weighted / weights) : null;

  const fails: FailReason[] = tally.critical.map((m) => ({
    code: 'critical-error',
    node: m.node,
    choice: isReply(m) ? 'reply' : 'timeout' in m ? 'timeout' : m.choice,
  }));
  const ending = tally.ending === null ? undefined : own(scenario.endings, tally.ending);
  if (ending && outcomeFails(ending)) fails.push({ code: 'failing-outcome', ending: tally.ending!, outcome: ending.outcome });
  if (overall === null || overall < scenario.passMark) fails.push({ code: 'below-pass-mark', overall, passMark: scenario.passMark });
  return { competencies, overall, passed: fails.length === 0, fails };
}

export const emptyTally = (): Tally => ({
  points: Object.fromEntries(COMPETENCIES.map((c) => [c, { earned: 0, possible: 0 }])) as Tally['points'],
  critical: [],
  ending: null,
});

export function scoreMoves(scenario: Scenario, moves: readonly Move[]): ScoreResult {
  const tally = emptyTally();
  const judged = judgeMoves(scenario, moves);
  for (const { move, points, possible, critical } of judged) {
    for (const c of COMPETENCIES) {
      tally.points[c].earned += points[c];
      tally.points[c].possible += possible[c];
    }
    if (critical) tally.critical.push(move);
  }
  const last = judged.at(-1)?.after;
  if (last?.ended) tally.ending = last.at;
  return verdict(scenario, tally);
}
