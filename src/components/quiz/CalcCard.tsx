/**
 * A calculation question: its numbers drawn from the answer's seed (or, before an
 * answer, the seed the page drew for this attempt), a box for the result that takes
 * the number as a learner types it, and after checking the worked solution.
 */
import { useId, useState } from 'react';
import type { CalcInstance } from '../../domain/quiz/calc.ts';
import type { Answer } from '../../domain/quiz/grade.ts';
import { parseNumberInput } from '../../domain/quiz/number-input.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { Expression, calcPrompt, stepLabel, toleranceText, withUnit } from './calc-wording.tsx';

interface InputProps {
  instance: CalcInstance;
  context: string | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer | undefined) => void;
  locked: boolean;
  locale: Locale;
  t: Translate;
}

export function CalcInput({ instance, context, answer, onAnswer, locked, locale, t }: InputProps) {
  const id = useId();
  const [typed, setTyped] = useState(answer?.type === 'calc' ? String(answer.value) : '');
  const invalid = typed.trim() !== '' && parseNumberInput(typed) === null;
  return (
    <>
      {context && <p>{context}</p>}
      <p className="calc-prompt">{calcPrompt(instance, locale, t)}</p>
      <label className="field-label" htmlFor={`${id}-value`}>
        {t('quiz.calcAnswer')}
      </label>
      <input
        id={`${id}-value`}
        className="calc-input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={typed}
        readOnly={locked}
        aria-invalid={invalid}
        aria-describedby={`${id}-format${invalid ? ` ${id}-invalid` : ''}`}
        onChange={(e) => {
          setTyped(e.target.value);
          const value = parseNumberInput(e.target.value);
          onAnswer(value === null ? undefined : { type: 'calc', seed: instance.seed, value });
        }}
      />
      <p className="muted" id={`${id}-format`}>
        {t('quiz.calcFormat')}
      </p>
      {invalid && !locked && (
        <p className="field-error" id={`${id}-invalid`}>
          {t('quiz.notNumber')}
        </p>
      )}
    </>
  );
}

/** After checking: the learner's result, the exact one, and the steps that lead to it. */
export function CalcSolution({ instance, value, locale, t }: { instance: CalcInstance; value: number; locale: Locale; t: Translate }) {
  const { unit, decimals } = instance.template.answer;
  return (
    <>
      <p>{t('quiz.yourValue', { value: withUnit(value, unit, Math.max(decimals, decimalsOf(value)), locale, t) })}</p>
      <p>{t('quiz.exactAnswer', { value: withUnit(instance.answer, unit, decimals, locale, t), tolerance: toleranceText(instance, locale, t) })}</p>
      <h4>{t('quiz.workedSolution')}</h4>
      <ol className="calc-steps">
        {instance.steps.map((step) => (
          <li key={step.id}>
            <span className="step-label">{stepLabel(instance, step, locale)}</span>{' '}
            <span className="step-working">
              = <Expression expr={step.expr} instance={instance} locale={locale} /> ={' '}
              <strong>{withUnit(step.value, step.unit, step.decimals, locale, t)}</strong>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Decimal places the learner gave, so 1,234.56 is not shown as 1,234.6. */
function decimalsOf(n: number): number {
  return Math.min(6, (String(n).split('.')[1] ?? '').length);
}
