/**
 * Chapter practice: one question at a time, checked at once, with the explanation;
 * a written question is marked by the learner against its points before it is
 * recorded. Checked answers and the question on screen are saved, so a reload
 * resumes there (a calculation with the numbers it was asked with).
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { gradeAnswer, type Answer } from '../../domain/quiz/grade.ts';
import { isWritten, selfMarkBelowHalf, selfMarkOf } from '../../domain/quiz/written.ts';
import type { Question } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import { loadQuestionBank } from '../../content-client/load.ts';
import { useContent } from '../../content-client/use-content.ts';
import { ContentFailed } from '../ContentGate.tsx';
import { NotKeptNotice } from '../NotKeptNotice.tsx';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { storeErrorCode } from '../../storage/problems.ts';
import { progressStore } from '../../storage/store.ts';
import { answerRecord, freshSeed, isAnswered } from './answer-flow.ts';
import { FirstQuestion } from './FirstQuestion.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { useQuestionHistory } from './use-question-history.ts';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  chapter: string;
  /** The version of the chapter's question bank the page was built with, fetched by the island (`/content/questions/…`). */
  hash: string;
  /** The bank's first question and its number of questions: what the page shows until the learner's run is known. */
  first: Question;
  count: number;
  chapterHref: string;
  reviewHref: string;
  locale: Locale;
}

function QuizPracticeView({ strings, questions, chapter, chapterHref, reviewHref, locale, first, count }: Omit<Props, 'hash'> & { questions: Question[] }) {
  const t = translator(strings);
  const [ready, setReady] = useState(false);
  const [index, setIndex] = useState(0);
  /** Checked answers of this run, by question id. */
  const [checked, setChecked] = useState<Record<string, Answer>>({});
  /** The answer being given to the question on screen, before it is checked. */
  const [draft, setDraft] = useState<Answer>();
  /** A written answer is being marked against its points. */
  const [marking, setMarking] = useState(false);
  /** Where the numbers of a calculation on screen come from; new for each question shown. */
  const [seed, setSeed] = useState(freshSeed);
  const [error, setError] = useState<string | null>(null);
  const focusTarget = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const question = questions[index];
  const finished = index >= questions.length;
  const saved = question && checked[question.id];
  const history = useQuestionHistory(question?.id, saved !== undefined);

  const fail = (e: unknown) => setError(t('exam.saveError', { reason: t(`store.error.${storeErrorCode(e)}`) }));

  // Where the learner was in this chapter's practice, read once per chapter.
  const resume = useEffectEvent(() =>
    progressStore()
      .findQuizRun(chapter)
      .then((run) => {
        if (!run) return;
        setChecked(run.answers);
        setIndex(Math.min(run.position, questions.length));
      })
      .catch(fail)
      .finally(() => setReady(true)),
  );
  useEffect(() => {
    void resume();
  }, [chapter]);

  useEffect(() => {
    if (moved.current) focusTarget.current?.focus();
  }, [index, saved, marking]);

  async function check() {
    if (!question) return;
    if (!isAnswered(question, draft)) return setError(t(isWritten(question) ? 'quiz.writeFirst' : 'quiz.noAnswer'));
    setError(null);
    moved.current = true;
    if (isWritten(question) && !marking) return setMarking(true);
    try {
      await progressStore().recordAnswer(answerRecord(question, chapter, 'practice', draft, Date.now()));
    } catch (e) {
      fail(e);
    }
    setChecked({ ...checked, [question.id]: draft });
    setMarking(false);
  }

  function moveTo(position: number, restart = false) {
    moved.current = true;
    setIndex(position);
    setDraft(undefined);
    setMarking(false);
    setSeed(freshSeed());
    if (restart) setChecked({});
    const store = progressStore();
    (restart ? store.restartQuizRun(chapter) : store.moveQuizRun(chapter, position)).catch(fail);
  }

  if (!ready) return <FirstQuestion question={first} count={count} locale={locale} t={t} chapterHref={chapterHref} />;

  if (finished) {
    // Machine grades and self-marks are totalled apart: a self-mark is not a score.
    const graded = questions.filter((q) => !isWritten(q));
    const scores = graded.filter((q) => checked[q.id]).map((q) => gradeAnswer(q, checked[q.id]!).score);
    const right = scores.filter((s) => s === 1).length;
    const score = Math.round((100 * scores.reduce((a, b) => a + b, 0)) / Math.max(1, scores.length));
    const marks = questions.flatMap((q) => (isWritten(q) && checked[q.id] ? [selfMarkOf(q, checked[q.id])] : []));
    const missedAny = right < graded.length || marks.some(selfMarkBelowHalf);
    return (
      <div className="panel" ref={focusTarget} tabIndex={-1}>
        <h2>{t('quiz.done', { right, total: graded.length, score })}</h2>
        {marks.length > 0 && <p>{t('quiz.doneSelf', { marks: marks.reduce((s, m) => s + m.marks, 0), outOf: marks.reduce((s, m) => s + m.outOf, 0) })}</p>}
        {missedAny && (
          <p>
            {t('quiz.toReview')} <a href={reviewHref}>{t('quizzes.review')}</a>
          </p>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <p className="actions">
          <button type="button" onClick={() => moveTo(0, true)}>
            {t('quiz.again')}
          </button>
        </p>
      </div>
    );
  }

  const written = isWritten(question!);
  return (
    <div className="quiz">
      <p className="meta" aria-live="polite">
        {t('quiz.progress', { n: index + 1, total: questions.length })}
      </p>
      <div ref={focusTarget} tabIndex={-1} className="focus-target">
        <QuestionCard
          key={`${question!.id}:${seed}`}
          question={question!}
          number={index + 1}
          locale={locale}
          t={t}
          answer={saved ?? draft}
          onAnswer={setDraft}
          onClear={() => setDraft(undefined)}
          checked={saved !== undefined}
          marking={marking}
          seed={seed}
          history={history}
          sectionHref={`${chapterHref}#${question!.section}`}
        />
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        {saved ? (
          <button type="button" onClick={() => moveTo(index + 1)}>
            {index + 1 < questions.length ? t('quiz.next') : t('quiz.finish')}
          </button>
        ) : (
          <button type="button" onClick={check}>
            {written ? t(marking ? 'quiz.saveMarks' : 'quiz.markMine') : t('quiz.check')}
          </button>
        )}
      </p>
    </div>
  );
}

/** The island: the chapter's first question while the questions are fetched, then the practice; under the notice said when the browser keeps nothing (`NotKeptNotice`). */
export default function QuizPractice({ hash, ...props }: Props) {
  const t = translator(props.strings);
  const bank = useContent(() => loadQuestionBank(props.chapter, hash), `${props.chapter}/${hash}`);
  return (
    <>
      <NotKeptNotice t={t} />
      {bank.state === 'ready' ? (
        <QuizPracticeView {...props} questions={bank.value.bank.questions} />
      ) : bank.state === 'failed' ? (
        <ContentFailed error={bank.error} retry={bank.retry} t={t} />
      ) : (
        <FirstQuestion question={props.first} count={props.count} locale={props.locale} t={t} chapterHref={props.chapterHref} />
      )}
    </>
  );
}
