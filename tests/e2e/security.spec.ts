/**
 * The site locks itself down: every built page carries a Content-Security-Policy that
 * allows no inline script or style but the page's own, each by its hash, no plugins and no foreign base, and
 * no page type asks any other origin for anything or trips the policy while a learner
 * uses it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './crawl.ts';
import { CHAPTER_SLUG, SCENARIO_ID } from './course.ts';
import { zh } from './strings.ts';

const DIST = 'dist';

function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  if (!meta) return null;
  const directives = meta[1]!
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  return new Map(directives.map(([name, ...values]) => [name!, values]));
}

test('every built page has a policy: scripts only from the site or by hash, no plugins, no foreign base', () => {
  const pages = builtPages(DIST, '/');
  expect(pages.length).toBeGreaterThan(50);
  const wrong: string[] = [];
  for (const path of pages) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const policy = policyOf(html);
    if (!policy) {
      wrong.push(`${path}: no policy`);
      continue;
    }
    const scripts = policy.get('script-src') ?? [];
    if (scripts.length === 0 || scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || scripts.includes('*'))
      wrong.push(`${path}: script-src ${scripts.join(' ')}`);
    if (policy.get('object-src')?.join(' ') !== "'none'") wrong.push(`${path}: object-src`);
    if (policy.get('base-uri')?.join(' ') !== "'self'") wrong.push(`${path}: base-uri`);
    if (policy.get('default-src')?.join(' ') !== "'self'") wrong.push(`${path}: default-src`);
    // Every inline script and style element the policy governs (those after it) is one it names by its hash, and it names no other.
    const governed = html.slice(html.indexOf('http-equiv="content-security-policy"'));
    const inline = [...governed.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
      .filter(([, tag, attributes]) => tag === 'style' || !/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!))
      .map(([, tag, , body]) => ({ tag: tag!, hash: `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'` }));
    const named = { script: scripts, style: policy.get('style-src') ?? [] };
    for (const { tag, hash } of inline) if (!named[tag as 'script' | 'style'].includes(hash)) wrong.push(`${path}: an inline ${tag} the policy does not allow`);
    for (const [tag, sources] of Object.entries(named))
      for (const source of sources.filter((s) => s.startsWith("'sha256-")))
        if (!inline.some((i) => i.tag === tag && i.hash === source)) wrong.push(`${path}: ${tag}-src names ${source}, which no inline ${tag} of the page has`);
  }
  expect(wrong).toEqual([]);
});

/** Records every request the page makes and every policy violation it reports. */
async function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return {
    async check(origin: string) {
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(foreign).toEqual([]);
    },
  };
}

const PAGE_TYPES = [
  '/',
  `/chapters/${CHAPTER_SLUG}/`,
  '/glossary/',
  '/quizzes/customer-service/',
  '/exam/',
  '/review/',
  '/progress/',
  '/scenarios/',
  `/scenarios/${SCENARIO_ID}/map/`,
  '/teach/',
  '/teach/gradebook/',
  '/assignment/',
  '/author/',
  '/no-such-page/',
];

for (const path of PAGE_TYPES) {
  for (const url of [path, `/en${path}`]) {
    test(`${url}: no request to another origin, nothing blocked by the policy`, async ({ page, baseURL }) => {
      const watched = await watch(page);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await watched.check(baseURL!);
    });
  }
}

test('a role-play played and a search run stay on the site and within the policy', async ({ page, baseURL }) => {
  const watched = await watch(page);
  await page.goto(`/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.locator('.choices button').first().click();
  await page.waitForLoadState('networkidle');
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill('投诉');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
  await watched.check(baseURL!);
});
