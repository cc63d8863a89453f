/**
 * JavaScript budget: for every built page, the scripts it loads before the learner
 * does anything, gzip-compressed as a server would send them.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Response } from '@playwright/test';

const KB = 1024;
const LIMITS: { pattern: RegExp; kb: number }[] = [
  { pattern: /\/chapters\/[^/]+\/$/, kb: 10 },
  { pattern: /\/scenarios\/[^/]+\/$/, kb: 140 },
];

function builtPages(dir = 'dist', base = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full, `${base}${name}/`);
    if (name === 'index.html') return [base];
    return [];
  });
}

test('every page stays within its JavaScript budget', async ({ page }) => {
  test.setTimeout(180_000);
  // Nothing may come from the cache of an earlier page.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const rows: string[] = [];
  const failures: string[] = [];
  for (const path of builtPages().sort()) {
    const scripts = new Map<string, number>();
    const bodies: Promise<void>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(response.body().then((body) => void scripts.set(response.url(), gzipSync(body).length)));
    };
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(bodies);
    page.off('response', onResponse);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) / KB;
    const limit = LIMITS.find((l) => l.pattern.test(path));
    rows.push(`${path.padEnd(44)} ${total.toFixed(1).padStart(7)} KB gzip in ${scripts.size} file(s)${limit ? ` (limit ${limit.kb} KB)` : ''}`);
    if (limit && total > limit.kb) failures.push(`${path}: ${total.toFixed(1)} KB > ${limit.kb} KB`);
  }
  console.log(`JavaScript loaded before any interaction:\n${rows.join('\n')}`);
  expect(failures).toEqual([]);
});
