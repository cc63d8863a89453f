/**
 * The worked solution of a calculation, as data: each step names what it finds (a
 * label key the interface words in either language), how (an expression over the
 * question's numbers and earlier steps) and the value. The interface can show
 * "= 60 × 100 = 6,000" in any language; a test re-evaluates every step.
 */

/**
 * How a number is shown: `yuan`, `percent`, `seconds` and `years` carry their unit
 * ("60元" / "60 yuan", "35%"); `count`, `score` and `number` are shown bare, the
 * wording around them names what is counted.
 */
export type Unit = 'yuan' | 'percent' | 'count' | 'seconds' | 'years' | 'score' | 'number';

export type Expr = { param: string } | { step: string } | { value: number } | { op: 'sum' | 'difference' | 'product' | 'ratio' | 'power'; args: Expr[] };

export interface Step {
  /** Unique within the solution; later steps refer to it. */
  id: string;
  /** Key of the step's label in the template's wording. */
  label: string;
  /** Numbers the label mentions, e.g. `{ n: 2 }` for "year 2". */
  vars?: Record<string, number>;
  expr: Expr;
  /** The value the chapter's calculation gives, rounded as it rounds. */
  value: number;
  unit: Unit;
  /** Decimal places the value is shown (and was rounded) to. */
  decimals: number;
}

export const param = (name: string): Expr => ({ param: name });
export const step = (id: string): Expr => ({ step: id });
export const value = (n: number): Expr => ({ value: n });
export const sum = (...args: Expr[]): Expr => ({ op: 'sum', args });
export const difference = (...args: Expr[]): Expr => ({ op: 'difference', args });
export const product = (...args: Expr[]): Expr => ({ op: 'product', args });
export const ratio = (a: Expr, b: Expr): Expr => ({ op: 'ratio', args: [a, b] });
export const power = (a: Expr, b: Expr): Expr => ({ op: 'power', args: [a, b] });
/** a ÷ b × 100. */
export const percent = (a: Expr, b: Expr): Expr => product(ratio(a, b), value(100));

/** The value of an expression, given the question's numbers and the values of earlier steps. */
export function evaluate(expr: Expr, params: Readonly<Record<string, number>>, steps: Readonly<Record<string, number>>): number {
  if ('param' in expr) return lookup(params, expr.param, 'parameter');
  if ('step' in expr) return lookup(steps, expr.step, 'step');
  if ('value' in expr) return expr.value;
  const args = expr.args.map((a) => evaluate(a, params, steps));
  switch (expr.op) {
    case 'sum':
      return args.reduce((a, b) => a + b, 0);
    case 'difference':
      return args.slice(1).reduce((a, b) => a - b, args[0] ?? 0);
    case 'product':
      return args.reduce((a, b) => a * b, 1);
    case 'ratio':
      return args[0]! / args[1]!;
    case 'power':
      return args[0]! ** args[1]!;
  }
}

function lookup(values: Readonly<Record<string, number>>, name: string, what: string): number {
  const v = values[name];
  if (v === undefined) throw new Error(`unknown ${what} "${name}"`);
  return v;
}
