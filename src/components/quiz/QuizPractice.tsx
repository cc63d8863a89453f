/** Chapter practice: one question at a time, checked at once, with the explanation. */
import { useEffect, useRef, useState } from 'react';
import { gradeAnswer, type Answer, type Grade } from '../../domain/quiz/grade.ts';
import type { Question } from '../../domain/quiz/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { dojoDb } from '../../storage/db.ts';
import { recordAnswer } from '../../storage/review.ts';
import { QuestionCard } from './QuestionCard.tsx';

interface Props {
  questions: Question[];
  chapter: string;
  chapterHref: string;
  reviewHref: string;
  locale: Locale;
}

export default function QuizPractice({ questions, chapter, chapterHref, reviewHref, locale }: Props) {
  const t = useTranslations(locale);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const [grade, setGrade] = useState<Grade>();
  const [scores, setScores] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const focusTarget = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const question = questions[index];
  const finished = index >= questions.length;

  useEffect(() => {
    if (moved.current) focusTarget.current?.focus();
  }, [index, grade]);

  async function check() {
    if (!question) return;
    if (!answer) return setError(t('quiz.noAnswer'));
    const result = gradeAnswer(question, answer);
    setError(null);
    setGrade(result);
    setScores([...scores, result.score]);
    moved.current = true;
    try {
      await recordAnswer(dojoDb(), { questionId: question.id, chapter, mode: 'practice', answer, score: result.score, correct: result.correct, answeredAt: Date.now() });
    } catch (e) {
      setError(t('exam.saveError', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  function next() {
    setIndex(index + 1);
    setAnswer(undefined);
    setGrade(undefined);
  }

  if (finished) {
    const right = scores.filter((s) => s === 1).length;
    const score = Math.round((100 * scores.reduce((a, b) => a + b, 0)) / Math.max(1, scores.length));
    return (
      <div className="panel" ref={focusTarget} tabIndex={-1}>
        <h2>{t('quiz.done', { right, total: questions.length, score })}</h2>
        {right < questions.length && <p>{t('quiz.toReview')} <a href={reviewHref}>{t('quizzes.review')}</a></p>}
        <p className="actions">
          <button type="button" onClick={() => { moved.current = true; setIndex(0); setScores([]); }}>{t('quiz.again')}</button>
        </p>
      </div>
    );
  }

  return (
    <div className="quiz">
      <p className="meta" aria-live="polite">{t('quiz.progress', { n: index + 1, total: questions.length })}</p>
      <div ref={focusTarget} tabIndex={-1} className="focus-target">
        <QuestionCard key={question!.id} question={question!} number={index + 1} locale={locale} t={t} answer={answer} onAnswer={setAnswer}
          grade={grade} sectionHref={`${chapterHref}#${question!.section}`} />
      </div>
      {error && <p className="notice notice-error" role="alert">{error}</p>}
      <p className="actions">
        {grade ? (
          <button type="button" onClick={next}>{index + 1 < questions.length ? t('quiz.next') : t('quiz.finish')}</button>
        ) : (
          <button type="button" onClick={check}>{t('quiz.check')}</button>
        )}
      </p>
    </div>
  );
}
