/** Evaluating the small condition language of scenario files. */
import type { Competency } from './competencies.ts';
import type { Condition } from '../../schemas/scenario.ts';

/** What a condition can see of the call so far. */
export interface ConditionState {
  mood: number;
  flags: readonly string[];
  visited: readonly string[];
  points: Readonly<Record<Competency, number>>;
}

const within = (value: number, range: { min?: number; max?: number }) =>
  (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);

export function holds(condition: Condition, state: ConditionState): boolean {
  if ('mood' in condition) return within(state.mood, condition.mood);
  if ('flag' in condition) return state.flags.includes(condition.flag);
  if ('visited' in condition) return state.visited.includes(condition.visited);
  if ('points' in condition) return within(state.points[condition.points.competency], condition.points);
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  return !holds(condition.not, state);
}

/** Every flag and node a condition refers to, for the lint. */
export function references(condition: Condition): { flags: string[]; nodes: string[] } {
  if ('flag' in condition) return { flags: [condition.flag], nodes: [] };
  if ('visited' in condition) return { flags: [], nodes: [condition.visited] };
  const children = 'all' in condition ? condition.all : 'any' in condition ? condition.any : 'not' in condition ? [condition.not] : [];
  const parts = children.map(references);
  return { flags: parts.flatMap((p) => p.flags), nodes: parts.flatMap((p) => p.nodes) };
}
