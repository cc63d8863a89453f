/**
 * A finished exam's result: the total with its self-marked part named, marks by
 * chapter and by question type, the weakest chapters with where to study them, and
 * the paper question by question.
 */
import { sharesBy, weakest } from '../../../domain/quiz/exam-results.ts';
import type { QuestionMark } from '../../../domain/quiz/exam.ts';
import type { IndexedQuestion } from '../../../domain/quiz/index.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';
import type { ChapterLink } from './chapter-link.ts';
import { ExamReview } from './ExamReview.tsx';
import { ShareTable } from './ShareTable.tsx';

interface Props {
  exam: ExamAttempt;
  marks: readonly QuestionMark[];
  byId: Map<string, IndexedQuestion>;
  chapters: readonly ChapterLink[];
  locale: Locale;
  t: Translate;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

const TYPE_ORDER = ['single', 'dialogue', 'multiple', 'truefalse', 'ordering', 'term', 'short', 'calc', 'case'];

export function ExamResults({ exam, marks, byId, chapters, locale, t, headingRef }: Props) {
  const result = exam.result!;
  const used = Math.round(((exam.closedAt ?? exam.finishedAt ?? exam.startedAt) - exam.startedAt) / 60_000);
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const chapterName = (slug: string) => bySlug.get(slug)?.title ?? slug;
  const byChapter = sharesBy(
    marks,
    'chapter',
    chapters.map((c) => c.slug),
  );
  const byType = sharesBy(marks, 'type', TYPE_ORDER);
  const weak = weakest(byChapter);
  const chapterHrefs = Object.fromEntries(chapters.map((c) => [c.slug, c.href]));
  return (
    <section className="panel exam-result" aria-labelledby="exam-result">
      <h2 id="exam-result" ref={headingRef} tabIndex={-1}>
        {t('exam.result')}: {t('exam.score', { score: result.score })} · {result.passed ? `✓ ${t('exam.passed')}` : `✗ ${t('exam.failed')}`}
      </h2>
      {exam.submittedBy === 'timeout' && <p>{t('exam.byTimeout')}</p>}
      <ul className="exam-totals">
        <li>{t('exam.total', { points: result.points, outOf: result.outOf, pass: exam.paper.passMark })}</li>
        <li>{t('exam.machinePart', { marks: result.machine.marks, outOf: result.machine.outOf })}</li>
        {result.self.outOf > 0 && <li>{t('exam.selfPart', { marks: result.self.marks, outOf: result.self.outOf })}</li>}
      </ul>
      <p className="meta">
        {t('exam.paper', { seed: exam.seed })} · {t('exam.details', { used, extra: exam.extraMinutes, additions: exam.timeAdded.length })}
      </p>
      <section aria-labelledby="exam-weakest">
        <h3 id="exam-weakest">{t('exam.weakest')}</h3>
        {weak.length === 0 ? (
          <p>{t('exam.weakestNone')}</p>
        ) : (
          <ul className="weakest">
            {weak.map((s) => (
              <li key={s.key}>
                {t('exam.weakestItem', { chapter: chapterName(s.key), percent: s.percent })} ·{' '}
                <a href={bySlug.get(s.key)?.href ?? '#'}>{t('exam.readChapter')}</a> ·{' '}
                <a href={bySlug.get(s.key)?.practiceHref ?? '#'}>{t('exam.practiseChapter')}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="table-scroll">
        <ShareTable caption={t('exam.byChapter')} keyHeading={t('exam.column.chapter')} shares={byChapter} name={chapterName} t={t} />
      </div>
      <div className="table-scroll">
        <ShareTable caption={t('exam.byType')} keyHeading={t('exam.column.type')} shares={byType} name={(type) => t(`quiz.type.${type as 'single'}`)} t={t} />
      </div>
      <ExamReview exam={exam} marks={marks} byId={byId} chapterHrefs={chapterHrefs} locale={locale} t={t} />
    </section>
  );
}
