/**
 * `npm run bench:play`: how soon a learner gets the first choice of a role-play, and how
 * fast a click is answered, measured side by side with the H5P Branching Scenario page
 * playing the same opening (`../shared/peers/h5p/site`), under the same conditions:
 * Chromium, 4x CPU throttle, Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up), cache
 * disabled, a fresh browser context per run, the two pages alternating (ABBA). A benchmark,
 * not a test: it prints medians and ratios and passes or fails nothing.
 *
 *   npm run bench:play -- [--runs 11] [--page-runs 5] [--site dist] [--peer DIR] [--scale] [--record] [--pages-only]
 *
 * Also: our page alone at 360 x 740; LCP, CLS, HTML and JavaScript bytes of /exam,
 * /review and /progress; with --scale, the same pages built from synthetic content
 * (50 scenarios, 2,000 questions, in a temporary folder) beside the real ones; with
 * --record, the pages a returning learner opens, holding a semester's record (`bench/record.ts`).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { parse } from 'yaml';
import * as zh from '../i18n/zh/index.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/browser.ts';
import { probe, type ProbeConfig, type ProbeState } from './bench/probe.ts';
import { serveStatic } from './bench/serve.ts';
import { textOffset } from './bench/html-text.ts';
import { buildScaledSite } from './bench/scale.ts';
import { learnerRecord } from './bench/record.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]! : fallback);
const opts = {
  runs: Number(arg('runs', '11')),
  pageRuns: Number(arg('page-runs', '5')),
  site: resolve(arg('site', 'dist')),
  peer: resolve(arg('peer', '../shared/peers/h5p/site')),
  scale: argv.includes('--scale'),
  record: argv.includes('--record'),
  /** Only the page loads (and the scale check), not the side-by-side runs. */
  pagesOnly: argv.includes('--pages-only'),
  port: Number(arg('port', '5414')),
};
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, connectionType: 'cellular4g' as const };

// The opening both pages play: the start of `inbound-service-call`. The peer page has a fixed
// copy; ours is read from the scenario file: its first line, the choice to finish the note
// first, and the start of that choice's feedback.
const PEER_TEXT = { firstLine: '周二下午两点十分，你刚挂掉上一通电话', choice: '先把备注打完，免得一会儿忘了', next: '认真写备注本身没错，可顺序反了' };
const OUR_TEXT = (() => {
  type Said = { zh: string };
  const scenario = parse(readFileSync('scenarios/inbound-service-call.yaml', 'utf8')) as {
    start: string;
    nodes: Record<string, { say: Said; choices: { text: Said; feedback: Said }[] }>;
  };
  const start = scenario.nodes[scenario.start]!;
  const choice = start.choices.find((c) => c.text.zh.startsWith('先把备注'))!;
  return { firstLine: start.say.zh.slice(0, 18), choice: choice.text.zh.slice(0, 14), next: choice.feedback.zh.slice(0, 14) };
})();
const LOADING = [zh.common['common.loading'], zh.player['player.loading']];
const OURS = {
  text: OUR_TEXT,
  gates: [{ sel: '.turn.current .actions button:not(.secondary)', once: true }],
  choice: (p: Page) => p.locator('.choices button', { hasText: OUR_TEXT.choice }),
};
const PEER = {
  text: PEER_TEXT,
  gates: [
    { sel: '.h5p-start-button', once: true },
    { sel: '.h5p-proceed-button', once: false },
  ],
  choice: (p: Page) => p.frameLocator('iframe').first().locator('.h5p-branching-question-alternative', { hasText: PEER_TEXT.choice }),
};

type Metrics = Record<string, number | null>;
interface Request {
  type: string;
  /** Seconds (CDP's clock) the request was sent. */
  sent: number;
  bytes: number;
  end: number;
}

/** Imports a backup file into the site's database, as a learner restoring their record would (before any throttling). */
async function importRecord(page: Page, origin: string, record: string) {
  await page.goto(`${origin}/progress/`);
  await page.locator('input[type=file]').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(record) });
  await page.getByText(zh.progress['backup.imported']).waitFor({ timeout: 60_000 });
  await page.goto('about:blank');
}

