/**
 * Byte budgets, gzip-compressed as a server would send them: for every built page, the
 * scripts it loads before the learner does anything; for the role-play pages, the HTML
 * and the scripts the first choice waits for. (Times vary from run to run: they are in
 * `npm run bench:play`, not here.)
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import * as en from '../../src/i18n/en/index.ts';
import * as zh from '../../src/i18n/zh/index.ts';
import { textOffset } from '../../src/cli/bench/html-text.ts';
import { PAGE_STRINGS_ID } from '../../src/i18n/page-strings.ts';
import { parse } from 'yaml';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { shippedScenario } from './course.ts';
import { putRow } from './storage-drills.ts';

const KB = 1024;
const LIMITS: { pattern: RegExp; kb: number }[] = [
  // The home page reads its summary and assignments without Dexie (7 KB: those reads apart from the role-play page's,
  // with the small modules page scripts share with the role-play in one file, src/build/leaf-chunk.ts).
  { pattern: /^\/(en\/)?$/, kb: 7.2 },
  { pattern: /\/chapters\/[^/]+\/$/, kb: 10 },
  // Everything a role-play loads before a click, the store and the debrief included (they load while the learner reads);
  // 141–145 KB (a chat the most) since the store no longer pulls in the exam's marking code.
  { pattern: /\/scenarios\/[^/]+\/$/, kb: 148 },
  // The record, its trends and the profile form; the checks of what is typed (zod, 26 KB) load when a form is sent, the backup's when it is used.
  { pattern: /^\/(en\/)?progress\/$/, kb: 148 },
];
/**
 * A role-play page: its HTML, and the scripts the island needs before the call is live. The
 * first screen's start button and first choices need none: they can be clicked in the static
 * HTML, and a 0.4 KB inline script holds the click until the call takes it (`held-choice.ts`).
 * Of the 98 KB the live call needs, React DOM is 64, XState 13 and Astro's island loader 2;
 * the store and the debrief load later. They come in 15 files: over HTTP/1.1 every six more
 * cost a round trip before the call is live (src/build/leaf-chunk.ts).
 */
// The first line follows the Content-Security-Policy (0.6 KB: the hashes of the page's own five inline
// scripts and styles), the inlined stylesheet (3.7 KB: the scenario map's rules are only on the pages that
// draw a map, the quiz's and the exam's on theirs), the click holder (0.4 KB), the island's props (1 KB: the first screen's
// own text) and the first screen's settings, but not the island's interface strings (2 KB, held after it), Astro's island
// loader (1.8 KB, at the end of the main content) or a preload: the reader sees the first line after 7 KB.
const FIRST_SCREEN = { htmlKb: 14, firstLineKb: 7, liveScriptKb: 98.2, liveFiles: 15 };

function builtPages(dir = 'dist', base = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full, `${base}${name}/`);
    if (name === 'index.html') return [base];
    return [];
  });
}

/** Resolves once `page` has gone `ms` without a request starting or ending. */
async function quiet(page: Page, ms: number): Promise<void> {
  const inFlight = new Set<Request>();
  let last = Date.now();
  const start = (request: Request) => (inFlight.add(request), (last = Date.now()));
  const end = (request: Request) => (inFlight.delete(request), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  while (inFlight.size > 0 || Date.now() - last < ms) await page.waitForTimeout(100);
  page.off('request', start);
  page.off('requestfinished', end);
  page.off('requestfailed', end);
}

/**
 * The scripts one page loads before any interaction, in gzip KB: files it requests (sized from dist/, so caching cannot hide one) plus inline scripts.
 * What its islands load once they are live counts too (a role-play's store and debrief): on a busy machine the page can fall quiet before they are.
 */
async function scriptKbBeforeInteraction(page: Page, path: string): Promise<{ kb: number; files: number; inline: number }> {
  const files = new Set<string>();
  const onRequest = (request: Request) => {
    if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
  await quiet(page, 500);
  page.off('request', onRequest);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
  );
  const bytes = [...files].map((file) => gzipSync(readFileSync(join('dist', file))).length).concat(inline.map((code) => gzipSync(code).length));
  return { kb: bytes.reduce((a, b) => a + b, 0) / KB, files: files.size, inline: inline.length };
}

test('every page stays within its JavaScript budget', async ({ context }) => {
  test.setTimeout(180_000);
  const paths = builtPages().sort();
  const rows = new Map<string, string>();
  const failures: string[] = [];
  // A page counts as loaded after 500 ms without a request; several tabs wait out those quiet spells side by side.
  const queue = [...paths];
  const tab = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path; path = queue.shift()) {
      const { kb, files, inline } = await scriptKbBeforeInteraction(page, path);
      const limit = LIMITS.find((l) => l.pattern.test(path!));
      rows.set(path, `${path.padEnd(44)} ${kb.toFixed(1).padStart(7)} KB gzip: ${files} file(s), ${inline} inline${limit ? ` (limit ${limit.kb} KB)` : ''}`);
      if (limit && kb > limit.kb) failures.push(`${path}: ${kb.toFixed(1)} KB > ${limit.kb} KB`);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: 6 }, tab));
  expect(rows.size).toBe(paths.length);
  console.log(`JavaScript loaded before any interaction:\n${paths.map((p) => rows.get(p)).join('\n')}`);
  expect(failures).toEqual([]);
});

