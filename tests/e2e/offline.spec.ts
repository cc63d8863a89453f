/**
 * The course offline: after one visit the service worker has kept everything, so with the
 * site's server gone (not just the browser told it is offline) a learner reads a chapter,
 * plays a role-play to its ending, sits the short exam and searches. And a new release:
 * its worker waits, the notice says so, and the page is never reloaded mid-call.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { examPaper, SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

test.use({ serviceWorkers: 'allow' });

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];
const SHORT = examPaper('short');

/**
 * The built site on a server of the test's own, which the test can take down. Its `sw.js`
 * is the build's, with a line added per later release: another worker to the browser.
 */
async function site() {
  const files = sirv('dist', { etag: true });
  const worker = readFileSync('dist/sw.js', 'utf8');
  let release = 1;
  const server: Server = createServer((req, res) => {
    if (req.url?.split('?')[0] === '/sw.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      res.end(release === 1 ? worker : `${worker}\n// release ${release}\n`);
      return;
    }
    files(req, res, () => {
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextRelease: () => release++,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until the worker has cached the course and controls the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** Every request the page saw fail. */
function failures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return failed;
}

test('after one visit, a chapter, a role-play, the short exam and search all work with the server gone', async ({ page, context }) => {
  test.setTimeout(180_000);
  const { origin, stop } = await site();
  await page.goto(`${origin}/`);
  await controlled(page);
  await stop();
  await context.setOffline(true);
  const failed = failures(page);

  await page.goto(`${origin}/chapters/customer-service/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(`${origin}/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-busy', 'call');
  for (const step of path) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  await expect(page.getByRole('link', { name: zh('player.toProgress') })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-busy');

  await page.goto(`${origin}/exam/`);
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.locator('fieldset.question legend')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-busy', 'exam');
  await page.locator('fieldset.question input').first().check();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-busy');

  await page.goto(`${origin}/search/`);
  await page.locator('.pagefind-ui__search-input').fill('投诉');
  const result = page.locator(`.pagefind-ui__result-link[href*="/scenarios/complaint-lscia/"]`).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(`${origin}/scenarios/complaint-lscia/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(failed).toEqual([]);
});

/** Asks the browser to look for a new worker now (it also does so on its own as pages load). */
async function checkForUpdate(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
}

const waitingWorker = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null);

test('a new release is announced, waits while a call is under way, and takes over when the learner reloads after it', async ({ page }) => {
  test.setTimeout(120_000);
  const { origin, nextRelease, stop } = await site();
  await page.goto(`${origin}/scenarios/${SCENARIO_ID}/`);
  await controlled(page);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));

  nextRelease();
  await checkForUpdate(page);
  const notice = page.getByRole('status').filter({ hasText: zh('update.ready') });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: zh('update.reload') }).click();
  // Mid-call: the notice says the update waits, and the page is the same page.
  await expect(page.getByText(zh('update.deferred'))).toBeVisible();
  await page.getByRole('button', { name: scenario.nodes[path[0]!.node]!.choices[path[0]!.choice]!.text.zh, exact: true }).click();
  expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
  expect(await waitingWorker(page)).toBe(true);

  for (const step of path.slice(1)) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  await expect(page.getByRole('link', { name: zh('player.toProgress') })).toBeVisible();
  // The call is over: still no reload until the learner asks.
  expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
  await notice.getByRole('button', { name: zh('update.reload') }).click();
  await page.waitForFunction(() => (window as { beforeUpdate?: boolean }).beforeUpdate === undefined);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title.zh);
  expect(await waitingWorker(page)).toBe(false);
  await expect(page.getByText(zh('update.ready'))).toBeHidden();
  await stop();
});

/** A chapter page under the current release's worker, with the next release installed and waiting; the learner is told. */
async function chapterWithWaitingRelease(page: Page) {
  const served = await site();
  await page.goto(`${served.origin}/chapters/customer-service/`);
  await controlled(page);
  served.nextRelease();
  await checkForUpdate(page);
  await expect(page.getByText(zh('update.ready'))).toBeVisible();
  return served;
}

const openRecord = (page: Page) =>
  page
    .getByRole('navigation', { name: zh('nav.label') })
    .getByRole('link', { name: zh('nav.progress') })
    .click();

test('a waiting release takes over on the way to another page', async ({ page }) => {
  test.setTimeout(120_000);
  const { origin, stop } = await chapterWithWaitingRelease(page);
  expect(await waitingWorker(page)).toBe(true);

  await openRecord(page);
  // The page first lets the new worker take over, then goes on. The navigation waits for the worker to finish
  // activating, which took over 20 s while the SCORM test built the site beside it on a 2-core machine.
  await expect(page).toHaveURL(`${origin}/progress/`, { timeout: 60_000 });
  expect(await waitingWorker(page)).toBe(false);
  await expect(page.getByText(zh('update.ready'))).toBeHidden();
  await stop();
});

test('a waiting release that does not take over does not swallow the click: the page goes on without it', async ({ page }) => {
  test.setTimeout(120_000);
  const { origin, stop } = await chapterWithWaitingRelease(page);
  // The new worker never hears it may take over (as when a phone is too busy to start it).
  await page.evaluate(() => (ServiceWorker.prototype.postMessage = () => undefined));

  await openRecord(page);
  await expect(page).toHaveURL(`${origin}/progress/`, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('progress.title'));
  await stop();
});
