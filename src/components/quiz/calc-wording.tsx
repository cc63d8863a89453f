/**
 * A calculation in the page's language: numbers formatted by their unit, the
 * template's question with the drawn numbers filled in, and each step of the worked
 * solution as "label: = expression = value". The domain gives numbers and keys; the
 * words and number formats are chosen here.
 */
import type { ReactNode } from 'react';
import type { CalcInstance } from '../../domain/quiz/calc.ts';
import type { Expr, Step, Unit } from '../../domain/quiz/calc-steps.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

export function formatNumber(n: number, decimals: number, locale: Locale): string {
  return n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A number with its unit ("60元", "60 yuan", "35%"); counts, scores and plain numbers go bare. */
export function withUnit(n: number, unit: Unit, decimals: number, locale: Locale, t: Translate): string {
  const text = formatNumber(n, decimals, locale);
  return unit === 'yuan' || unit === 'percent' || unit === 'seconds' || unit === 'years' ? t(`quiz.unit.${unit}`, { n: text }) : text;
}

/** Replaces `{name}` with `values[name]`. */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The template's question with this instance's numbers. */
export function calcPrompt(instance: CalcInstance, locale: Locale, t: Translate): string {
  const values = Object.fromEntries(instance.template.params.map((s) => [s.name, withUnit(instance.params[s.name]!, s.unit, s.decimals, locale, t)] as const));
  return fill(instance.template.wording.prompt[locale], values);
}

/** How far from the exact result an answer may be and still count, with its unit. */
export function toleranceText(instance: CalcInstance, locale: Locale, t: Translate): string {
  const { absolute, relative } = instance.template.tolerance;
  const { unit, decimals } = instance.template.answer;
  const allowed = Math.max(absolute, relative * Math.abs(instance.answer));
  return withUnit(allowed, unit, decimals, locale, t);
}

export function stepLabel(instance: CalcInstance, step: Step, locale: Locale): string {
  const label = instance.template.wording.steps[step.label]?.[locale] ?? step.label;
  return fill(label, Object.fromEntries(Object.entries(step.vars ?? {}).map(([k, v]) => [k, String(v)])));
}

const SYMBOL = { sum: ' + ', difference: ' − ', product: ' × ', ratio: ' ÷ ' } as const;

function precedence(expr: Expr): number {
  if (!('op' in expr)) return 4;
  return expr.op === 'power' ? 3 : expr.op === 'product' || expr.op === 'ratio' ? 2 : 1;
}

/** An expression of the working over the question's numbers and earlier steps, with brackets only where they are needed. */
export function Expression({ expr, instance, locale }: { expr: Expr; instance: CalcInstance; locale: Locale }): ReactNode {
  if ('param' in expr) {
    const spec = instance.template.params.find((s) => s.name === expr.param);
    return formatNumber(instance.params[expr.param]!, spec?.decimals ?? 0, locale);
  }
  if ('step' in expr) {
    const step = instance.steps.find((s) => s.id === expr.step);
    return formatNumber(step?.value ?? NaN, step?.decimals ?? 0, locale);
  }
  if ('value' in expr) return formatNumber(expr.value, 0, locale);
  const own = precedence(expr);
  const operand = (arg: Expr, i: number) => {
    const inner = <Expression expr={arg} instance={instance} locale={locale} />;
    // (a − b) × c and a − (b + c) need brackets; so does a ÷ (b × c) and any power of a sum.
    const bracket = precedence(arg) < own || (i > 0 && precedence(arg) === own && (expr.op === 'difference' || expr.op === 'ratio'));
    return bracket ? <>({inner})</> : inner;
  };
  if (expr.op === 'power')
    return (
      <>
        {operand(expr.args[0]!, 0)}
        <sup>{operand(expr.args[1]!, 1)}</sup>
      </>
    );
  const symbol = SYMBOL[expr.op];
  return (
    <>
      {expr.args.map((arg, i) => (
        <span key={i}>
          {i > 0 && symbol}
          {operand(arg, i)}
        </span>
      ))}
    </>
  );
}
