/** /progress: competency trends as charts with a table, techniques most missed, role-plays not passed yet. */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { judgeMoves } from '../../src/domain/scenario/scoring.ts';
import type { Move } from '../../src/domain/scenario/moves.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { holdTables, storedAttempts } from './storage-drills.ts';
import { ui, zh } from './strings.ts';

const scenario = shippedScenario();
// The best path only ever chooses (it never waits for a time-out).
const path = bestPath(scenario) as { node: string; choice: number }[];
/** The first node's choices judged: a weak one to seed an earlier, failed attempt with. */
const weakStart = scenario.nodes[scenario.start]!.choices.map((_, choice): Move => ({ node: scenario.start, choice })).find(
  (m) => judgeMoves(scenario, [m])[0]!.weak,
)!;
const libraryIds = readdirSync('scenarios').map((f) => f.replace('.yaml', ''));

/** Stores finished attempts as the player would, on the version the site serves now (on /progress, once its store is open). */
async function seedAttempts(page: Page, attempts: { id: string; steps: Move[]; finishedAt: number }[]) {
  await expect(page.locator('.open-list').first()).toBeVisible();
  await page.evaluate(
    async ({ attempts, scenarioId }) => {
      const index = (await (await fetch('/content/index.json')).json()) as { scenarios: { id: string; hash: string }[] };
      const hash = index.scenarios.find((s) => s.id === scenarioId)!.hash;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('attempts', 'readwrite');
        for (const attempt of attempts)
          tx.objectStore('attempts').put({
            ...attempt,
            format: 2,
            scenarioId,
            contentHash: hash,
            locale: 'zh',
            mode: 'practice',
            timing: 'standard',
            status: 'finished',
            startedAt: attempt.finishedAt - 60_000,
            updatedAt: attempt.finishedAt,
          });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { attempts, scenarioId: SCENARIO_ID },
  );
}
const seedAttempt = (page: Page, attempt: { id: string; steps: Move[]; finishedAt: number }) => seedAttempts(page, [attempt]);

test('before any attempt: empty frames drawn on the server, every role-play listed as not tried', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const server = await context.newPage();
  await server.goto('/progress/');
  const frames = server.locator('.ct-chart svg');
  await expect(frames).toHaveCount(5);
  await context.close();

  const page = await browser.newPage();
  await page.goto('/progress/');
  await expect(page.getByText(zh('progress.trend.empty'))).toBeVisible();
  await expect(page.getByRole('img', { name: zh('progress.trend.noPoints', { competency: zh('competency.empathy') }) })).toBeVisible();
  await expect(page.getByText(zh('progress.missed.empty'))).toBeVisible();
  const untried = page.locator('section[aria-labelledby="open-title"] li');
  await expect(untried).toHaveCount(libraryIds.length);
  await page.close();
});

