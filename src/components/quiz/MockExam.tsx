/**
 * The timed mock exam. Every answer and flag is written when it is given; the clock
 * runs from the stored start, so a reload resumes with the right time left, and an
 * exam whose time ran out while the page was closed is handed in on return.
 */
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { ContentLoadError, loadQuestionBanks } from '../../content-client/load.ts';
import { drawExam, EXAM_MINUTES, EXAM_QUESTIONS, markPaper, PASS_MARK, remainingMs, type ChapterPool } from '../../domain/quiz/exam.ts';
import { ADD_TIME_STEP, extraTimeCap, nextExtraTime, START_EXTRA_SHARES, startExtraMinutes } from '../../domain/quiz/extra-time.ts';
import { indexQuestions, type IndexedQuestion } from '../../domain/quiz/index.ts';
import { gradeAnswer } from '../../domain/quiz/grade.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../../i18n/translate.ts';
import { storeErrorCode } from '../../storage/problems.ts';
import type { ProgressStore } from '../../storage/progress-store.ts';
import type { ExamAttempt } from '../../storage/records/exam.ts';
import { learnerExamExtraShare } from '../../storage/learner-time.ts';
import { progressStore } from '../../storage/store.ts';
import { ContentFailed } from '../ContentGate.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { ScoreTrend } from './ScoreTrend.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  /** Chapter slug → the lesson plan's hours (class + practice), which weight the draw. */
  hours: Record<string, number>;
  /** Chapter slug → link to the chapter page. */
  chapterHrefs: Record<string, string>;
  locale: Locale;
}

const SIZES = { full: { questions: EXAM_QUESTIONS, minutes: EXAM_MINUTES }, short: { questions: 10, minutes: 12 } } as const;

function randomSeed(): string {
  return crypto.randomUUID().slice(0, 6).toUpperCase();
}

export default function MockExam({ strings, hours, chapterHrefs, locale }: Props) {
  return <ExamSession hours={hours} chapterHrefs={chapterHrefs} locale={locale} t={translator(strings)} />;
}

/**
 * The question banks are fetched only when a paper needs them (it is started, or one is
 * resumed or handed in on return): the page neither waits for them nor grows with them.
 */
