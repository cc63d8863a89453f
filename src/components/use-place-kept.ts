/**
 * A page whose content comes from the learner's record keeps its own scroll place across a
 * reload or a return by Back. The browser would put the scroll back as soon as the page has
 * loaded, before the record is read: on a page still short it lands higher than the learner
 * was, and what the record adds then pushes what is on screen (the footer) down. So this page
 * takes the place as it goes and scrolls back to it once `drawn` is painted: in a frame of its
 * own, as growth and scroll in one frame would count as a shift of what moved.
 */
import { useEffect } from 'react';

const key = () => `service-dojo.scroll.${location.pathname}`;

export function usePlaceKept(drawn: boolean): void {
  useEffect(() => {
    history.scrollRestoration = 'manual';
    const keep = () => {
      try {
        sessionStorage.setItem(key(), String(Math.round(scrollY)));
      } catch {
        /* storage refused: the page opens at its top */
      }
    };
    addEventListener('pagehide', keep);
    return () => removeEventListener('pagehide', keep);
  }, []);
  useEffect(() => {
    if (!drawn) return;
    const y = takeKept();
    // Only a reload or a return puts the place back; a new visit opens at the top.
    const { type } = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined) ?? {};
    if ((type !== 'reload' && type !== 'back_forward') || y <= 0) return;
    // In the frame after the one that draws the record; not if the learner has scrolled meanwhile.
    let next = 0;
    const first = requestAnimationFrame(() => {
      next = requestAnimationFrame(() => {
        if (scrollY === 0) scrollTo(0, y);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(next);
    };
  }, [drawn]);
}

/** The place kept for this page, forgotten as it is read; 0 when none is (or storage is refused). */
function takeKept(): number {
  try {
    const kept = Number(sessionStorage.getItem(key()));
    sessionStorage.removeItem(key());
    return Number.isFinite(kept) ? kept : 0;
  } catch {
    return 0;
  }
}