test('a returning learner’s home page replays their best score without loading the store', async ({ page }) => {
  const scenario = shippedScenario();
  const steps = bestPath(scenario);
  const played = replay(scenario, steps);
  if (!played.ok) throw new Error('the best path does not replay');
  // The progress page opens (and so creates) the learner's database.
  await page.goto('/progress/');
  await expect(page.locator('.open-list').first()).toBeVisible();
  const { scenarios } = (await (await page.request.get('/content/index.json')).json()) as { scenarios: { id: string; hash: string }[] };
  const now = Date.now();
  await putRow(page, 'attempts', {
    id: 'finished-yesterday',
    format: 2,
    scenarioId: scenario.id,
    contentHash: scenarios.find((s) => s.id === scenario.id)!.hash,
    locale: 'zh',
    mode: 'practice',
    timing: 'standard',
    status: 'finished',
    steps,
    startedAt: now - 86_400_000,
    updatedAt: now - 86_360_000,
    finishedAt: now - 86_360_000,
    ending: played.played.ending,
    score: played.played.score,
  });
  const files = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.locator('[data-field="bestScore"]')).toHaveText(String(played.played.score.overall));
  await page.waitForLoadState('networkidle');
  const kb = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0) / KB;
  console.log(`/ with a finished role-play: ${kb.toFixed(1)} KB of script in ${files.size} file(s)`);
  // The replay needs the call's machine (XState, 13 KB) and the scenario's rules; the attempts are read without Dexie (30 KB).
  expect(kb).toBeLessThanOrEqual(32);
});

test('a chapter read to its end loads the store to mark it read, and not the exam’s marking code', async ({ page }) => {
  const files = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
  });
  await page.goto('/chapters/crm-overview/');
  await page.locator('#chapter-end').scrollIntoViewIfNeeded();
  await expect(page.locator('#chapter-end')).toContainText('✓');
  await page.waitForLoadState('networkidle');
  const kb = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0) / KB;
  console.log(`/chapters/crm-overview/ read to its end: ${kb.toFixed(1)} KB of script in ${files.size} file(s)`);
  // Dexie is 30 KB of it; the store 5; the small modules it shares with the role-play page 3 (src/build/leaf-chunk.ts).
  expect(kb).toBeLessThanOrEqual(43);
  expect([...files].filter((file) => /\/exam\./.test(file))).toEqual([]);
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