async function run(browser: Browser, url: string, viewport: { width: number; height: number }, play: typeof OURS | null, record?: string): Promise<Metrics> {
  // Without the service worker: its caching of the whole course after the page loads would share the machine with the clicks measured.
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  if (record) await importRecord(page, new URL(url).origin, record);
  const config: ProbeConfig = { text: play?.text ?? {}, gates: play?.gates ?? [], loading: LOADING };
  await context.addInitScript(probe, config);
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, Request>();
  let lastNet = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { type: e.type ?? 'Other', sent: e.timestamp, bytes: 0, end: 0 });
    lastNet = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.type = e.type;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, end: e.timestamp });
    lastNet = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    requests.delete(e.requestId);
    lastNet = Date.now();
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const state = () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __bench: ProbeState }).__bench)) as ProbeState);
  const inflight = () => [...requests.values()].some((r) => r.end === 0);
  const quiet = async () => {
    const start = Date.now();
    while (Date.now() - start < 4000 && (inflight() || Date.now() - lastNet < 1000)) await page.waitForTimeout(100);
  };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const until = play ? 'live' : 'ready';
    await page.waitForFunction((m) => (window as unknown as { __bench?: ProbeState }).__bench?.marks[m] != null, until, { timeout: 90_000, polling: 50 });
    await quiet();
    const sent = [...requests.values()].map((r) => ({ ...r }));
    if (play) {
      await page.evaluate(() => (window as unknown as { __arm: () => void }).__arm());
      await play.choice(page).first().click({ force: true, timeout: 10_000 });
      await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.marks.next != null, null, { timeout: 30_000, polling: 100 });
    }
    await page.waitForTimeout(600); // Element and Event Timing entries arrive a little later
    const B = await state();
    B.stop = true;
    // The presentation time of frame f: its stamp's Element Timing, else right after its rendering.
    const at = (name: string) => {
      const f = B.marks[name];
      if (f == null) return null;
      return B.et.find((e) => e.id === `frame:${f}`)?.t ?? B.fp[f] ?? null;
    };
    const sum = (type?: string, before = Infinity) => sent.filter((r) => (!type || r.type === type) && r.sent <= before).reduce((a, r) => a + r.bytes, 0);
    // CDP's clock against the page's: the document request is sent at navigation start (to within a millisecond or two).
    const navigation = Math.min(...sent.map((r) => r.sent));
    const choice = at('choice');
    const after = B.pointerdown == null ? [] : B.events.filter((e) => e.start >= B.pointerdown! - 1);
    return {
      firstLine: at('firstLine'),
      choice: at('choice'),
      live: at('live'),
      ready: at('ready'),
      clickToNext: B.pointerdown == null ? null : (at('next') ?? NaN) - B.pointerdown,
      clickToPaint: after.length ? Math.max(...after.map((e) => e.duration)) : play ? 0 : null,
      // Of that, the time the page's own handlers ran: the rest is waiting for the main thread, rendering and presenting the frame.
      clickHandlers: after.length ? after.reduce((a, e) => a + e.handlers, 0) : play ? 0 : null,
      lcp: B.lcp.at(-1)?.t ?? null,
      cls: B.cls,
      jsBytes: sum('Script'),
      jsBytesBeforeChoice: choice === null ? null : sum('Script', navigation + choice / 1000),
      htmlBytes: sum('Document'),
      bytes: sum(),
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const medians = (runs: Metrics[]): Record<string, number> =>
  Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => r[k] ?? NaN))]));

const ROWS: [string, string][] = [
  ['firstLine', 'first line of the call visible'],
  ['choice', 'first choice clickable'],
  ['live', 'first choice live (a click on it answered at once)'],
  ['clickToPaint', 'click → next paint (Event Timing)'],
  ['clickHandlers', '… of which the page’s event handlers'],
  ['clickToNext', 'click → next content visible'],
  ['jsBytes', 'JavaScript to the first click'],
  ['jsBytesBeforeChoice', 'JavaScript sent before the first choice was clickable'],
  ['bytes', 'all bytes to the first click'],
  ['htmlBytes', 'HTML bytes'],
  ['lcp', 'LCP'],
  ['cls', 'CLS'],
];
const show = (key: string, v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : /bytes/i.test(key) ? `${(v / 1024).toFixed(1)} KB` : key === 'cls' ? v.toFixed(3) : `${Math.round(v)} ms`;

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Gzipped size of a built page, and how far into it (gzipped) the first line of the call is. */
function htmlFacts(root: string, path: string): string[] {
  const file = resolve(root, `.${path}index.html`);
  if (!existsSync(file)) return [path, '–', '–'];
  const html = readFileSync(file);
  const at = textOffset(html, OUR_TEXT.firstLine);
  return [
    path,
    `${(gzipSync(html, { level: 6 }).length / 1024).toFixed(1)} KB`,
    at < 0 ? '–' : `${(gzipSync(html.subarray(0, at), { level: 6 }).length / 1024).toFixed(1)} KB`,
  ];
}

async function pageLoads(browser: Browser, origin: string, paths: string[], record?: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const path of paths) {
    const runs: Metrics[] = [];
    for (let i = 0; i < opts.pageRuns; i++)
      runs.push(
        await run(browser, origin + path, { width: 1280, height: 800 }, null, record).catch((e: unknown) => {
          console.error(`${path}: ${String(e)}`);
          return {};
        }),
      );
    const m = medians(runs);
    rows.push([
      path,
      show('ready', m.ready),
      show('lcp', m.lcp),
      show('cls', m.cls),
      show('htmlBytes', m.htmlBytes),
      show('jsBytes', m.jsBytes),
      show('bytes', m.bytes),
    ]);
  }
  return rows;
}

