/**
 * After hand-in, before the result: the learner marks each written answer against its
 * marking points (the checklist practice uses, `SelfMark`). Answers are fixed by now;
 * each tick is saved as it is made, so a reload comes back to this step with the
 * ticks kept.
 */
import { selfMark, writtenParts } from '../../../domain/quiz/written.ts';
import type { IndexedQuestion } from '../../../domain/quiz/index.ts';
import { isWritten } from '../../../domain/quiz/written.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';
import { SelfMark } from '../SelfMark.tsx';
import { QuestionLegend } from './QuestionLegend.tsx';

interface Props {
  exam: ExamAttempt;
  /** The written questions answered, in paper order. */
  questionIds: readonly string[];
  byId: Map<string, IndexedQuestion>;
  locale: Locale;
  t: Translate;
  onTick: (questionId: string, ticked: number[][]) => void;
  onDone: () => void;
}

export function SelfMarkStep({ exam, questionIds, byId, locale, t, onTick, onDone }: Props) {
  return (
    <section className="panel" aria-labelledby="self-mark">
      <h2 id="self-mark">{t('exam.selfMark.title')}</h2>
      <p>{t('exam.selfMark.intro')}</p>
      <ol className="exam-review">
        {questionIds.map((id) => {
          const question = byId.get(id)?.question;
          if (!question || !isWritten(question)) return null;
          const number = exam.questionIds.indexOf(id) + 1;
          const worth = exam.paper.sections.find((s) => s.questionIds.includes(id))?.marks ?? 0;
          const parts = writtenParts(question);
          const ticked = parts.map((_, p) => exam.ticked[id]?.[p] ?? []);
          const mark = selfMark(question, ticked);
          return (
            <li key={id} value={number}>
              <fieldset className="question">
                <QuestionLegend question={question} number={number} locale={locale} t={t} />
                {question.type === 'case' && <p className="case-text">{question.case[locale]}</p>}
                {parts.map((part, p) => (
                  <div key={p}>
                    {question.type === 'case' && <p className="q-number">{`${t('quiz.part', { n: p + 1 })} ${part.prompt[locale]}`}</p>}
                    <SelfMark
                      part={part}
                      text={exam.written[id]?.[p] ?? ''}
                      ticked={ticked[p]!}
                      onTick={(now) =>
                        onTick(
                          id,
                          ticked.map((was, q) => (q === p ? now : was)),
                        )
                      }
                      locale={locale}
                      t={t}
                    />
                  </div>
                ))}
                <p className="self-total" aria-live="polite">
                  {t('exam.selfMark.subtotal', { marks: mark.outOf > 0 ? Math.round((100 * worth * mark.marks) / mark.outOf) / 100 : 0, outOf: worth })}
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="actions">
        <button type="button" onClick={onDone}>
          {t('exam.selfMark.done')}
        </button>
      </p>
    </section>
  );
}
