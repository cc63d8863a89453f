/**
 * The wrong-answer notebook: today's due questions, one at a time, rescheduled by
 * FSRS; or, chosen above the queue, a session on one chapter or one question type.
 * The choice is a plain form (`?chapter=…&type=…`), rendered with the page.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { loadQuestionBanksOf } from '../../content-client/load.ts';
import { useContent } from '../../content-client/use-content.ts';
import { indexQuestions } from '../../domain/quiz/index.ts';
import type { Answer } from '../../domain/quiz/grade.ts';
import { QUESTION_TYPES, isQuestionType } from '../../domain/quiz/question-types.ts';
import { SESSION_SIZE, sessionQueue } from '../../domain/quiz/review-session.ts';
import { isWritten } from '../../domain/quiz/written.ts';
import type { QuestionBank, QuestionType } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../../i18n/translate.ts';
import { storeErrorCode } from '../../storage/problems.ts';
import { progressStore } from '../../storage/store.ts';
import { ContentFailed, ContentGate } from '../ContentGate.tsx';
import { NotKeptNotice } from '../NotKeptNotice.tsx';
import { answerRecord, freshSeed, isAnswered } from './answer-flow.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { useQuestionHistory } from './use-question-history.ts';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  /** The chapters in course order, with their titles in the page's language. */
  chapters: { slug: string; title: string }[];
  chapterHrefs: Record<string, string>;
  locale: Locale;
}

/** What a session is on; neither set: today's due queue. */
interface Filter {
  chapter?: string;
  type?: QuestionType;
}

const noSubscription = () => () => undefined;

function filterOf(search: string, chapters: readonly { slug: string }[]): Filter {
  const query = new URLSearchParams(search);
  const chapter = query.get('chapter') ?? '';
  const type = query.get('type') ?? '';
  return {
    ...(chapters.some((c) => c.slug === chapter) && { chapter }),
    ...(isQuestionType(type) && { type }),
  };
}