/** Our role-play page and the peer's, alternating, then ours alone on a phone-sized screen. */
async function sideBySide(browser: Browser, ours: string, peer: string) {
  const desktop = { width: 1280, height: 800 };
  const phone = { width: 360, height: 740 };
  // One warm-up each (the server's gzip cache, the OS file cache), not counted.
  await run(browser, ours, desktop, OURS);
  await run(browser, peer, desktop, PEER);
  const sides: { ours: Metrics[]; peer: Metrics[]; phone: Metrics[] } = { ours: [], peer: [], phone: [] };
  for (let i = 0; i < opts.runs; i++) {
    for (const side of i % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const)) {
      const m = await (side === 'ours' ? run(browser, ours, desktop, OURS) : run(browser, peer, desktop, PEER));
      sides[side].push(m);
      console.error(
        `${side} ${i + 1}: line ${show('t', m.firstLine ?? NaN)} choice ${show('t', m.choice ?? NaN)} live ${show('t', m.live ?? NaN)} paint ${show('t', m.clickToPaint ?? NaN)} handlers ${show('t', m.clickHandlers ?? NaN)}`,
      );
    }
  }
  for (let i = 0; i < opts.runs; i++) sides.phone.push(await run(browser, ours, phone, OURS));
  const [o, p, ph] = [medians(sides.ours), medians(sides.peer), medians(sides.phone)];
  console.log(`\nRole-play opening, ${opts.runs} runs a side, medians (4x CPU, Slow 4G, cache disabled)\n`);
  console.log(
    table(
      ['', 'ours', 'H5P', 'ratio', 'ours at 360 × 740'],
      ROWS.map(([k, label]) => [
        label,
        show(k, o[k]),
        show(k, p[k]),
        p[k] && Number.isFinite(o[k]! / p[k]!) ? (o[k]! / p[k]!).toFixed(2) : '–',
        show(k, ph[k]),
      ]),
    ),
  );
}

/** A chapter's practice: its page grows with the chapter's questions unless the island fetches them. */
const QUIZ = '/quizzes/customer-service/';

async function main() {
  const scenario = '/scenarios/inbound-service-call/';
  const servers = [await serveStatic(opts.site, opts.port, '404.html'), await serveStatic(opts.peer, opts.port + 1)];
  const ours = `http://127.0.0.1:${opts.port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (!opts.pagesOnly) await sideBySide(browser, ours + scenario, `http://127.0.0.1:${opts.port + 1}/`);
    console.log('\nBuilt HTML, gzipped (level 6)\n');
    console.log(
      table(
        ['page', 'HTML gz', 'gz before the first line'],
        ['/', scenario, '/exam/', '/review/', '/progress/', QUIZ].map((path) => htmlFacts(opts.site, path)),
      ),
    );
    const pages = ['/exam/', '/review/', '/progress/', QUIZ, scenario];
    const head = ['page', 'interactive', 'LCP', 'CLS', 'HTML', 'JS', 'all bytes'];
    console.log(`\nPage loads, ${opts.pageRuns} runs each, medians\n`);
    console.log(table(head, await pageLoads(browser, ours, pages)));
    if (opts.record) {
      const record = await learnerRecord(opts.site);
      console.log(`\nThe pages a returning learner opens, holding a semester's record (80 role-plays, 2,000 answers), ${opts.pageRuns} runs each\n`);
      console.log(table(head, await pageLoads(browser, ours, ['/', '/progress/', '/review/', QUIZ, scenario], record)));
    }
    if (opts.scale) {
      const scaled = await buildScaledSite();
      servers.push(await serveStatic(scaled, opts.port + 2, '404.html'));
      console.log(`\nThe same pages built from synthetic content (50 scenarios, up to 2,000 questions), ${opts.pageRuns} runs each\n`);
      console.log(table(head, await pageLoads(browser, `http://127.0.0.1:${opts.port + 2}`, pages.slice(0, 4))));
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

await main();
