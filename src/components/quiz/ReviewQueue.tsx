/** The wrong-answer notebook: today's due questions, one at a time, rescheduled by FSRS. */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { loadQuestionBanks } from '../../content-client/load.ts';
import { useContent } from '../../content-client/use-content.ts';
import { indexQuestions } from '../../domain/quiz/index.ts';
import { gradeAnswer, type Answer, type Grade } from '../../domain/quiz/grade.ts';
import type { Question } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../../i18n/translate.ts';
import { storeErrorCode } from '../../storage/problems.ts';
import { progressStore } from '../../storage/store.ts';
import { ContentGate } from '../ContentGate.tsx';
import { QuestionCard } from './QuestionCard.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  chapterHrefs: Record<string, string>;
  locale: Locale;
}

/** The question banks are fetched after the page loads (they are too large to inline). */
export default function ReviewQueue({ strings, chapterHrefs, locale }: Props) {
  const banks = useContent(loadQuestionBanks, 'question-banks');
  const t = translator(strings);
  return (
    <ContentGate content={banks} t={t}>
      {(loaded) => <ReviewSession banks={loaded} chapterHrefs={chapterHrefs} locale={locale} t={t} />}
    </ContentGate>
  );
}

function ReviewSession({ banks, chapterHrefs, locale, t }: Omit<Props, 'strings'> & { banks: { chapter: string; questions: Question[] }[]; t: Translate }) {
  const byId = useMemo(() => indexQuestions(banks), [banks]);
  // The day's queue is fixed when the page opens: a card answered now waits for a later day.
  const [queue, setQueue] = useState<string[] | null>(null);
  const [total, setTotal] = useState(0);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const [grade, setGrade] = useState<Grade>();
  const [error, setError] = useState<string | null>(null);
  const [unanswered, setUnanswered] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  const failed = useEffectEvent((e: unknown) => setError(t(`store.error.${storeErrorCode(e)}`)));
  useEffect(() => {
    (async () => {
      const store = progressStore();
      const due = await store.listDue();
      setTotal(await store.countReviewCards());
      setQueue(due.map((c) => c.questionId).filter((id) => byId.has(id)));
    })().catch(failed);
  }, [byId]);

  if (error)
    return (
      <p className="notice notice-error" role="alert">
        {error}
      </p>
    );
  if (!queue) return <p className="muted">{t('common.loading')}</p>;
  if (queue.length === 0)
    return (
      <p>
        {t('review.none')} {t('review.total', { n: total })}
      </p>
    );
  if (index >= queue.length)
    return (
      <p role="status">
        {t('review.finished')} {t('review.total', { n: total })}
      </p>
    );

  const id = queue[index]!;
  const { question, chapter } = byId.get(id)!;

  async function check() {
    if (!answer) return setUnanswered(true);
    setUnanswered(false);
    const result = gradeAnswer(question, answer);
    setGrade(result);
    try {
      await progressStore().recordAnswer({
        questionId: id,
        chapter,
        mode: 'review',
        answer,
        score: result.score,
        correct: result.correct,
        answeredAt: Date.now(),
      });
    } catch (e) {
      setError(t('exam.saveError', { reason: t(`store.error.${storeErrorCode(e)}`) }));
    }
  }

  return (
    <div className="review">
      <p className="meta" role="status">
        {t('review.due', { n: queue.length - index })}
      </p>
      <div ref={top} tabIndex={-1} className="focus-target">
        <QuestionCard
          key={id}
          question={question}
          number={index + 1}
          locale={locale}
          t={t}
          answer={answer}
          onAnswer={setAnswer}
          grade={grade}
          sectionHref={`${chapterHrefs[chapter] ?? ''}#${question.section}`}
        />
      </div>
      {unanswered && (
        <p className="notice notice-error" role="alert">
          {t('quiz.noAnswer')}
        </p>
      )}
      <p className="actions">
        {grade ? (
          <button
            type="button"
            onClick={() => {
              setIndex(index + 1);
              setAnswer(undefined);
              setGrade(undefined);
              requestAnimationFrame(() => top.current?.focus());
            }}
          >
            {t('review.next')}
          </button>
        ) : (
          <button type="button" onClick={check}>
            {t('quiz.check')}
          </button>
        )}
      </p>
    </div>
  );
}