function ExamSession({ hours, chapterHrefs, locale, t }: Omit<Props, 'strings'> & { t: Translate }) {
  const [pools, setPools] = useState<ChapterPool[] | null>(null);
  const byId = useMemo(() => indexQuestions(pools ?? []), [pools]);
  const [contentError, setContentError] = useState<unknown>(null);
  const [tries, setTries] = useState(0);
  const [exam, setExam] = useState<ExamAttempt | null>(null);
  const [history, setHistory] = useState<ExamAttempt[]>([]);
  const [ready, setReady] = useState(false);
  const [index, setIndex] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const questionTop = useRef<HTMLDivElement>(null);
  const handingIn = useRef(false);
  const capReason = useId();
  const [defaultExtra, setDefaultExtra] = useState(0);

  const fail = (e: unknown) =>
    e instanceof ContentLoadError ? setContentError(e) : setError(t('exam.saveError', { reason: t(`store.error.${storeErrorCode(e)}`) }));

  /** The banks, fetched once (`loadQuestionBanks` keeps each file). */
  async function needPools(): Promise<ChapterPool[]> {
    if (pools) return pools;
    const loaded = (await loadQuestionBanks()).map((b): ChapterPool => ({ ...b, hours: hours[b.chapter] ?? 0 }));
    setPools(loaded);
    return loaded;
  }

  // The exam in progress (or one whose time ran out while the page was closed), read once.
  const open = useEffectEvent(() =>
    (async () => {
      const store = progressStore();
      const [active, finished, share] = await Promise.all([store.findActiveExam(), store.listFinishedExams(), learnerExamExtraShare(store)]);
      setHistory(finished);
      // The learner's own extra-time setting (in their profile) is the paper's default.
      setDefaultExtra(Math.round(share * 100));
      const loaded = active ? await needPools() : null;
      if (active && remainingMs(active.startedAt, active.minutes, Date.now()) === 0) await hand(active, 'timeout', indexQuestions(loaded!));
      else if (active) {
        setExam(active);
        setIndex(active.position);
      }
    })()
      .catch(fail)
      .finally(() => setReady(true)),
  );
  // Again when the learner retries after the banks could not be fetched.
  useEffect(() => {
    void open();
  }, [tries]);

  const running = exam?.status === 'active';
  const left = exam ? remainingMs(exam.startedAt, exam.minutes, now) : 0;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const expire = useEffectEvent(() => {
    if (exam) void hand(exam, 'timeout');
  });
  useEffect(() => {
    if (running && left === 0) expire();
  }, [running, left]);

  /** Marks the paper (in the domain) and records the hand-in in one write. */
  async function hand(attempt: ExamAttempt, by: 'learner' | 'timeout', questions = byId) {
    if (handingIn.current) return;
    handingIn.current = true;
    try {
      const store = progressStore();
      const paper = attempt.questionIds.map((id) => questions.get(id)).filter((entry): entry is IndexedQuestion => entry !== undefined);
      const { result, marks } = markPaper(paper, attempt.answers);
      const done = await store.handInExam(attempt.id, { result, marks, submittedBy: by });
      setExam(done);
      setHistory(await store.listFinishedExams());
      setConfirming(false);
      requestAnimationFrame(() => resultHeading.current?.focus());
    } finally {
      handingIn.current = false;
    }
  }

  async function start(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const size = SIZES[(form.get('size') as keyof typeof SIZES) ?? 'full'];
    const seed =
      String(form.get('seed') ?? '')
        .trim()
        .toUpperCase() || randomSeed();
    const extraMinutes = startExtraMinutes(size.minutes, Number(form.get('extra') ?? 0) / 100);
    try {
      const loaded = await needPools();
      if (loaded.every((p) => p.questions.length === 0)) return;
      const questionIds = drawExam(loaded, seed, size.questions);
      const started = await progressStore().startExam({ seed, questionIds, paperMinutes: size.minutes, extraMinutes, locale });
      setNow(Date.now());
      setIndex(0);
      setExam(started);
      requestAnimationFrame(() => questionTop.current?.focus());
    } catch (e) {
      fail(e);
    }
  }

  /** Writes a change; `shown` is what the learner sees at once, before the write completes. */
  async function change(update: (store: ProgressStore, id: string) => Promise<ExamAttempt>, shown?: ExamAttempt) {
    if (!exam) return;
    if (shown) setExam(shown);
    try {
      setExam(await update(progressStore(), exam.id));
      setError(null);
    } catch (e) {
      fail(e);
    }
  }

  function go(to: number) {
    setIndex(to);
    setConfirming(false);
    void change((store, id) => store.moveExam(id, to));
    requestAnimationFrame(() => questionTop.current?.focus());
  }

  if (contentError)
    return (
      <ContentFailed
        error={contentError}
        retry={() => {
          setContentError(null);
          setReady(false);
          setTries((n) => n + 1);
        }}
        t={t}
      />
    );
  if (pools && byId.size === 0) return <p>{t('exam.empty')}</p>;

  // The form is drawn with the page (the server renders it); it can be sent once the
  // learner's record is read, which also tells whether a paper is under way.
  if (!exam || exam.status === 'finished') {
    return (
      <div className="exam">
        {exam?.result && <ExamResultView t={t} exam={exam} byId={byId} chapterHrefs={chapterHrefs} locale={locale} headingRef={resultHeading} />}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <form className="panel" onSubmit={start}>
          <h2>{exam ? t('exam.again') : t('exam.start')}</h2>
          <p>{t('exam.rules', { questions: EXAM_QUESTIONS, minutes: EXAM_MINUTES, pass: PASS_MARK })}</p>
          <fieldset className="plain">
            <legend>{t('exam.size')}</legend>
            <label className="option">
              <input type="radio" name="size" value="full" defaultChecked />
              {t('exam.sizeFull')}
            </label>
            <label className="option">
              <input type="radio" name="size" value="short" />
              {t('exam.sizeShort')}
            </label>
          </fieldset>
          <p className="field">
            <label>
              {t('exam.extra')}
              <select name="extra" defaultValue={String(defaultExtra)} key={defaultExtra}>
                <option value="0">{t('exam.extraNone')}</option>
                {START_EXTRA_SHARES.map((share) => (
                  <option key={share} value={share * 100}>
                    {t('exam.extraShare', { pct: share * 100 })}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <p className="field">
            <label>
              {t('exam.seed')}
              <input name="seed" autoComplete="off" maxLength={20} />
            </label>
          </p>
          <p className="actions">
            <button type="submit" disabled={!ready}>
              {t('exam.start')}
            </button>
          </p>
        </form>
        {ready ? <ExamHistory t={t} history={history} locale={locale} /> : <p className="muted">{t('common.loading')}</p>}
      </div>
    );
  }

  const questionId = exam.questionIds[index]!;
  const entry = byId.get(questionId);
  const unanswered = exam.questionIds.filter((id) => !exam.answers[id]).length;
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  const extra = nextExtraTime(exam.paperMinutes, exam.extraMinutes);

  return (
    <div className="exam">
      <div className="exam-bar">
        <p className="exam-clock">
          <span>{t('exam.timeLeft')}</span>
          <span role="timer" aria-live="off">
            {String(minutes).padStart(2, '0')}:{String(seconds).padStart(2, '0')}
          </span>
        </p>
        <p className="meta">{t('exam.paper', { seed: exam.seed })}</p>
        <button
          type="button"
          className="secondary"
          disabled={extra === 0}
          aria-describedby={extra === 0 ? capReason : undefined}
          onClick={() => change((store, id) => store.addExtraTime(id))}
        >
          {t('exam.addTime', { n: extra || ADD_TIME_STEP })}
        </button>
      </div>
      {extra === 0 && (
        <p id={capReason} className="meta">
          {t('exam.addTimeCapped', { cap: extraTimeCap(exam.paperMinutes) })}
        </p>
      )}
      {minutes < 5 && (
        <p className="visually-hidden" aria-live="polite">
          {t('exam.timeLeft')} {minutes + 1}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div ref={questionTop} tabIndex={-1} className="focus-target">
        {entry && (
          <QuestionCard
            key={questionId}
            question={entry.question}
            number={index + 1}
            locale={locale}
            t={t}
            answer={exam.answers[questionId]}
            onAnswer={(answer) =>
              change((store, id) => store.saveExamAnswer(id, questionId, answer), { ...exam, answers: { ...exam.answers, [questionId]: answer } })
            }
            sectionHref={chapterHrefs[entry.chapter] ?? '#'}
          />
        )}
      </div>
      <p className="actions">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('exam.previous')}
        </button>
        <button type="button" disabled={index === exam.questionIds.length - 1} onClick={() => go(index + 1)}>
          {t('exam.next')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={exam.flagged.includes(questionId)}
          onClick={() => change((store, id) => store.toggleFlag(id, questionId))}
        >
          {exam.flagged.includes(questionId) ? t('exam.unflag') : t('exam.flag')}
        </button>
      </p>
      <nav aria-label={t('exam.overview')} className="answer-sheet">
        <h2>{t('exam.overview')}</h2>
        <ol>
          {exam.questionIds.map((id, i) => {
            const status = [exam.answers[id] ? t('exam.answered') : t('exam.unanswered'), ...(exam.flagged.includes(id) ? [t('exam.flagged')] : [])].join('、');
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={t('exam.questionStatus', { n: i + 1, status })}
                  className={`${exam.answers[id] ? 'is-answered' : ''} ${exam.flagged.includes(id) ? 'is-flagged' : ''}`}
                  onClick={() => go(i)}
                >
                  {i + 1}
                  {exam.flagged.includes(id) ? '⚑' : ''}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="panel" role="region" aria-label={t('exam.submit')}>
        {confirming && unanswered > 0 ? (
          <>
            <p role="alert">{t('exam.confirm', { n: unanswered })}</p>
            <p className="actions">
              <button type="button" onClick={() => hand(exam, 'learner').catch(fail)}>
                {t('exam.submit')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('exam.keepWorking')}
              </button>
            </p>
          </>
        ) : (
          <p className="actions">
            <button type="button" onClick={() => (unanswered > 0 ? setConfirming(true) : hand(exam, 'learner').catch(fail))}>
              {t('exam.submit')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

function ExamResultView({
  t,
  exam,
  byId,
  chapterHrefs,
  locale,
  headingRef,
}: {
  t: Translate;
  exam: ExamAttempt;
  byId: Map<string, IndexedQuestion>;
  chapterHrefs: Record<string, string>;
  locale: Locale;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const result = exam.result!;
  const used = Math.round(((exam.finishedAt ?? exam.startedAt) - exam.startedAt) / 60_000);
  return (
    <section className="panel exam-result" aria-labelledby="exam-result">
      <h2 id="exam-result" ref={headingRef} tabIndex={-1}>
        {t('exam.result')}: {t('exam.score', { score: result.score })} · {result.passed ? `✓ ${t('exam.passed')}` : `✗ ${t('exam.failed')}`}
      </h2>
      {exam.submittedBy === 'timeout' && <p>{t('exam.byTimeout')}</p>}
      <p className="meta">
        {t('exam.paper', { seed: exam.seed })} · {t('exam.details', { used, extra: exam.extraMinutes, additions: exam.timeAdded.length })}
      </p>
      <details>
        <summary>{t('exam.review')}</summary>
        <ol className="exam-review">
          {exam.questionIds.map((id, i) => {
            const entry = byId.get(id);
            if (!entry) return null;
            const answer = exam.answers[id];
            const grade = answer ? gradeAnswer(entry.question, answer) : { score: 0, correct: false };
            return (
              <li key={id}>
                <QuestionCard
                  question={entry.question}
                  number={i + 1}
                  locale={locale}
                  t={t}
                  answer={answer}
                  onAnswer={() => undefined}
                  grade={grade}
                  sectionHref={`${chapterHrefs[entry.chapter] ?? ''}#${entry.question.section}`}
                />
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}

function ExamHistory({ t, history, locale }: { t: Translate; history: ExamAttempt[]; locale: Locale }) {
  if (history.length === 0) return <p className="muted">{t('exam.noHistory')}</p>;
  const recent = history.slice(-10);
  const format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="exam-history">
      <h2 id="exam-history">{t('exam.history')}</h2>
      <ScoreTrend scores={recent.map((e) => e.result!.score)} passMark={PASS_MARK} label={t('exam.trendLabel', { n: recent.length, pass: PASS_MARK })} />
      <table className="history">
        <thead>
          <tr>
            <th scope="col">{t('exam.when')}</th>
            <th scope="col">{t('exam.column.score')}</th>
            <th scope="col">{t('exam.column.result')}</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((e) => (
            <tr key={e.id}>
              <td>{format.format(e.finishedAt!)}</td>
              <td>{e.result!.score}</td>
              <td>
                {e.result!.passed ? t('exam.passed') : t('exam.failed')}
                {e.extraMinutes > 0 ? ` (+${e.extraMinutes}′)` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
