/**
 * Self-marking one written answer: the learner's text beside the model answer, and
 * the marking points to tick, answer box by answer box. The marks come from
 * `selfMark` (the domain); this only shows them.
 */
import { selfMark, writtenParts } from '../../../domain/quiz/written.ts';
import type { WrittenQuestion } from '../../../schemas/question.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';

interface Props {
  question: WrittenQuestion;
  texts: readonly string[];
  ticked: readonly (readonly number[])[];
  onTick: (ticked: number[][]) => void;
  /** The question's marks on the paper: the ticked points' share of them is shown. */
  worth: number;
  locale: Locale;
  t: Translate;
}

export function SelfMarkChecklist({ question, texts, ticked, onTick, worth, locale, t }: Props) {
  const parts = writtenParts(question);
  const mark = selfMark(question, ticked);
  const toggle = (p: number, i: number, on: boolean) =>
    onTick(
      parts.map((_, q) => (q !== p ? [...(ticked[q] ?? [])] : on ? [...new Set([...(ticked[q] ?? []), i])].sort() : (ticked[q] ?? []).filter((x) => x !== i))),
    );
  return (
    <div className="self-mark">
      {parts.map((part, p) => (
        <div key={p} className="self-mark-part">
          {question.type === 'case' && <p className="q-number">{`${t('exam.casePart', { n: p + 1 })} ${part.prompt[locale]}`}</p>}
          <dl className="self-mark-texts">
            <dt>{t('exam.selfMark.yours')}</dt>
            <dd className="learner-text">{texts[p]?.trim() || t('exam.noAnswerGiven')}</dd>
            <dt>{t('exam.selfMark.model')}</dt>
            <dd>{part.modelAnswer[locale]}</dd>
          </dl>
          <fieldset className="plain">
            <legend>{t('exam.selfMark.points')}</legend>
            {part.points.map((point, i) => (
              <label key={i} className="option">
                <input type="checkbox" checked={(ticked[p] ?? []).includes(i)} onChange={(e) => toggle(p, i, e.currentTarget.checked)} />
                {t('exam.selfMark.point', { text: point.text[locale], marks: point.marks })}
              </label>
            ))}
          </fieldset>
        </div>
      ))}
      <p className="meta" aria-live="polite">
        {t('exam.selfMark.subtotal', { marks: mark.outOf > 0 ? Math.round((100 * worth * mark.marks) / mark.outOf) / 100 : 0, outOf: worth })}
      </p>
    </div>
  );
}
