/**
 * A calculation in the exam: the template's question with the numbers drawn from
 * the question's seed, and a number field. In the review it shows the right result.
 */
import { useId } from 'react';
import { calcInstance, withinTolerance } from '../../../domain/quiz/calc.ts';
import type { CalcQuestion as Calc } from '../../../schemas/question.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { fillNumbers, formatNumber } from './format-number.ts';

interface Props {
  question: Calc;
  seed: number;
  legend: React.ReactNode;
  locale: Locale;
  t: Translate;
  value: number | undefined;
  onAnswer?: (value: number) => void;
  /** Set in the review: the field locks and the right result shows. */
  review?: boolean;
}

export function CalcQuestion({ question, seed, legend, locale, t, value, onAnswer, review }: Props) {
  const field = useId();
  const instance = calcInstance(question, seed);
  const { template } = instance;
  const specs = new Map(template.params.map((s) => [s.name, s]));
  const prompt = fillNumbers(template.wording.prompt[locale], (name) => {
    const spec = specs.get(name);
    return spec && formatNumber(instance.params[name]!, spec.unit, spec.decimals, locale, t);
  });
  const { unit, decimals } = template.answer;
  const unitHint = unit === 'yuan' || unit === 'percent' || unit === 'seconds' || unit === 'years' ? t(`exam.calcUnit.${unit}`) : '';
  const right = value !== undefined && withinTolerance(template, value, instance.answer);
  return (
    <fieldset className="question">
      {legend}
      {question.context && <p>{question.context[locale]}</p>}
      <p>{prompt}</p>
      <label className="field-label" htmlFor={field}>
        {t('quiz.calcAnswer')}
        {unitHint}
      </label>
      <input
        id={field}
        className="calc-input"
        type="number"
        step="any"
        inputMode="decimal"
        defaultValue={value ?? ''}
        readOnly={review}
        onChange={(e) => {
          const n = e.currentTarget.valueAsNumber;
          if (Number.isFinite(n)) onAnswer?.(n);
        }}
      />
      {review && (
        <div className={`verdict ${right ? 'verdict-right' : 'verdict-wrong'}`}>
          <p className="verdict-line">{right ? `✓ ${t('quiz.right')}` : `✗ ${value === undefined ? t('exam.noAnswerGiven') : t('quiz.wrong')}`}</p>
          <p>{t('exam.rightValue', { answer: formatNumber(instance.answer, unit, decimals, locale, t) })}</p>
          <p>{question.explanation[locale]}</p>
        </div>
      )}
    </fieldset>
  );
}
