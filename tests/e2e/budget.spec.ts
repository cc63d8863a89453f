/**
 * JavaScript budget: for every built page, the scripts it loads before the learner
 * does anything, gzip-compressed as a server would send them.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Request } from '@playwright/test';
import * as en from '../../src/i18n/en/index.ts';
import * as zh from '../../src/i18n/zh/index.ts';

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
  const rows: string[] = [];
  const failures: string[] = [];
  for (const path of builtPages().sort()) {
    // Script files the page requests (sized from dist/, so caching cannot hide one) plus inline scripts.
    const files = new Set<string>();
    const onRequest = (request: Request) => {
      if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
    };
    page.on('request', onRequest);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', onRequest);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    );
    const bytes = [...files].map((file) => gzipSync(readFileSync(join('dist', file))).length).concat(inline.map((code) => gzipSync(code).length));
    const total = bytes.reduce((a, b) => a + b, 0) / KB;
    const limit = LIMITS.find((l) => l.pattern.test(path));
    rows.push(
      `${path.padEnd(44)} ${total.toFixed(1).padStart(7)} KB gzip: ${files.size} file(s), ${inline.length} inline${limit ? ` (limit ${limit.kb} KB)` : ''}`,
    );
    if (limit && total > limit.kb) failures.push(`${path}: ${total.toFixed(1)} KB > ${limit.kb} KB`);
  }
  console.log(`JavaScript loaded before any interaction:\n${rows.join('\n')}`);
  expect(failures).toEqual([]);
});

test('scripts carry no interface strings: an island gets its own language as props', () => {
  const scripts = readdirSync('dist/_astro')
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name, readFileSync(join('dist/_astro', name), 'utf8')] as const);
  // Long enough not to occur by chance in code: 20+ characters of English, 6+ of Chinese (the build's English lint messages, shown on the author page, share short phrases).
  const texts = [...Object.values(zh), ...Object.values(en)]
    .flatMap((feature) => Object.values(feature))
    .filter((text) => (/[\u4e00-\u9fff]/.test(text) ? text.length >= 6 : text.length >= 20));
  const found = scripts.flatMap(([name, code]) =>
    texts.filter((text) => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1))).map((text) => `${name}: ${text}`),
  );
  expect(texts.length).toBeGreaterThan(200);
  expect(found).toEqual([]);
});
