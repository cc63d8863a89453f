/**
 * The SCORM package as Moodle serves it: `npm run build:scorm` once (`test-sites.ts`), the 2004 zip unpacked
 * and served under a deep folder known only now (as `/pluginfile.php/<ctx>/mod_scorm/content/<rev>/`),
 * by a host that answers nothing outside that folder and no directory (Moodle's pluginfile
 * does neither). Every page, link and asset answers; a learner reads, plays a role-play to
 * its first choice, answers a quiz and searches; no request fails and none leaves the folder.
 * Framed by a SCORM runtime (scorm-again) as an LMS frames it, a role-play item reports its pass.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import sirv from 'sirv';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { SCHEMA_FILES } from '../../src/lms/package/manifest.ts';
import { builtPages, crawl } from './crawl.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { frameInLms } from './scorm-lms.ts';
import { zh } from './strings.ts';
import { scormZips } from './test-sites.ts';

const PREFIX = `/pluginfile.php/${10 + Math.floor(Math.random() * 900)}/mod_scorm/content/${1 + Math.floor(Math.random() * 9)}/`;

test.describe.configure({ mode: 'serial' });

let site: string;
let server: Server;
let origin: string;
/** Every request the host saw outside the package's folder. */
const escaped: string[] = [];
let zips: Record<'1.2' | '2004', Record<string, Uint8Array>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const work = await scormZips();
  zips = {
    '1.2': unzipSync(readFileSync(join(work, 'course-scorm12.zip'))),
    '2004': unzipSync(readFileSync(join(work, 'course-scorm2004.zip'))),
  };
  site = mkdtempSync(join(tmpdir(), 'scorm-package-'));
  for (const [path, data] of Object.entries(zips['2004'])) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), data);
  }
  const files = sirv(site, { etag: true });
  const missing = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://host').pathname;
    if (!path.startsWith(PREFIX)) {
      escaped.push(req.url!);
      return missing(res);
    }
    if (path.endsWith('/')) return missing(res);
    req.url = req.url!.slice(PREFIX.length - 1);
    files(req, res, () => missing(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (site) rmSync(site, { recursive: true, force: true });
});

test('each zip has its manifest and schemas at the root, the same site, and no service worker', () => {
  for (const version of ['1.2', '2004'] as const) {
    const names = Object.keys(zips[version]);
    expect(names).toContain('imsmanifest.xml');
    for (const schema of SCHEMA_FILES[version]) expect(names).toContain(schema);
    expect(names).not.toContain('sw.js');
    expect(names.filter((n) => n.startsWith('_astro/')).length).toBeGreaterThan(20);
  }
  const siteOf = (version: '1.2' | '2004') => Object.keys(zips[version]).filter((n) => n !== 'imsmanifest.xml' && !SCHEMA_FILES[version].includes(n));
  expect(siteOf('1.2').sort()).toEqual(siteOf('2004').sort());
  // Every file the manifest lists is in the package, but for the launch page until the site has one.
  const manifest = new TextDecoder().decode(zips['2004']['imsmanifest.xml']);
  const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
  const missingFiles = listed.filter((f) => !(f in zips['2004']));
  expect(missingFiles.filter((f) => f !== 'lms/index.html')).toEqual([]);
  expect(manifest).toContain('identifierref="sco" parameters="?item=scenario:complaint-lscia"');
  const manifest12 = new TextDecoder().decode(zips['1.2']['imsmanifest.xml']);
  expect(manifest12).toContain('href="lms/index.html?item=quiz:crm-overview"');
});

test('every page, link, script and asset answers inside the folder, with no directory asked for', async () => {
  test.setTimeout(120_000);
  const pages = builtPages(site, PREFIX).map((p) => `${p}index.html`);
  expect(pages.length).toBeGreaterThan(40);
  const result = await crawl(origin, pages);
  expect(result.broken).toEqual([]);
  expect(result.pages).toBe(pages.length);
  expect(escaped).toEqual([]);
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
  page.on('pageerror', (e) => failed.push(`page error: ${e.message}`));
  return failed;
}

/** Links on the page as it is now (islands' included) that leave the folder or name a folder, which an LMS would not answer. */
async function badLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.filter((href) => {
    const url = new URL(href);
    return url.origin === origin && (!url.pathname.startsWith(PREFIX) || url.pathname.endsWith('/'));
  });
}

