/**
 * Average handling time of a call centre, as chapter 9 teaches it: talk time, hold
 * time and after-call work added up over the period, divided by the calls handled.
 */
export interface AhtCase {
  calls: number;
  /** Totals over the period, in seconds. */
  talkSeconds: number;
  holdSeconds: number;
  afterCallSeconds: number;
}

export interface AhtWorking {
  /** talk + hold + after-call work, in seconds. */
  handlingSeconds: number;
  /** handlingSeconds ÷ calls, in seconds, rounded to 0.1. */
  aht: number;
}

export function averageHandlingTime(c: AhtCase): AhtWorking {
  const handlingSeconds = c.talkSeconds + c.holdSeconds + c.afterCallSeconds;
  return { handlingSeconds, aht: c.calls > 0 ? Math.round((10 * handlingSeconds) / c.calls) / 10 : 0 };
}
