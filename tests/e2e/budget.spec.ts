/**
 * JavaScript budget: for every built page, the scripts it loads before the learner
 * does anything, gzip-compressed as a server would send them.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

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

test('every page stays within its JavaScript budget', async ({ browser }) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  const failures: string[] = [];
  for (const path of builtPages().sort()) {
    // A fresh context per page: nothing comes from the cache of an earlier page.
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(response.body().then((body) => void scripts.set(response.url(), gzipSync(body).length)));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(bodies);
    await context.close();
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) / KB;
    const limit = LIMITS.find((l) => l.pattern.test(path));
    rows.push(`${path.padEnd(44)} ${total.toFixed(1).padStart(7)} KB gzip in ${scripts.size} file(s)${limit ? ` (limit ${limit.kb} KB)` : ''}`);
    if (limit && total > limit.kb) failures.push(`${path}: ${total.toFixed(1)} KB > ${limit.kb} KB`);
  }
  console.log(`JavaScript loaded before any interaction:\n${rows.join('\n')}`);
  expect(failures).toEqual([]);
});