test('a learner reads, plays to a first choice, answers a quiz and searches, all inside the folder', async ({ page }) => {
  test.setTimeout(120_000);
  const failed = watchRequests(page);
  const at = (path: string) => `${origin}${PREFIX}${path}`;

  await page.goto(at('index.html'));
  await page
    .getByRole('navigation', { name: zh('nav.label') })
    .getByRole('link', { name: zh('nav.chapters') })
    .click();
  await expect(page).toHaveURL(at('chapters/index.html'));
  await page.goto(at('chapters/crm-overview/index.html'));
  await expect(page.locator('h1')).toBeVisible();

  const scenario = shippedScenario();
  await page.goto(at(`scenarios/${SCENARIO_ID}/index.html`));
  await page.getByRole('button', { name: zh('player.start') }).click();
  const first = bestPath(scenario)[0] as { node: string; choice: number };
  await page.getByRole('button', { name: scenario.nodes[first.node]!.choices[first.choice]!.text.zh, exact: true }).click();
  expect(await badLinks(page)).toEqual([]);

  await page.goto(at('quizzes/crm-overview/index.html'));
  const question = page.locator('fieldset.question');
  await expect(question).toBeVisible();
  await question.locator('input').first().check();
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await expect(question.locator('.verdict')).toBeVisible();
  expect(await badLinks(page)).toEqual([]);

  await page.goto(at('en/search/index.html'));
  await page.locator('.pagefind-ui__search-input').fill('forbidden phrases');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  expect(await result.getAttribute('href')).toMatch(new RegExp(`^${PREFIX}en/.*index\\.html`));
  expect(await badLinks(page)).toEqual([]);
  await result.click();
  await expect(page.locator('h1')).toBeVisible();

  expect(failed).toEqual([]);
  expect(escaped).toEqual([]);
});

test('in an LMS: the package’s role-play item, framed by a SCORM 2004 runtime (scorm-again), reports a pass with its score and each decision', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const failed = watchRequests(page);
  const scenario = shippedScenario();
  const path = bestPath(scenario) as { node: string; choice: number }[];
  const expected = scoreMoves(scenario, path);
  // The launch exactly as the manifest gives it: the SCO's href plus the item's parameters.
  const manifest = strFromU8(zips['2004']['imsmanifest.xml']!);
  const href = manifest.match(/<resource [^>]*adlcp:scormType="sco"[^>]*href="([^"]+)"/)![1]!;
  const parameters = manifest.match(new RegExp(`parameters="(\\?item=scenario:${SCENARIO_ID}[^"]*)"`))![1]!;
  // The "LMS" page sits in the same folder, as Moodle's player is on the same origin.
  const lms = await frameInLms(page, `${origin}${PREFIX}lms-harness.html`, '2004', `${origin}${PREFIX}${href}${parameters}`);
  const frame = lms.frameLocator('#lms-frame');
  await frame.getByRole('button', { name: zh('player.start') }).click();
  for (const step of path) await frame.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  const cmi = () =>
    page.evaluate(
      () => (window as unknown as { API_1484_11: { renderCMIToJSONObject(): { cmi: Record<string, unknown> } } }).API_1484_11.renderCMIToJSONObject().cmi,
    );
  await expect.poll(async () => `${String((await cmi()).completion_status)}/${String((await cmi()).success_status)}`).toBe('completed/passed');
  const done = await cmi();
  expect((done.score as Record<string, string>).raw).toBe(String(expected.overall));
  const interactions = Object.values((done.interactions as Record<string, unknown>) ?? {}).filter((v) => typeof v === 'object') as Record<string, string>[];
  expect(interactions.map((i) => i.id)).toEqual(path.map((step) => step.node));
  expect(failed).toEqual([]);
  expect(escaped).toEqual([]);
});
