/**
 * Each competency's trend as a small hand-drawn SVG line chart (one per competency, so
 * five lines never tangle on a phone), with every number in a table beside it. The
 * frames are drawn before any attempt exists, so the page does not move when they fill.
 */
import { useState } from 'react';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { CompetencyTrend, Trends } from '../../domain/progress/trends.ts';
import { COMPETENCIES, type Competency } from '../../domain/scenario/competencies.ts';

/** The chart's drawing area in viewBox units: the y axis runs from 0 (bottom) to 100 (top). */
const W = 200;
const H = 96;
const PLOT = { left: 26, right: W - 8, top: 8, bottom: H - 10 };
const GRID = [0, 50, 100];
/** Beyond this many attempts the dots would touch: the line alone carries the trend. */
const MOST_DOTS = 30;

const y = (percent: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * percent) / 100;

function Chart({ competency: c, trend, attempts, t }: { competency: Competency; trend: CompetencyTrend | undefined; attempts: number; t: Translate }) {
  const competency = t(`competency.${c}`);
  const points = trend?.points ?? [];
  const x = (n: number) => (attempts <= 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + ((PLOT.right - PLOT.left) * (n - 1)) / (attempts - 1));
  const label =
    points.length === 0
      ? t('progress.trend.noPoints', { competency })
      : t('progress.trend.chart', { competency, tested: points.length, first: points[0]!.percent, latest: points.at(-1)!.percent });
  return (
    <svg className="ct-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {GRID.map((g) => (
        <g key={g}>
          <line className="ct-grid" x1={PLOT.left} x2={PLOT.right} y1={y(g)} y2={y(g)} />
          <text className="ct-axis" x={PLOT.left - 4} y={y(g) + 3} textAnchor="end">
            {g}
          </text>
        </g>
      ))}
      {points.length > 1 && <polyline className="ct-line" points={points.map((p) => `${x(p.n)},${y(p.percent)}`).join(' ')} />}
      {(points.length <= MOST_DOTS ? points : points.slice(-1)).map((p) => (
        <circle key={p.n} className="ct-dot" cx={x(p.n)} cy={y(p.percent)} r={3} />
      ))}
    </svg>
  );
}

interface Props {
  trends: Trends | null;
  /** Scenario titles in the page's language, by id. */
  titles: Record<string, string>;
  locale: Locale;
  t: Translate;
}

export function TrendChart({ trends, titles, locale, t }: Props) {
  const attempts = trends?.attempts ?? [];
  const date = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'short' });
  // A row per attempt ever played: drawn when the table is opened, not with the page.
  const [open, setOpen] = useState(false);
  return (
    <>
      <ul className="ct-charts">
        {COMPETENCIES.map((c) => {
          const trend = trends?.competencies.find((x) => x.competency === c);
          const latest = trend?.points.at(-1)?.percent;
          return (
            <li key={c} className="ct-chart">
              <p className="ct-label" aria-hidden="true">
                <span>{t(`competency.${c}`)}</span>
                <span className="ct-latest">
                  {latest ?? '—'}
                  {trend?.change ? <small>{trend.change > 0 ? ` ↑${trend.change}` : ` ↓${-trend.change}`}</small> : null}
                </span>
              </p>
              <Chart competency={c} trend={trend} attempts={attempts.length} t={t} />
            </li>
          );
        })}
      </ul>
      <details className="ct-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('progress.trend.table')}</summary>
        <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="trend-caption">
          <table>
            <caption id="trend-caption">{t('progress.trend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.trend.attempt')}</th>
                <th scope="col">{t('progress.trend.scenario')}</th>
                {COMPETENCIES.map((c) => (
                  <th scope="col" key={c}>
                    {t(`competency.${c}`)}
                  </th>
                ))}
                <th scope="col">{t('player.overall')}</th>
                <th scope="col">{t('progress.trend.result')}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.length === 0 ? (
                <tr>
                  <td colSpan={COMPETENCIES.length + 4}>{t('progress.trend.noRows')}</td>
                </tr>
              ) : (
                open &&
                attempts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.n}</th>
                    <td>
                      {titles[a.scenarioId] ?? a.scenarioId}
                      <br />
                      <time className="muted" dateTime={new Date(a.at).toISOString()}>
                        {date.format(a.at)}
                      </time>
                    </td>
                    {COMPETENCIES.map((c) => (
                      <td key={c}>{a.percents[c] ?? '—'}</td>
                    ))}
                    <td>{a.overall ?? '—'}</td>
                    <td>{t(a.passed ? 'progress.trend.pass' : 'progress.trend.fail')}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
