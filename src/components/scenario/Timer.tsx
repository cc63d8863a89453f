/** The clock of a timed moment, as the learner sees it: seconds left and a bar. The machine's delayed transition decides the time-out. */
import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  /** The time limit in milliseconds. */
  ms: number;
  /** Changes whenever the clock starts again (a new turn), so the count restarts with it. */
  lap: string;
  t: Translate;
}

export function Timer({ ms, lap, t }: Props) {
  const [left, setLeft] = useState(Math.ceil(ms / 1000));
  useEffect(() => {
    const endsAt = Date.now() + ms;
    const tick = () => setLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [ms, lap]);

  return (
    <p className="timer">
      <span role="timer" aria-live="off">
        <StopwatchIcon />
        {t('player.timer', { s: left })}
      </span>
      {/* The bar drains as one CSS animation of its scale, which the compositor runs: no layout or script each second. */}
      <span className="timer-bar" aria-hidden="true">
        <span key={lap} style={{ animationDuration: `${ms}ms` }} />
      </span>
    </p>
  );
}

/** Drawn rather than the "⏱" character, which needs an emoji font many phones and PCs lack. */
function StopwatchIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      style={{ verticalAlign: '-0.125em', marginInlineEnd: '0.3em' }}
    >
      <circle cx="12" cy="14" r="8" />
      <path d="M12 14V10M10 2h4M12 2v4M19 7l1.5-1.5" />
    </svg>
  );
}
