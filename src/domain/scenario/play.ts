/**
 * The rules of a call, as pure functions: which choices are offered, what a choice
 * or a time-out does (points, mood, flags) and where it leads. The XState machine, the
 * scoring and the replay all build on these.
 */
import { COMPETENCIES, type Competency } from './competencies.ts';
import { holds, type ConditionState } from './conditions.ts';
import { FORBIDDEN_PENALTY, forbiddenIn } from './forbidden.ts';
import { MOOD_MAX, MOOD_MIN } from './mood.ts';
import { effectAt, isReply, replyEffect, type Effect, type Move, type ReplyMove } from './moves.ts';
import type { ForbiddenPhrase, ReplyCondition, Scenario } from '../../schemas/scenario.ts';
import { own } from '../own.ts';

export type { Effect, Move, Step } from './moves.ts';

export interface CallState extends ConditionState {
  /** The node awaiting the learner, or the ending reached. */
  at: string;
  ended: boolean;
}

export const zeroPoints = (): Record<Competency, number> => Object.fromEntries(COMPETENCIES.map((c) => [c, 0])) as Record<Competency, number>;

export function startState(scenario: Scenario): CallState {
  // A scenario is played as its first variant (variants.ts): its starting mood and flags.
  const variant = scenario.variants?.[0];
  return {
    at: scenario.start,
    ended: false,
    mood: variant?.mood ?? scenario.mood,
    flags: [...(variant?.flags ?? [])],
    visited: [scenario.start],
    points: zeroPoints(),
  };
}

/** Indices of the choices offered at the state's node (their `when` holds). */
export function offeredChoices(scenario: Scenario, state: CallState): number[] {
  const node = own(scenario.nodes, state.at);
  if (!node || state.ended) return [];
  return node.choices.flatMap((choice, index) => (!choice.when || holds(choice.when, state) ? [index] : []));
}

/**
 * Points an effect depends on only the effect and the forbidden list, yet the rules ask
 * for them at every guard and every judged move; matching the phrases is the costly
 * part, so each effect's points are kept per list (re-scoring a class replays thousands).
 */
const pointsCache = new WeakMap<Effect, WeakMap<readonly ForbiddenPhrase[], Record<Competency, number>>>();

/** Points an effect earns, with the penalty for forbidden phrases in a choice's words. */
export function effectPoints(scenario: Scenario, effect: Effect): Record<Competency, number> {
  let byList = pointsCache.get(effect);
  if (!byList) pointsCache.set(effect, (byList = new WeakMap()));
  let points = byList.get(scenario.forbidden);
  if (!points) {
    points = zeroPoints();
    for (const c of COMPETENCIES) points[c] = effect.scores[c] ?? 0;
    if ('text' in effect) points.courtesy -= FORBIDDEN_PENALTY * forbiddenIn(effect.text.zh, scenario.forbidden).length;
    if ('said' in effect) points.courtesy -= FORBIDDEN_PENALTY * effect.forbidden.length;
    byList.set(scenario.forbidden, points);
  }
  return { ...points };
}

export const totalPoints = (points: Record<Competency, number>) => COMPETENCIES.reduce((sum, c) => sum + points[c], 0);

/** The state after an effect's points, mood and flags, before routing. */
export function applyEffect(scenario: Scenario, state: CallState, effect: Effect): CallState {
  const gained = effectPoints(scenario, effect);
  return {
    ...state,
    mood: Math.min(MOOD_MAX, Math.max(MOOD_MIN, state.mood + effect.mood)),
    flags: [...state.flags, ...effect.set.filter((f) => !state.flags.includes(f))],
    points: Object.fromEntries(COMPETENCIES.map((c) => [c, state.points[c] + gained[c]])) as Record<Competency, number>,
  };
}

/** A reply's route condition: the call's conditions, and whether the marker found a mark. */
function replyHolds(condition: ReplyCondition, state: CallState, marks: Record<string, boolean>): boolean {
  if ('mark' in condition) return marks[condition.mark] === true;
  if ('all' in condition) return condition.all.every((c) => replyHolds(c, state, marks));
  if ('any' in condition) return condition.any.some((c) => replyHolds(c, state, marks));
  if ('not' in condition) return !replyHolds(condition.not, state, marks);
  return holds(condition, state);
}

/** Where an effect leads: routes are tried in order against the state after the effect. */
export function routeOf(effect: Effect, after: CallState): string {
  if ('said' in effect) return effect.next.find((route) => !route.if || replyHolds(route.if, after, effect.marks))!.to;
  return effect.next.find((route) => !route.if || holds(route.if, after))!.to;
}

/** Why a stored reply does not fit the node's rules, or null when it does. */
export type ReplyProblem = 'no-reply' | 'reply-too-long' | 'reply-marks' | 'reply-route';

export function replyProblem(scenario: Scenario, state: CallState, move: ReplyMove): ReplyProblem | null {
  const reply = own(scenario.nodes, state.at)?.reply;
  if (!reply) return 'no-reply';
  const { text, marks, forbidden, route } = move.reply;
  if ([...text].length > reply.maxChars) return 'reply-too-long';
  const ids = reply.marks.map((m) => m.id);
  const marksFit = Object.keys(marks).length === ids.length && ids.every((id) => typeof marks[id] === 'boolean');
  const phrases = new Set(scenario.forbidden.map((f) => f.phrase.zh));
  if (!marksFit || !forbidden.every((f) => phrases.has(f))) return 'reply-marks';
  const effect = replyEffect(reply, move.reply);
  return routeOf(effect, applyEffect(scenario, state, effect)) === route ? null : 'reply-route';
}

/** The choice, time-out or reply a move uses, if the move is allowed in `state`. */
export function effectOf(scenario: Scenario, state: CallState, move: Move): Effect | undefined {
  const node = own(scenario.nodes, state.at);
  if (!node || state.ended || move.node !== state.at) return undefined;
  if ('choice' in move && !offeredChoices(scenario, state).includes(move.choice)) return undefined;
  if (isReply(move) && replyProblem(scenario, state, move) !== null) return undefined;
  return effectAt(node, move);
}

export function advance(scenario: Scenario, state: CallState, effect: Effect): CallState {
  const after = applyEffect(scenario, state, effect);
  const to = routeOf(effect, after);
  return { ...after, at: to, ended: Object.hasOwn(scenario.endings, to), visited: [...after.visited, to] };
}

/** The state after the moves, from the start; stops at the first move not allowed. */
export function stateAfter(scenario: Scenario, moves: readonly Move[]): CallState {
  let state = startState(scenario);
  for (const move of moves) {
    const effect = effectOf(scenario, state, move);
    if (!effect) break;
    state = advance(scenario, state, effect);
  }
  return state;
}
