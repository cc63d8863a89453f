/**
 * Exam scores over time as a small SVG line with the pass mark. A chart library
 * would add tens of kilobytes for one line; the table beside it carries the same
 * numbers for screen readers and print.
 */
interface Props {
  scores: number[];
  passMark: number;
  label: string;
}

const W = 320;
const H = 120;
const PAD = 8;

export function ScoreTrend({ scores, passMark, label }: Props) {
  const x = (i: number) => (scores.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (scores.length - 1));
  const y = (score: number) => H - PAD - (score / 100) * (H - 2 * PAD);
  return (
    <svg className="trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={PAD} x2={W - PAD} y1={y(passMark)} y2={y(passMark)} className="trend-pass" />
      <polyline points={scores.map((s, i) => `${x(i)},${y(s)}`).join(' ')} className="trend-line" />
      {scores.map((s, i) => (
        <circle key={i} cx={x(i)} cy={y(s)} r={4} className={s >= passMark ? 'trend-dot' : 'trend-dot trend-dot-fail'} />
      ))}
    </svg>
  );
}
