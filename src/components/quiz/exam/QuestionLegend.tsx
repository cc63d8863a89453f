/** The legend of an exam question: its number, its type and (but for a calculation, whose wording follows) its prompt. */
import type { Question } from '../../../schemas/question.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';

export function QuestionLegend({ question, number, locale, t }: { question: Question; number: number; locale: Locale; t: Translate }) {
  return (
    <legend>
      <span className="q-number">
        {t('quiz.number', { n: number })} · {t(`quiz.type.${question.type}`)}
      </span>
      {question.type === 'calc' ? null : question.prompt[locale]}
    </legend>
  );
}
