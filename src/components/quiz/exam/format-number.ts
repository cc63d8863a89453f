/** A calculation's number as the learner reads it: its decimals, and its unit in the page's language. */
import type { Unit } from '../../../domain/quiz/calc-steps.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';

const WITH_UNIT = new Set<Unit>(['yuan', 'percent', 'seconds', 'years']);

export function formatNumber(n: number, unit: Unit, decimals: number, locale: Locale, t: Translate): string {
  const text = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: decimals }).format(n);
  return WITH_UNIT.has(unit) ? t(`quiz.unit.${unit as 'yuan'}`, { n: text }) : text;
}

/** A template's wording with each `{name}` replaced by the parameter's number. */
export function fillNumbers(text: string, format: (name: string) => string | undefined): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => format(name) ?? whole);
}
