/**
 * The mock exam page does not wait for the question banks: its start form is in the page's
 * HTML, it asks for no bank until a paper is started, and nothing moves when the learner's
 * record (and their history) is read in.
 */
import { expect, test, type Page } from '@playwright/test';
import { examPaper } from './course.ts';
import { holdTables } from './storage-drills.ts';
import { zh } from './strings.ts';

const SHORT = examPaper('short');

/**
 * Sums the page's layout shifts not caused by input (CLS, as the browser counts it) from the
 * first paint, and notes what moved in each, where and when, for the failure message.
 */
async function watchShifts(page: Page) {
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
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: { total: number; moves: string[] } }).shifts);

/** Question banks the page has asked for since the last call. */
function bankRequests(page: Page): () => string[] {
  let seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/content/questions/')) seen.push(request.url());
  });
  return () => {
    const found = seen;
    seen = [];
    return found;
  };
}

test('the exam page asks for no question bank until a paper is started, and the record loading in moves nothing', async ({ page }) => {
  test.setTimeout(60_000);
  const html = await (await page.request.get('/exam/')).text();
  // The start form and its (disabled) Start button are in the HTML; no loading line stands in for them.
  expect(html).toContain(SHORT.name.zh);
  expect(html).toMatch(new RegExp(`<button type="submit" disabled="">${zh('exam.start')}</button>`));

  await watchShifts(page);
  const banks = bankRequests(page);
  const start = page.getByRole('button', { name: zh('exam.start') });

  // A new learner: no history, nothing fetched, nothing moved.
  await page.goto('/exam/');
  await expect(start).toBeEnabled();
  await expect(page.getByText(zh('exam.noHistory'))).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(banks()).toEqual([]);
  const first = await shifts(page);
  expect(first.total, first.moves.join('\n')).toBeLessThanOrEqual(0.05);

  await page.getByLabel(SHORT.name.zh).check();
  await start.click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(banks().length).toBeGreaterThan(0);
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();

  // With an exam in the history: the history is drawn from the record alone, and still nothing moves.
  await page.reload();
  await expect(page.getByRole('heading', { name: zh('exam.history') })).toBeVisible();
  await expect(start).toBeEnabled();
  await page.waitForLoadState('networkidle');
  expect(banks()).toEqual([]);
  const moved = await shifts(page);
  console.log(`layout shift with a history: ${moved.total.toFixed(4)}`);
  expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
});

test('a reload while scrolled down keeps the place on the page, and the record coming in moves nothing on screen', async ({ page }) => {
  test.setTimeout(60_000);
  await watchShifts(page);
  await page.goto('/exam/');
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();
  await page.goto('/exam/');
  await expect(page.getByRole('heading', { name: zh('exam.history') })).toBeVisible();
  await page.evaluate(() => scrollTo(0, 300));
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(300);

  // The record is read late, as on a slow phone: well after the page has loaded, when a browser puts back its scroll.
  await page.addInitScript(holdTables, { tables: null, ms: 1000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: zh('exam.history') })).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(300);
  await page.waitForTimeout(300);
  const moved = await shifts(page);
  expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
});
