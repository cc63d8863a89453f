/** The layout shifts a page makes by itself, as the browser counts them for CLS. */
import type { Page } from '@playwright/test';

/**
 * Sums the page's layout shifts not caused by input (CLS, as the browser counts it) from the
 * first paint, and notes what moved in each, where and when, for the failure message.
 */
export async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    type Shift = {
      value: number;
      hadRecentInput: boolean;
      startTime: number;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const w = window as unknown as { shifts: { total: number; moves: string[] } };
    w.shifts = { total: 0, moves: [] };
    const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.shifts.total += entry.value;
        const what = entry.sources.map(
          (s) => `${(s.node as Element | null)?.outerHTML?.slice(0, 80) ?? s.node?.nodeName} ${box(s.previousRect)} -> ${box(s.currentRect)}`,
        );
        w.shifts.moves.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${what.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
export const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: { total: number; moves: string[] } }).shifts);