/** The banks a session opens with, and (for today's due queue) the other due chapters, whose banks the session fetches. */
interface SessionBanks {
  first: QuestionBank[];
  rest: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The chosen chapter's bank, or every bank for a type on its own; for today's due queue, the
 * bank of the first due question (none when nothing is due), and the other due chapters. The
 * session asks for their banks once the first is in, so on a slow line they do not share its
 * bandwidth. So the page does not grow with the course's questions.
 */
async function banksFor(filter: Filter): Promise<SessionBanks> {
  if (filter.chapter) return { first: await loadQuestionBanksOf(new Set([filter.chapter])), rest: NONE };
  if (filter.type) return { first: await loadQuestionBanksOf(null), rest: NONE };
  // Should the store fail, the session says so when it reads the queue itself.
  const due = await Promise.resolve()
    .then(() => progressStore().listDue())
    .catch(() => []);
  const [head, ...others] = new Set(due.map((card) => card.chapter));
  if (head === undefined) return { first: [], rest: NONE };
  return { first: await loadQuestionBanksOf(new Set([head])), rest: new Set(others) };
}

function ReviewQueueView({ strings, chapters, chapterHrefs, locale }: Props) {
  const t = translator(strings);
  // The page is static: the choice is in the address, read in the browser (the server renders the due queue's form).
  const search = useSyncExternalStore(
    noSubscription,
    () => location.search,
    () => '',
  );
  const filter = useMemo(() => filterOf(search, chapters), [search, chapters]);
  const filterKey = `${filter.chapter ?? ''}|${filter.type ?? ''}`;
  const banks = useContent(() => banksFor(filter), `question-banks:${filterKey}`);
  return (
    <>
      <form method="get" className="review-filter" aria-label={t('review.filter')} key={filterKey}>
        <p className="review-filter-fields">
          <label>
            <span className="field-label">{t('review.chapter')}</span>
            <select name="chapter" defaultValue={filter.chapter ?? ''}>
              <option value="">{t('review.anyChapter')}</option>
              {chapters.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="field-label">{t('review.type')}</span>
            <select name="type" defaultValue={filter.type ?? ''}>
              <option value="">{t('review.anyType')}</option>
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`quiz.type.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('review.start')}</button>
        </p>
        {filterKey !== '|' && (
          <p>
            <a href="?">{t('review.dueLink')}</a>
          </p>
        )}
      </form>
      <div className="review-queue">
        <ContentGate content={banks} t={t}>
          {(loaded) => <ReviewSession key={filterKey} {...loaded} filter={filter} chapterHrefs={chapterHrefs} locale={locale} t={t} />}
        </ContentGate>
      </div>
    </>
  );
}

interface SessionProps extends SessionBanks {
  filter: Filter;
  chapterHrefs: Record<string, string>;
  locale: Locale;
  t: Translate;
}

function ReviewSession({ first, rest, filter, chapterHrefs, locale, t }: SessionProps) {
  const more = useContent(() => loadQuestionBanksOf(rest), `question-banks:${[...rest].join()}`);
  const banks = useMemo(() => (more.state === 'ready' ? [...first, ...more.value] : first), [first, more]);
  // The chapters whose banks are still on their way (or did not come).
  const pending = more.state === 'ready' ? NONE : rest;
  const byId = useMemo(() => indexQuestions(banks), [banks]);
  const onFilter = filter.chapter !== undefined || filter.type !== undefined;
  // The queue is fixed when the page opens: a card answered now waits for a later day.
  const [drawn, setDrawn] = useState<string[] | null>(null);
  // Once every bank is in, a question none of them holds (gone from the course) is left out.
  const queue = useMemo(() => (drawn && pending.size === 0 ? drawn.filter((q) => byId.has(q)) : drawn), [drawn, pending, byId]);
  /** A calculation comes back with the numbers it was last answered with (new ones if never answered). */
  const [seeds, setSeeds] = useState<Record<string, number>>({});
  const [total, setTotal] = useState(0);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const [marking, setMarking] = useState(false);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unanswered, setUnanswered] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const id = queue?.[index];
  const history = useQuestionHistory(id, checked);

  const failed = useEffectEvent((e: unknown) => setError(t(`store.error.${storeErrorCode(e)}`)));
  const load = useEffectEvent(async () => {
    const store = progressStore();
    // A question whose bank is still coming stays in the queue until that bank says whether it still exists.
    const due = (await store.listDue()).filter((c) => byId.has(c.questionId) || pending.has(c.chapter)).map((c) => c.questionId);
    setTotal(await store.countReviewCards());
    const candidates = onFilter
      ? banks.flatMap((b) => (filter.chapter && b.chapter !== filter.chapter ? [] : b.questions.filter((q) => !filter.type || q.type === filter.type)))
      : [];
    const ids = onFilter ? candidates.map((q) => q.id) : due;
    const history = await store.questionHistory(ids);
    const rightBefore = new Set([...history].filter(([, h]) => h.right > 0).map(([q]) => q));
    const chosen = onFilter ? sessionQueue(ids, due, rightBefore) : due;
    const seedOf = (q: string) => {
      const last = history.get(q)?.last.answer;
      return last?.type === 'calc' ? last.seed : freshSeed();
    };
    setSeeds(Object.fromEntries(chosen.map((q) => [q, seedOf(q)])));
    setDrawn(chosen);
  });
  useEffect(() => {
    load().catch(failed);
  }, []);

  if (error)
    return (
      <p className="notice notice-error" role="alert">
        {error}
      </p>
    );
  if (!queue) return <p className="muted">{t('common.loading')}</p>;
  if (queue.length === 0)
    return (
      <p role="status">
        {onFilter ? t('review.sessionNone') : t('review.none')} {t('review.total', { n: total })}
      </p>
    );
  if (index >= queue.length)
    return (
      <p role="status">
        {onFilter ? t('review.sessionDone') : t('review.finished')} {t('review.total', { n: total })}
      </p>
    );

  const status = (
    <p className="meta" role="status">
      {onFilter ? t('review.sessionLeft', { n: queue.length - index }) : t('review.due', { n: queue.length - index })}
    </p>
  );
  const entry = byId.get(id!);
  // The question's bank is still on its way (or did not come).
  if (!entry)
    return (
      <div className="review">
        {status}
        {more.state === 'failed' ? <ContentFailed error={more.error} retry={more.retry} t={t} /> : <p className="muted">{t('common.loading')}</p>}
      </div>
    );
  const { question, chapter } = entry;
  const written = isWritten(question);

  async function check() {
    if (!isAnswered(question, answer)) return setUnanswered(t(written ? 'quiz.writeFirst' : 'quiz.noAnswer'));
    setUnanswered(null);
    if (written && !marking) return setMarking(true);
    try {
      await progressStore().recordAnswer(answerRecord(question, chapter, 'review', answer, Date.now()));
    } catch (e) {
      setError(t('exam.saveError', { reason: t(`store.error.${storeErrorCode(e)}`) }));
    }
    setChecked(true);
    setMarking(false);
  }

  function next() {
    setIndex(index + 1);
    setAnswer(undefined);
    setChecked(false);
    setMarking(false);
    requestAnimationFrame(() => top.current?.focus());
  }

  return (
    <div className="review">
      {onFilter && <p className="muted">{t('review.sessionIntro', { n: SESSION_SIZE })}</p>}
      {status}
      <div ref={top} tabIndex={-1} className="focus-target">
        <QuestionCard
          key={id}
          question={question}
          number={index + 1}
          locale={locale}
          t={t}
          answer={answer}
          onAnswer={setAnswer}
          onClear={() => setAnswer(undefined)}
          checked={checked}
          marking={marking}
          seed={seeds[id!]}
          history={history}
          sectionHref={`${chapterHrefs[chapter] ?? ''}#${question.section}`}
        />
      </div>
      {unanswered && (
        <p className="notice notice-error" role="alert">
          {unanswered}
        </p>
      )}
      <p className="actions">
        {checked ? (
          <button type="button" onClick={next}>
            {t('review.next')}
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

/** The island: its view, under the notice said when the browser keeps nothing (`NotKeptNotice`). */
export default function ReviewQueue(props: Props) {
  return (
    <>
      <NotKeptNotice t={translator(props.strings)} />
      <ReviewQueueView {...props} />
    </>
  );
}