/** A built script and every script it imports or re-exports statically (not the `import()`s it loads later). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist', file), 'utf8');
  // `export … from` too: an island shared with another island is a re-export of their common chunk.
  for (const [, spec] of code.matchAll(/\b(?:import|export)\s*(?:[^()"'`;]*?from\s*)?["']([^"']+\.js)["']/g))
    staticClosure(join(file, '..', spec!).replaceAll('\\', '/'), seen);
  return seen;
}

test('a role-play page: small HTML with the first line early, first choices usable without script, and the live call within 98.2 KB of script in 15 files', () => {
  const scenario = shippedScenario();
  const rows: string[] = [];
  const failures: string[] = [];
  for (const [locale, path] of [['zh', `/scenarios/${scenario.id}/`] as const, ['en', `/en/scenarios/${scenario.id}/`] as const]) {
    const html = readFileSync(join('dist', path, 'index.html'));
    const htmlKb = gzipSync(html).length / KB;
    // Where the reader sees it, not its copy in the island's props before that.
    const at = textOffset(html, scenario.nodes[scenario.start]!.say[locale].slice(0, 20));
    expect(at, `${path}: the first line is in the HTML`).toBeGreaterThan(0);
    const firstLineKb = gzipSync(html.subarray(0, at)).length / KB;
    const text = html.toString('utf8');
    const entries = [...text.matchAll(/(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((m) => m[1]!);
    expect(entries.length, `${path}: an island`).toBeGreaterThan(0);
    const files = new Set(entries.flatMap((entry) => [...staticClosure(entry)]));
    const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const scriptKb =
      ([...files].map((f) => gzipSync(readFileSync(join('dist', f))).length).reduce((a, b) => a + b, 0) +
        inline.reduce((a, code) => a + gzipSync(code).length, 0)) /
      KB;
    rows.push(
      `${path}: HTML ${htmlKb.toFixed(1)} KB (first line after ${firstLineKb.toFixed(1)} KB), script before the call is live ${scriptKb.toFixed(1)} KB in ${files.size} file(s)`,
    );
    if (htmlKb > FIRST_SCREEN.htmlKb) failures.push(`${path}: HTML ${htmlKb.toFixed(1)} KB > ${FIRST_SCREEN.htmlKb} KB`);
    if (firstLineKb > FIRST_SCREEN.firstLineKb) failures.push(`${path}: first line after ${firstLineKb.toFixed(1)} KB > ${FIRST_SCREEN.firstLineKb} KB`);
    if (scriptKb > FIRST_SCREEN.liveScriptKb) failures.push(`${path}: ${scriptKb.toFixed(1)} KB of script > ${FIRST_SCREEN.liveScriptKb} KB`);
    if (files.size > FIRST_SCREEN.liveFiles) failures.push(`${path}: ${files.size} script files > ${FIRST_SCREEN.liveFiles}`);
    // The first screen's start button or choices are enabled in the HTML, with the inline script that holds their clicks before it.
    const held = [...text.matchAll(/<button[^>]*data-held-choice="([^"]+)"[^>]*>/g)];
    if (held.length === 0 || held.some(([button]) => /\sdisabled/.test(button!)))
      failures.push(`${path}: the first screen's controls are not usable before the island is`);
    const holder = text.indexOf("closest('button[data-held-choice]')");
    if (holder < 0 || holder > (held[0]?.index ?? -1)) failures.push(`${path}: no click holder before the first screen`);
    // Nothing fetched for later (the island's scripts, the scenario file) starts before the first line's bytes are in: on a slow line it shares the bandwidth with them.
    const firstLine = textOffset(text, scenario.nodes[scenario.start]!.say[locale].slice(0, 20));
    const early = [...text.matchAll(/<link[^>]*\brel="(?:module)?preload"[^>]*>/g)].filter((m) => m.index < firstLine);
    if (early.length > 0) failures.push(`${path}: ${early.length} preload(s) before the first line, e.g. ${early[0]![0]}`);
    // Largest first: over HTTP/1.1 the rest queue for six connections, and React DOM queued last held the call back.
    const preloads = [...text.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => statSync(join('dist', m[1]!)).size);
    if (preloads.length < 2 || preloads.some((size, i) => i > 0 && size > preloads[i - 1]!))
      failures.push(`${path}: preloads not largest first (${preloads.join(', ')} bytes)`);
    // The player's strings are not in its props but after its markup, and before the script that hydrates it (src/i18n/page-strings.ts).
    const strings = text.indexOf(`id="${PAGE_STRINGS_ID}"`);
    const loader = text.indexOf('customElements.define("astro-island"');
    if (strings < firstLine || loader < 0 || strings > loader)
      failures.push(`${path}: the player's strings are not between its first line and the island loader`);
    // The store (Dexie) and the debrief are not among them: they load while the learner reads.
    for (const later of ['store.', 'Debrief.'])
      if ([...files].some((f) => f.includes(`/${later}`))) failures.push(`${path}: ${later} loads before the first choice`);
  }
  console.log(rows.join('\n'));
  expect(failures).toEqual([]);
});

test('/progress holds its four islands’ interface strings once, after them, not in each one’s props', () => {
  for (const path of ['/progress/', '/en/progress/']) {
    const html = readFileSync(join('dist', path, 'index.html'));
    const text = html.toString('utf8');
    const props = [...text.matchAll(/<astro-island\b[^>]*\bprops="([^"]*)"/g)].map((m) => m[1]!);
    expect(props.length, path).toBe(4);
    // The backup panel's title: with the `progress` feature in their props, three of the four islands carried it.
    const backupTitle = (path.startsWith('/en/') ? en : zh).progress['backup.title'];
    expect(
      props.filter((p) => p.includes(backupTitle)),
      path,
    ).toEqual([]);
    expect(text.indexOf(`id="${PAGE_STRINGS_ID}"`), path).toBeGreaterThan(text.lastIndexOf('</astro-island>'));
    expect(gzipSync(html).length / KB, `${path}: HTML (gzipped) in KB`).toBeLessThanOrEqual(26);
  }
});

test('a chapter’s practice fetches its questions by version: its island’s props carry only the first question, which the page shows', () => {
  const bank = parse(readFileSync('content/questions/customer-service.yaml', 'utf8')) as { questions: { prompt?: Record<'zh' | 'en', string> }[] };
  // The first two questions' prompts, in each language.
  const prompts = (locale: 'zh' | 'en', length: number) => bank.questions.slice(0, 2).map((q) => q.prompt![locale].slice(0, length));
  for (const [locale, path] of [['zh', '/quizzes/customer-service/'] as const, ['en', '/en/quizzes/customer-service/'] as const]) {
    const [first, second] = prompts(locale, locale === 'zh' ? 8 : 12);
    const html = readFileSync(join('dist', path, 'index.html'));
    const text = html.toString('utf8');
    const props = /<astro-island\b[^>]*\bprops="([^"]*)"/.exec(text)![1]!;
    expect(props.includes(first!), `${path}: the first question in the island's props`).toBe(true);
    expect(props.includes(second!), `${path}: the second question in the island's props`).toBe(false);
    expect(textOffset(text, first!), `${path}: the first question shown`).toBeGreaterThan(0);
    const preload = /<link rel="preload" as="fetch" crossorigin="anonymous" href="(\/content\/questions\/customer-service\/\w+\.json)">/.exec(text);
    expect(preload, `${path}: the bank's file is preloaded`).not.toBeNull();
    expect(statSync(join('dist', preload![1]!)).isFile()).toBe(true);
    expect(gzipSync(html).length / KB, `${path}: HTML (gzipped) in KB`).toBeLessThanOrEqual(20);
  }
});