test('while the record is still being read, the dimmed list of role-plays left keeps its contrast', async ({ page }) => {
  await page.goto('/en/progress/');
  await expect(page.locator('.open-list').first()).toBeVisible();
  await expect(page.locator('.pending')).toHaveCount(0);
  // From now on every table is held by a transaction that never ends: the page's reads of the record wait.
  await page.addInitScript(holdTables, null);
  await page.reload();
  const pending = page.locator('.pending');
  await expect(pending).toHaveAttribute('aria-busy', 'true');
  const serious = (await new AxeBuilder({ page }).include('.pending').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.length} element(s)`)).toEqual([]);
  await expect(pending).toHaveCount(1);
});

test('after playing a role-play, the trends show as charts and a table, with what was missed and what is left', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/progress/');
  await seedAttempt(page, { id: 'earlier', steps: [weakStart], finishedAt: Date.now() - 86_400_000 });

  // Play the best path through the player.
  await page.goto(`/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: zh('player.start') }).click();
  for (const step of path) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  // The last step is written a moment after the ending shows, as a learner reads it.
  await expect.poll(async () => (await storedAttempts(page)).filter((a) => a.status === 'finished')).toHaveLength(2);
  await page.getByRole('link', { name: zh('player.toProgress') }).click();
  await expect(page).toHaveURL(/\/progress\/$/);

  await expect(page.getByText(zh('progress.trend.note', { n: 2 }))).toBeVisible();
  const charts = page.locator('.ct-chart');
  await expect(charts).toHaveCount(5);
  // Every competency the best path tests reads 100 at the latest attempt, said in the chart's label too.
  await expect(page.getByRole('img', { name: new RegExp(`^${zh('competency.courtesy')}：2 `) })).toHaveAttribute('aria-label', /100 分$/);
  await expect(charts.first().locator('polyline')).toHaveCount(1);

  await page.getByText(zh('progress.trend.table')).click();
  const table = page.getByRole('table', { name: zh('progress.trend.caption') });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText(scenario.title.zh);
  await expect(table.locator('tbody tr').nth(0)).toContainText(zh('progress.trend.fail'));
  await expect(table.locator('tbody tr').nth(1)).toContainText(zh('progress.trend.pass'));

  // The weak first move is the one technique missed, with where to read it and a role-play to practise it.
  const missed = page.locator('.missed li');
  await expect(missed).toHaveCount(1);
  await expect(missed).toContainText(zh('progress.missed.times', { n: 1 }));
  await expect(missed.getByRole('link').first()).toHaveAttribute('href', /^\/chapters\/[a-z-]+\/(#[a-z0-9-]+)?$/);
  await expect(missed.getByRole('link', { name: scenario.title.zh })).toHaveAttribute('href', `/scenarios/${SCENARIO_ID}/`);

  // Passed now, so no longer listed; every other role-play is still to try.
  const open = page.locator('section[aria-labelledby="open-title"]');
  await expect(open.getByRole('link', { name: scenario.title.zh })).toHaveCount(0);
  await expect(open.locator('li')).toHaveCount(libraryIds.length - 1);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const locale of ['zh', 'en'] as const) {
  test(`at phone width (${locale}): the trend panel keeps the size the server drew, the table scrolls in its box, axe finds nothing`, async ({
    page,
    browser,
  }) => {
    const url = `${locale === 'en' ? '/en' : ''}/progress/`;
    const phone = { width: 360, height: 740 };
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const server = await context.newPage();
    await server.goto(url);
    const drawn = (await server.locator('section.ct-panel').boundingBox())!.height;
    await context.close();

    await page.setViewportSize(phone);
    await page.goto(url);
    await expect(page.getByText(ui(locale)('progress.trend.empty'))).toBeVisible();
    expect((await page.locator('section.ct-panel').boundingBox())!.height).toBeCloseTo(drawn, 0);
    await seedAttempt(page, { id: 'one', steps: [weakStart], finishedAt: Date.now() });
    await page.reload();
    await expect(page.getByText(ui(locale)('progress.trend.note', { n: 1 }))).toBeVisible();
    expect((await page.locator('section.ct-panel').boundingBox())!.height).toBeCloseTo(drawn, 0);

    await page.getByText(ui(locale)('progress.trend.table')).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The Chinese page words everything itself: no English sentence from the domain.
    if (locale === 'zh') expect(await page.locator('.insights').innerText()).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{3,}/);
  });
}

test('a long record shows its latest ten role-plays, and the rest at a press, with the trend table still listing every one', async ({ page }) => {
  await page.goto('/progress/');
  const day = 86_400_000;
  const now = Date.now();
  await seedAttempts(
    page,
    Array.from({ length: 25 }, (_, i) => ({ id: `a${String(i).padStart(2, '0')}`, steps: i % 2 ? [weakStart] : path, finishedAt: now - (25 - i) * day })),
  );
  await page.reload();
  const attempts = page.locator('ol.attempts > li');
  await expect(attempts).toHaveCount(10);
  // The newest first: the attempt finished yesterday heads the list.
  await expect(attempts.first().locator('time')).toHaveAttribute('datetime', new Date(now - day).toISOString());
  const more = page.getByRole('button', { name: zh('progress.showAll', { n: 25 }) });
  await more.click();
  await expect(attempts).toHaveCount(25);
  await expect(more).toHaveCount(0);
  // Focus goes to the first attempt that was not shown, so a keyboard or screen-reader user reads on from there.
  await expect(attempts.nth(10).locator('h3')).toBeFocused();

  await page.getByText(zh('progress.trend.table')).click();
  await expect(page.locator('.ct-table tbody tr')).toHaveCount(25);
});
