/**
 * The site built under a base path (`SITE_BASE=/course/`) into its own folder
 * (`test-sites.ts`) and served there: no broken link or failed fetch on any page, and a learner can play a
 * scenario, replay it on /progress, sit the exam and search.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { archivedVersions } from '../../src/build/content-archive.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { builtPages, crawl } from './crawl.ts';
import { examPaper, SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';
import { COURSE_BASE, COURSE_SITE, courseSite } from './test-sites.ts';

const BASE = COURSE_BASE;
const OUT = COURSE_SITE;

test.describe.configure({ mode: 'serial' });

let server: Server;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await courseSite();
  // A static host with the site in a folder: nothing answers outside it.
  const files = sirv(OUT, { etag: true });
  const notFound = readFileSync(`${OUT}/404.html`);
  const missing = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  server = createServer((req, res) => {
    if (!req.url?.startsWith(BASE)) return missing(res);
    req.url = req.url.slice(BASE.length - 1);
    files(req, res, () => missing(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test('every page, link, asset and content file answers under the base path', async () => {
  const pages = builtPages(OUT, BASE);
  const content = [`${BASE}content/index.json`, ...(await archivedVersions()).map((v) => `${BASE}content/${v.kind}/${v.id}/${v.hash}.json`)];
  const result = await crawl(origin, [...pages, ...content]);
  expect(result.broken).toEqual([]);
  expect(result.pages).toBe(pages.length);
  expect(result.pages).toBeGreaterThan(40);
  // Every file the content index names is served too.
  const index = (await (await fetch(`${origin}${BASE}content/index.json`)).json()) as {
    scenarios: { id: string; hash: string }[];
    questions: { chapter: string; hash: string }[];
  };
  const named = [...index.scenarios.map((s) => `scenarios/${s.id}/${s.hash}`), ...index.questions.map((q) => `questions/${q.chapter}/${q.hash}`)];
  for (const path of named) expect((await fetch(`${origin}${BASE}content/${path}.json`)).status, path).toBe(200);
});

test('the pages that load content stay small: under 34 KB of gzipped HTML', () => {
  for (const page of ['progress', 'exam', 'review', 'en/progress', 'en/exam', 'en/review']) {
    const size = gzipSync(readFileSync(`${OUT}/${page}/index.html`)).length;
    expect(size, `/${page}/ is ${size} bytes gzipped`).toBeLessThan(34 * 1024);
  }
});

/** Every failed request or error response the page meets (not those cut short by leaving the page). */
function watchRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return failed;
}

test('a learner plays a scenario, replays it, sits the exam, switches language and searches under the base path', async ({ page }) => {
  test.setTimeout(90_000);
  const failed = watchRequests(page);
  const scenario = shippedScenario();
  const path = bestPath(scenario) as { node: string; choice: number }[];

  await page.goto(`${origin}${BASE}scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: zh('player.start') }).click();
  for (const step of path) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  await page.getByRole('link', { name: zh('player.toProgress') }).click();
  await expect(page).toHaveURL(`${origin}${BASE}progress/`);
  const attempt = page.locator('.attempt').first();
  await expect(attempt.locator('h3')).toHaveText(scenario.title.zh);
  await attempt.getByText(zh('progress.replay')).click();
  await expect(attempt).toContainText(zh('progress.rescored'));

  await page
    .getByRole('navigation', { name: zh('nav.label') })
    .getByRole('link', { name: zh('nav.chapters') })
    .click();
  await expect(page).toHaveURL(`${origin}${BASE}chapters/`);
  await page.goto(`${origin}${BASE}exam/`);
  await page.getByLabel(examPaper('short').name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.locator('fieldset.question legend')).toBeVisible();
  await page.locator('.lang-switch').click();
  await expect(page).toHaveURL(`${origin}${BASE}en/exam/`);
  await expect(page.getByRole('timer')).toBeVisible();

  await page.goto(`${origin}${BASE}en/search/`);
  await page.locator('.pagefind-ui__search-input').fill('forbidden phrases');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith(`${BASE}en/`))).toBe(true);
  await page.locator('.pagefind-ui__result-link').first().click();
  await expect(page.locator('h1')).toBeVisible();

  expect(failed).toEqual([]);
});

test('under the base path the service worker takes the folder as its scope and serves pages offline', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${origin}${BASE}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${origin}${BASE}`);
  await context.setOffline(true);
  const response = await page.goto(`${origin}${BASE}en/chapters/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await context.close();
});
