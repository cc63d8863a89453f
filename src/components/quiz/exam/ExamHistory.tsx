/** Past exams: the score trend, each chapter's trend, and a table of every exam. */
import { chapterTrends } from '../../../domain/quiz/exam-results.ts';
import type { QuestionMark } from '../../../domain/quiz/exam.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';
import { ScoreTrend } from '../ScoreTrend.tsx';
import type { ChapterLink } from './chapter-link.ts';
import { ChapterTrends } from './ChapterTrends.tsx';

interface Props {
  history: readonly ExamAttempt[];
  /** The marks of each exam in `history`. */
  marksOf: (exam: ExamAttempt) => readonly QuestionMark[];
  chapters: readonly ChapterLink[];
  locale: Locale;
  t: Translate;
}

/** Exams the trends show: the most recent ones. */
const RECENT = 10;

export function ExamHistory({ history, marksOf, chapters, locale, t }: Props) {
  if (history.length === 0) return <p className="muted">{t('exam.noHistory')}</p>;
  const recent = history.slice(-RECENT);
  const first = history.length - recent.length + 1;
  const latest = recent.at(-1)!;
  const pass = Math.round((100 * latest.paper.passMark) / (latest.result!.outOf || 1));
  const format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  const titles = new Map(chapters.map((c) => [c.slug, c.title]));
  return (
    <section aria-labelledby="exam-history">
      <h2 id="exam-history">{t('exam.history')}</h2>
      <ScoreTrend scores={recent.map((e) => e.result!.score)} passMark={pass} label={t('exam.trendLabel', { n: recent.length, pass })} />
      <ChapterTrends
        trends={chapterTrends(
          recent.map(marksOf),
          chapters.map((c) => c.slug),
        )}
        attempts={recent.map((_, i) => first + i)}
        chapterName={(slug) => titles.get(slug) ?? slug}
        t={t}
      />
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
