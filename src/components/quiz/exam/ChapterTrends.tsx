/**
 * Each chapter's share of marks over the learner's exams: a table (one column per
 * exam) with a small hand-drawn line per chapter beside the numbers. The table
 * carries the numbers for screen readers; the lines are decoration for the eye.
 */
import type { ChapterTrend } from '../../../domain/quiz/exam-results.ts';
import type { Translate } from '../../../i18n/translate.ts';

interface Props {
  trends: readonly ChapterTrend[];
  /** Numbers of the exams shown (1 = the first exam ever). */
  attempts: readonly number[];
  chapterName: (slug: string) => string;
  t: Translate;
}

const W = 96;
const H = 28;
const PAD = 4;

function Sparkline({ percents }: { percents: readonly (number | null)[] }) {
  const x = (i: number) => (percents.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (percents.length - 1));
  const y = (p: number) => H - PAD - (p / 100) * (H - 2 * PAD);
  const points = percents.flatMap((p, i) => (p === null ? [] : [`${x(i)},${y(p)}`]));
  return (
    <svg className="trend trend-small" viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true" focusable="false">
      <polyline points={points.join(' ')} className="trend-line" />
      {percents.map((p, i) => (p === null ? null : <circle key={i} cx={x(i)} cy={y(p)} r={2.5} className="trend-dot" />))}
    </svg>
  );
}

export function ChapterTrends({ trends, attempts, chapterName, t }: Props) {
  return (
    <section aria-labelledby="chapter-trend">
      <h3 id="chapter-trend">{t('exam.chapterTrend')}</h3>
      <p className="muted">{t('exam.chapterTrendIntro')}</p>
      <div className="table-scroll">
        <table className="history chapter-trend">
          <thead>
            <tr>
              <th scope="col">{t('exam.column.chapter')}</th>
              <td />
              {attempts.map((n) => (
                <th key={n} scope="col">
                  {t('exam.attempt', { n })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trends.map((trend) => (
              <tr key={trend.chapter}>
                <th scope="row">{chapterName(trend.chapter)}</th>
                <td>
                  <Sparkline percents={trend.percents} />
                </td>
                {trend.percents.map((p, i) => (
                  <td key={i}>{p === null ? t('exam.notAsked') : t('exam.percent', { n: p })}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
