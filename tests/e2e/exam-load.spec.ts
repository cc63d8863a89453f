/**
 * The mock exam page does not wait for the question banks: its start form is in the page's
 * HTML, it asks for no bank until a paper is started, and nothing moves when the learner's
 * record (and their history) is read in.
 */
import { expect, test, type Page } from '@playwright/test';
import { examPaper } from './course.ts';
import { holdTables } from './storage-drills.ts';
import { shifts, watchShifts } from './shifts.ts';
import { zh } from './strings.ts';

const SHORT = examPaper('short');

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

/** Starts the short paper and answers its first question, as a candidate would before leaving. */
async function startShortPaper(page: Page) {
  await page.goto('/exam/');
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.locator('fieldset.question input').first().check();
}

test('an exam in progress, resumed when the page opens, takes the start form’s place without moving the page', async ({ page }) => {
  await startShortPaper(page);
  await watchShifts(page);
  // The record is read late, as on a slow phone, so the start form is painted first.
  await page.addInitScript(holdTables, { tables: null, ms: 1000 });
  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.waitForTimeout(300);
  const moved = await shifts(page);
  expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
});

test('an exam whose time ran out while the page was closed is handed in as the page opens, and its result moves nothing', async ({ page }) => {
  await page.clock.install();
  await startShortPaper(page);
  await page.goto('about:blank');
  await page.clock.fastForward((SHORT.minutes + 1) * 60_000);
  await watchShifts(page);
  await page.addInitScript(holdTables, { tables: null, ms: 1000 });
  await page.goto('/exam/');
  await expect(page.getByText(zh('exam.byTimeout'))).toBeVisible();
  await expect(page.getByRole('button', { name: zh('exam.start') })).toBeEnabled();
  await page.waitForTimeout(300);
  const moved = await shifts(page);
  expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
});
