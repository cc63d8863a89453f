/**
 * A written question (term definition, short answer, case analysis): the learner
 * writes in one box (a case: one per part), then marks the answer against the
 * marking points (`SelfMark`). Once marking starts the text is fixed: it is what was
 * written before the model answer was seen.
 */
import { useId } from 'react';
import type { Answer, WrittenAnswerPart } from '../../domain/quiz/grade.ts';
import { selfMarkOf, writtenParts } from '../../domain/quiz/written.ts';
import type { WrittenQuestion } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { SelfMark } from './SelfMark.tsx';

interface Props {
  question: WrittenQuestion;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Writing; marking (model answer and checklist shown, ticks open); recorded (all read-only). */
  stage: 'writing' | 'marking' | 'recorded';
  locale: Locale;
  t: Translate;
}

export function WrittenCard({ question, answer, onAnswer, stage, locale, t }: Props) {
  const id = useId();
  const parts = writtenParts(question);
  const given: WrittenAnswerPart[] = parts.map((_, p) => (answer?.type === 'written' ? answer.parts[p] : undefined) ?? { text: '', ticked: [] });
  const update = (p: number, change: Partial<WrittenAnswerPart>) =>
    onAnswer({ type: 'written', parts: given.map((part, i) => (i === p ? { ...part, ...change } : part)) });
  const isCase = question.type === 'case';
  const total = selfMarkOf(question, answer);

  return (
    <>
      {isCase && (
        <div className="case-text">
          <p className="case-heading">{t('quiz.case')}</p>
          <p>{question.case[locale]}</p>
        </div>
      )}
      {parts.map((part, p) => (
        <div key={p} className="written-part">
          {isCase && (
            <p className="part-prompt" id={`${id}-prompt-${p}`}>
              <strong>{t('quiz.part', { n: p + 1 })}</strong> {part.prompt[locale]}
            </p>
          )}
          {stage === 'writing' ? (
            <>
              <label className="field-label" htmlFor={`${id}-text-${p}`}>
                {t('quiz.writeHere')}
              </label>
              <textarea
                id={`${id}-text-${p}`}
                className="written-input"
                rows={isCase ? 5 : 4}
                value={given[p]!.text}
                aria-describedby={isCase ? `${id}-prompt-${p}` : undefined}
                onChange={(e) => update(p, { text: e.target.value })}
              />
            </>
          ) : (
            <SelfMark
              part={part}
              text={given[p]!.text}
              ticked={given[p]!.ticked}
              onTick={stage === 'marking' ? (ticked) => update(p, { ticked }) : undefined}
              locale={locale}
              t={t}
            />
          )}
        </div>
      ))}
      {isCase && stage === 'marking' && (
        <p className="self-total" aria-live="polite">
          {t('quiz.selfMarked', { marks: total.marks, outOf: total.outOf })}
        </p>
      )}
    </>
  );
}
