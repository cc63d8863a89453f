/**
 * The timed mock exam, laid out like a certification paper (`content/exam-paper.yaml`).
 * Every answer and flag is written when it is given; the clock runs from the stored
 * start, so a reload resumes with the right time left, and an exam whose time ran out
 * while the page was closed is handed in on return. After hand-in the learner marks
 * the written answers against their marking points; then the result is recorded.
 */
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { examMarks } from '../../domain/quiz/exam-results.ts';
import { calcSeed, drawPaper, hasWriting, markPaper, remainingMs } from '../../domain/quiz/exam.ts';
import { ADD_TIME_STEP, extraTimeCap, nextExtraTime, START_EXTRA_SHARES, startExtraMinutes } from '../../domain/quiz/extra-time.ts';
import type { IndexedQuestion } from '../../domain/quiz/index.ts';
import { isWritten } from '../../domain/quiz/written.ts';
import type { Paper } from '../../domain/quiz/paper.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { examWithFlag } from '../../storage/changes.ts';
import { storeErrorCode } from '../../storage/problems.ts';
import type { ExamAttempt } from '../../storage/records/exam.ts';
import { learnerExamExtraShare } from '../../storage/learner-time.ts';
import { progressStore } from '../../storage/store.ts';
import { ContentFailed } from '../ContentGate.tsx';
import { NotKeptNotice } from '../NotKeptNotice.tsx';
import { usePlaceKept } from '../use-place-kept.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { AnswerSheet } from './exam/AnswerSheet.tsx';
import { latestWrite } from './exam/latest-write.ts';
import { CalcQuestion } from './exam/CalcQuestion.tsx';
import type { ChapterLink } from './exam/chapter-link.ts';
import { ExamHistory } from './exam/ExamHistory.tsx';
import { ExamResults } from './exam/ExamResults.tsx';
import { useExamBanks, type ExamBanks } from './exam/use-exam-banks.ts';
import { QuestionLegend } from './exam/QuestionLegend.tsx';
import { sectionMarks, sectionTitle } from './exam/section-title.ts';
import { SelfMarkStep } from './exam/SelfMarkStep.tsx';
import { writeChange, writeKept, type ExamChange } from './exam/unsaved-changes.ts';
import { WrittenQuestion } from './exam/WrittenQuestion.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  /** Chapter slug → the lesson plan's hours (class + practice), which weight the draw. */
  hours: Record<string, number>;
  /** The chapters in course order, with their pages and practice. */
  chapters: ChapterLink[];
  /** The papers on offer (`content/exam-paper.yaml`), the first preselected. */
  papers: Paper[];
  locale: Locale;
}

const NO_QUESTIONS = new Map<string, IndexedQuestion>();

function randomSeed(): string {
  return crypto.randomUUID().slice(0, 6).toUpperCase();
}

/**
 * The start form and the history's place are in the page's HTML; the Start button waits only
 * for the learner's record. The question banks are fetched when a paper is started, an exam
 * resumed or handed in (`useExamBanks`), so the page neither waits for them nor shifts.
 */
