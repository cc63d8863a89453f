/**
 * A calculation question with its numbers: drawn from a seed (the same seed always
 * gives the same numbers, so a learner's answer is stored with its seed and a review
 * shows the question again exactly as it was asked), worked out and graded.
 */
import { seededRandom } from '../random.ts';
import { CALC_TEMPLATES, type CalcTemplate, type ParamSpec, type Params, type Solution } from './calc-templates.ts';
import type { CalcQuestion } from '../../schemas/question.ts';

export interface CalcInstance extends Solution {
  seed: number;
  /** Every parameter of the template: the question's fixed ones and the drawn ones. */
  params: Params;
  template: CalcTemplate;
}

/** Draws give up after this many tries; the lint checks a question's fixed numbers leave valid draws. */
const MAX_DRAWS = 10_000;

/** How many decimals a range step has, so 0.2 + 3 × 0.05 is 0.35 and not 0.35000000000000003. */
function stepDecimals(s: ParamSpec): number {
  return (String(s.step).split('.')[1] ?? '').length;
}

function pick(s: ParamSpec, random: () => number): number {
  const steps = Math.round((s.max - s.min) / s.step);
  const n = s.min + Math.floor(random() * (steps + 1)) * s.step;
  return Number(n.toFixed(stepDecimals(s)));
}

/** Whether a number is one the template could draw for this parameter. */
export function inRange(s: ParamSpec, n: number): boolean {
  const k = (n - s.min) / s.step;
  return n >= s.min - 1e-9 && n <= s.max + 1e-9 && Math.abs(k - Math.round(k)) < 1e-6;
}

/** The template's numbers for a seed, with `fixed` ones kept; null when no draw satisfies the template. */
export function drawParams(template: CalcTemplate, seed: number, fixed: Params = {}): Params | null {
  const random = seededRandom(seed);
  for (let i = 0; i < MAX_DRAWS; i++) {
    const params = Object.fromEntries(template.params.map((s) => [s.name, fixed[s.name] ?? pick(s, random)]));
    if (!template.valid || template.valid(params)) return params;
  }
  return null;
}

export function calcInstance(question: CalcQuestion, seed: number): CalcInstance {
  const template = CALC_TEMPLATES[question.template];
  const params = drawParams(template, seed, question.params);
  if (!params) throw new Error(`${question.id}: its fixed numbers leave no valid "${question.template}" question`);
  return { seed, params, template, ...template.solve(params) };
}

export function withinTolerance(template: CalcTemplate, answer: number, exact: number): boolean {
  const { absolute, relative } = template.tolerance;
  return Number.isFinite(answer) && Math.abs(answer - exact) <= Math.max(absolute, relative * Math.abs(exact)) + 1e-9;
}