function MockExamView({ strings, hours, chapters, papers, locale }: Props) {
  const t = translator(strings);
  const { banks, need } = useExamBanks(hours);
  const byId = banks?.byId ?? NO_QUESTIONS;
  const lookup = (id: string) => byId.get(id);
  const chapterHrefs = useMemo(() => Object.fromEntries(chapters.map((c) => [c.slug, c.href])), [chapters]);
  const [exam, setExam] = useState<ExamAttempt | null>(null);
  // What a write brings back is shown unless a later change was made meanwhile (latest-write.ts).
  const [written] = useState(() => latestWrite<ExamAttempt>());
  const [history, setHistory] = useState<ExamAttempt[]>([]);
  /** The record is read (and an exam in progress resumed): a paper may be started. */
  const [ready, setReady] = useState(false);
  const [starting, setStarting] = useState(false);
  const [index, setIndex] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unfetched, setUnfetched] = useState<{ error: unknown; retry: () => void } | null>(null);
  const [noQuestions, setNoQuestions] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const questionTop = useRef<HTMLDivElement>(null);
  // A paper named in the address (`?paper=short`, as an LMS item launches the exam) is preselected.
  const paperChoice = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const wanted = new URLSearchParams(location.search).get('paper');
    const input = [...(paperChoice.current?.querySelectorAll<HTMLInputElement>('input[name=paper]') ?? [])].find((i) => i.value === wanted);
    if (input) input.checked = true;
  }, [ready]);
  const handingIn = useRef(false);
  const capReason = useId();
  const [defaultExtra, setDefaultExtra] = useState(0);
  /** The learner's own choice of extra time, once made; until then their profile's. */
  const [extraChoice, setExtraChoice] = useState<string | null>(null);

  const fail = (e: unknown) => setError(t('exam.saveError', { reason: t(`store.error.${storeErrorCode(e)}`) }));

  /** Runs `then` with the banks; should they not come, says so, and Retry runs it again. */
  async function withBanks(then: (fetched: ExamBanks) => Promise<void>): Promise<void> {
    let fetched: ExamBanks;
    try {
      fetched = await need();
    } catch (e) {
      setUnfetched({
        error: e,
        retry: () => {
          setUnfetched(null);
          void withBanks(then).catch(fail);
        },
      });
      return;
    }
    await then(fetched);
  }

  /** An exam in progress goes on where it was left; one whose time ran out while the page was closed is handed in. */
  async function resume(active: ExamAttempt, fetched: ExamBanks) {
    try {
      if (active.closedAt === undefined && remainingMs(active.startedAt, active.minutes, Date.now()) === 0) await hand(active, 'timeout', fetched.byId);
      else {
        setExam(active);
        setIndex(active.position);
      }
    } finally {
      setReady(true);
    }
  }

  // The exam in progress (or one whose time ran out while the page was closed), read once.
  const open = useEffectEvent(() =>
    (async () => {
      const store = progressStore();
      // Changes a page left before they were written are made first (unsaved-changes.ts).
      await writeKept(store);
      const [active, finished, share] = await Promise.all([store.findActiveExam(), store.listFinishedExams(), learnerExamExtraShare(store)]);
      setHistory(finished);
      // The learner's own extra-time setting (in their profile) is the paper's default.
      setDefaultExtra(Math.round(share * 100));
      // Exams from before marks were stored are marked again from their questions.
      if (finished.some((e) => e.marks === undefined)) void withBanks(async () => undefined).catch(fail);
      if (active) await withBanks((fetched) => resume(active, fetched));
      else setReady(true);
    })().catch((e: unknown) => {
      fail(e);
      setReady(true);
    }),
  );
  useEffect(() => {
    void open();
  }, []);

  // Exams from before marks were stored wait for the banks; the others need none.
  const historyShown = ready && (banks !== null || history.every((e) => e.marks !== undefined));
  usePlaceKept(historyShown || (ready && exam !== null));

  const answering = exam?.status === 'active' && exam.closedAt === undefined;
  // An exam under way, self-marking included, marks the page busy: a new release of the site waits until it is over (UpdateNotice.ts).
  const busy = exam?.status === 'active';
  useEffect(() => {
    if (!busy) return;
    document.documentElement.dataset.busy = 'exam';
    return () => {
      delete document.documentElement.dataset.busy;
    };
  }, [busy]);
  const left = exam ? remainingMs(exam.startedAt, exam.minutes, now) : 0;

  useEffect(() => {
    if (!answering) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [answering]);

  const expire = useEffectEvent(() => {
    if (exam) void hand(exam, 'timeout', byId);
  });
  useEffect(() => {
    if (answering && left === 0) expire();
  }, [answering, left]);

  /** Written answers with text in them: the ones the learner marks after hand-in. */
  const toSelfMark = (attempt: ExamAttempt, questions: Map<string, IndexedQuestion>) =>
    attempt.questionIds.filter((id) => questions.get(id) && isWritten(questions.get(id)!.question) && hasWriting(attempt.written[id]));

  /** Ends answering; with written answers to mark, the self-marking comes next, else the result. */
  async function hand(attempt: ExamAttempt, by: 'learner' | 'timeout', questions: Map<string, IndexedQuestion>) {
    if (handingIn.current) return;
    handingIn.current = true;
    try {
      const closed = await progressStore().closeExam(attempt.id, by);
      setConfirming(false);
      if (toSelfMark(closed, questions).length > 0) {
        setExam(closed);
        requestAnimationFrame(() => questionTop.current?.focus());
      } else await finish(closed, questions);
    } finally {
      handingIn.current = false;
    }
  }

  /** Marks the paper (in the domain) and records the result in one write. */
  async function finish(attempt: ExamAttempt, questions: Map<string, IndexedQuestion>) {
    const store = progressStore();
    const { result, marks } = markPaper(attempt.paper, (id) => questions.get(id), attempt);
    const done = await store.handInExam(attempt.id, { result, marks, submittedBy: attempt.submittedBy ?? 'learner' });
    setExam(done);
    setHistory(await store.listFinishedExams());
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  async function start(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const paper = papers.find((p) => p.id === form.get('paper')) ?? papers[0]!;
    const seed =
      String(form.get('seed') ?? '')
        .trim()
        .toUpperCase() || randomSeed();
    const extraMinutes = startExtraMinutes(paper.minutes, Number(form.get('extra') ?? 0) / 100);
    setStarting(true);
    setUnfetched(null);
    await withBanks(async ({ pools, byId: questions }) => {
      if (questions.size === 0) return setNoQuestions(true);
      const drawn = drawPaper(pools, paper, seed);
      const started = await progressStore().startExam({ seed, paper: drawn, paperMinutes: paper.minutes, extraMinutes, locale });
      setNow(Date.now());
      setIndex(0);
      setExam(started);
      requestAnimationFrame(() => questionTop.current?.focus());
    })
      .catch(fail)
      .finally(() => setStarting(false));
  }

  /** Writes a change; `shown` is what the learner sees at once, before the write completes. */
  async function change(made: ExamChange, shown?: ExamAttempt) {
    if (!exam) return;
    if (shown) setExam(shown);
    try {
      await written(() => writeChange(progressStore(), exam.id, made), setExam);
      setError(null);
    } catch (e) {
      fail(e);
    }
  }

  function go(to: number) {
    setIndex(to);
    setConfirming(false);
    void change({ kind: 'position', position: to });
    requestAnimationFrame(() => questionTop.current?.focus());
  }

  const marksOf = (e: ExamAttempt) => examMarks(e, lookup);
  const errorNotice = error && (
    <p className="notice notice-error" role="alert">
      {error}
    </p>
  );

  const unfetchedNotice = unfetched && <ContentFailed error={unfetched.error} retry={unfetched.retry} t={t} />;

  if (!exam || exam.status === 'finished') {
    if (noQuestions) return <p>{t('exam.empty')}</p>;
    // A result drawn as the page opens (an exam handed in by its clock) is a new view, not the start form pushed down.
    return (
      <div className="exam" key={exam?.result ? 'result' : 'start'}>
        {exam?.result && <ExamResults exam={exam} marks={marksOf(exam)} byId={byId} chapters={chapters} locale={locale} t={t} headingRef={resultHeading} />}
        {errorNotice}
        {unfetchedNotice}
        <form className="panel" onSubmit={start} aria-busy={!ready || starting}>
          <h2>{exam ? t('exam.again') : t('exam.start')}</h2>
          <p>{t('exam.rules')}</p>
          <fieldset className="plain" ref={paperChoice}>
            <legend>{t('exam.size')}</legend>
            {papers.map((paper, i) => (
              <label key={paper.id} className="option">
                <input type="radio" name="paper" value={paper.id} defaultChecked={i === 0} />
                {t('exam.sizeOption', {
                  name: paper.name[locale],
                  questions: paper.sections.reduce((n, s) => n + s.questions, 0),
                  marks: paper.sections.reduce((n, s) => n + s.questions * s.marks, 0),
                  minutes: paper.minutes,
                })}
              </label>
            ))}
          </fieldset>
          <p className="field">
            <label>
              {t('exam.extra')}
              <select name="extra" value={extraChoice ?? String(defaultExtra)} onChange={(e) => setExtraChoice(e.target.value)}>
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
            {/* Enabled once the record says there is no exam to resume. */}
            <button type="submit" disabled={!ready || starting}>
              {t('exam.start')}
            </button>
          </p>
        </form>
        <div className="exam-history">
          {historyShown ? (
            <ExamHistory history={history} marksOf={marksOf} chapters={chapters} locale={locale} t={t} />
          ) : (
            <p className="muted">{t('common.loading')}</p>
          )}
        </div>
      </div>
    );
  }

  if (exam.closedAt !== undefined) {
    return (
      <div className="exam" ref={questionTop} tabIndex={-1}>
        {errorNotice}
        {unfetchedNotice}
        <SelfMarkStep
          exam={exam}
          questionIds={toSelfMark(exam, byId)}
          byId={byId}
          locale={locale}
          t={t}
          onTick={(questionId, ticked) => change({ kind: 'ticks', questionId, ticked }, { ...exam, ticked: { ...exam.ticked, [questionId]: ticked } })}
          onDone={() => finish(exam, byId).catch(fail)}
        />
      </div>
    );
  }

  const questionId = exam.questionIds[index]!;
  const entry = byId.get(questionId);
  const sectionIndex = exam.paper.sections.findIndex((s) => s.questionIds.includes(questionId));
  const section = exam.paper.sections[sectionIndex]!;
  const isAnswered = (id: string) => exam.answers[id] !== undefined || hasWriting(exam.written[id]);
  const unanswered = exam.questionIds.filter((id) => !isAnswered(id)).length;
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  const extra = nextExtraTime(exam.paperMinutes, exam.extraMinutes);
  const answer = exam.answers[questionId];

  let card = null;
  if (entry) {
    const { question } = entry;
    const legend = <QuestionLegend question={question} number={index + 1} locale={locale} t={t} />;
    if (isWritten(question))
      card = (
        <WrittenQuestion
          key={questionId}
          question={question}
          legend={legend}
          locale={locale}
          t={t}
          texts={exam.written[questionId]}
          onSave={(texts) => change({ kind: 'writing', questionId, texts })}
        />
      );
    else if (question.type === 'calc') {
      const seed = answer?.type === 'calc' ? answer.seed : calcSeed(exam.seed, questionId);
      card = (
        <CalcQuestion
          key={questionId}
          question={question}
          seed={seed}
          legend={legend}
          locale={locale}
          t={t}
          value={answer?.type === 'calc' ? answer.value : undefined}
          onAnswer={(value) => change({ kind: 'answer', questionId, answer: { type: 'calc', seed, value } })}
        />
      );
    } else
      card = (
        <QuestionCard
          key={questionId}
          question={question}
          number={index + 1}
          locale={locale}
          t={t}
          answer={answer}
          onAnswer={(given) => change({ kind: 'answer', questionId, answer: given }, { ...exam, answers: { ...exam.answers, [questionId]: given } })}
          sectionHref={chapterHrefs[entry.chapter] ?? '#'}
        />
      );
  }

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
          onClick={() => change({ kind: 'extra-time', at: Date.now() })}
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
      {errorNotice}
      <div ref={questionTop} tabIndex={-1} className="focus-target">
        <h2 className="exam-section">
          {sectionTitle(section, sectionIndex, locale, t)} <span className="meta">{sectionMarks(section, t)}</span>
        </h2>
        {card}
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
          onClick={() => {
            const flagged = !exam.flagged.includes(questionId);
            void change({ kind: 'flag', questionId, flagged }, examWithFlag(exam, questionId, flagged));
          }}
        >
          {exam.flagged.includes(questionId) ? t('exam.unflag') : t('exam.flag')}
        </button>
      </p>
      <AnswerSheet exam={exam} index={index} isAnswered={isAnswered} onGo={go} locale={locale} t={t} />
      <div className="panel" role="region" aria-label={t('exam.submit')}>
        {confirming && unanswered > 0 ? (
          <>
            <p role="alert">{t('exam.confirm', { n: unanswered })}</p>
            <p className="actions">
              <button type="button" onClick={() => hand(exam, 'learner', byId).catch(fail)}>
                {t('exam.submit')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('exam.keepWorking')}
              </button>
            </p>
          </>
        ) : (
          <p className="actions">
            <button type="button" onClick={() => (unanswered > 0 ? setConfirming(true) : hand(exam, 'learner', byId).catch(fail))}>
              {t('exam.submit')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

/** The island: its view, under the notice said when the browser keeps nothing (`NotKeptNotice`). */
export default function MockExam(props: Props) {
  return (
    <>
      <NotKeptNotice t={translator(props.strings)} />
      <MockExamView {...props} />
    </>
  );
}
