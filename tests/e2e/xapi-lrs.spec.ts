/**
 * A class pointed at a Learning Record Store: the instructor sets it on the assignment
 * form, a learner opens the link, plays a role-play and answers a quiz question while the
 * LRS is down and then while offline; once both are back, every statement arrives exactly
 * once with the right verbs; on /progress the learner sees where results go and stops it.
 * The LRS is a recording stub on 127.0.0.1 started here.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import type { Statement } from '../../src/domain/xapi/statement.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];

/** A stub LRS: answers `down` with 503 while it is down, else stores statements by id (409 for one it has). */
function stubLrs() {
  const stored = new Map<string, Statement>();
  const posted: { ids: string[]; status: number; version?: string; auth?: string }[] = [];
  const state = { down: true };
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  };
  const body = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => resolve(text));
    });
  const server: Server = createServer(async (request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    if (request.method !== 'POST' || request.url !== '/xapi/statements') return response.writeHead(404, cors).end();
    const statements = JSON.parse(await body(request)) as Statement[];
    const ids = statements.map((s) => s.id);
    const status = state.down ? 503 : ids.some((id) => stored.has(id)) ? 409 : 200;
    posted.push({ ids, status, version: request.headers['x-experience-api-version'] as string, auth: request.headers.authorization });
    if (status === 200) for (const s of statements) stored.set(s.id, s);
    response.writeHead(status, { ...cors, 'Content-Type': 'application/json' }).end(status === 200 ? JSON.stringify(ids) : '');
  });
  return {
    stored,
    posted,
    state,
    start: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How many statements wait in the outbox, read straight from IndexedDB (in the page). */
function waitingStatements(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('service-dojo');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('xapiOutbox').objectStore('xapiOutbox').count();
      count.onsuccess = () => (open.result.close(), resolve(count.result));
    };
  });
}

async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

const verbCount = (statements: Iterable<Statement>) => {
  const counts: Record<string, number> = {};
  for (const s of statements) {
    const verb = s.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');
    counts[verb] = (counts[verb] ?? 0) + 1;
  }
  return counts;
};

test('statements wait while the LRS is down and while offline, then arrive once each; the learner can stop it', async ({ browser }) => {
  test.setTimeout(120_000);
  const lrs = stubLrs();
  const port = await lrs.start();
  try {
    // The instructor sets the LRS on the form; a refused endpoint first.
    const teacher = await browser.newPage();
    await teacher.goto('/teach/');
    await teacher.getByLabel(zh('teach.form.title')).fill('投诉演练');
    await teacher.getByRole('checkbox', { name: scenario.title.zh }).check();
    await teacher.getByLabel(zh('teach.form.due')).fill('2099-06-30T23:59');
    await teacher.getByLabel(zh('xapi.form.endpoint')).fill('http://lrs.example.edu/xapi/');
    await teacher.getByLabel(zh('xapi.form.key')).fill('class-key');
    await teacher.getByLabel(zh('xapi.form.secret')).fill('class-secret');
    await teacher.getByRole('button', { name: zh('teach.form.save') }).click();
    await expect(teacher.getByRole('alert')).toHaveText(zh('xapi.problem.endpoint-not-https'));
    await teacher.getByLabel(zh('xapi.form.endpoint')).fill(`http://127.0.0.1:${port}/xapi`);
    await teacher.getByRole('button', { name: zh('teach.form.save') }).click();
    const link = await teacher.getByLabel(zh('teach.link')).inputValue();
    await teacher.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watchPolicy(page);
    await page.goto(new URL(link).pathname + new URL(link).hash);
    await expect(page.getByText(zh('xapi.assignment.lrs', { host: `127.0.0.1:${port}` }))).toBeVisible();
    await page.getByRole('textbox', { name: zh('assignment.name'), exact: true }).fill('张三');
    await page.getByRole('textbox', { name: zh('assignment.number'), exact: true }).fill('20230101');
    await page.getByRole('button', { name: zh('assignment.saveStudent') }).click();

    // The LRS is down (503) while the learner plays.
    await page.getByRole('link', { name: zh('assignment.play') }).click();
    await page.getByRole('button', { name: zh('player.start') }).click();
    for (const step of path) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
    await expect(page.locator('.choices button')).toHaveCount(0);
    await expect.poll(() => new Set(lrs.posted.filter((p) => p.status === 503).flatMap((p) => p.ids)).size).toBe(path.length + 3);
    expect(lrs.stored.size).toBe(0);

    // A quiz question answered while the LRS is still down: kept and queued (read straight from IndexedDB).
    await page.goto('/quizzes/customer-service/');
    const card = page.locator('fieldset.question');
    await expect(card).toBeVisible();
    await card.locator('input[type=radio], input[type=checkbox]').first().check();
    await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
    await expect.poll(() => page.evaluate(waitingStatements)).toBe(path.length + 4);

    // Offline: the LRS recovers meanwhile, but nothing can reach it. (A retry already on its way when the
    // browser goes offline still arrives: the LRS recovers only after such a request has been answered.)
    await context.setOffline(true);
    await page.waitForTimeout(1_000);
    lrs.state.down = false;
    await page.waitForTimeout(1_000);
    expect(lrs.stored.size).toBe(0);
    expect(await page.evaluate(waitingStatements)).toBe(path.length + 4);

    // Back online: everything waiting goes, once.
    await context.setOffline(false);
    const expected = { experienced: 1, answered: path.length + 1, completed: 1, passed: 1 };
    await expect.poll(() => verbCount(lrs.stored.values()), { timeout: 20_000 }).toEqual(expected);
    const accepted = lrs.posted.filter((p) => p.status === 200).flatMap((p) => p.ids);
    expect(accepted).toHaveLength(path.length + 4);
    expect(new Set(accepted).size).toBe(accepted.length);
    expect(lrs.posted.every((p) => p.version === '1.0.3' && p.auth === `Basic ${Buffer.from('class-key:class-secret').toString('base64')}`)).toBe(true);
    const [finished] = [...lrs.stored.values()].filter((s) => s.verb.id.endsWith('/passed'));
    expect(finished!.actor.account).toMatchObject({ name: '20230101' });
    expect(finished!.object.id).toMatch(new RegExp(`/scenarios/${SCENARIO_ID}/$`));

    // A reload sends nothing again.
    const before = lrs.posted.length;
    await page.reload();
    await expect(card).toBeVisible();
    await page.waitForTimeout(500);
    expect(lrs.posted.length).toBe(before);

    // On /progress: where results go, and stopping it.
    await page.goto('/progress/');
    await expect(page.getByText(zh('xapi.notice.on', { host: `127.0.0.1:${port}`, title: '投诉演练' }))).toBeVisible();
    await page.getByRole('button', { name: zh('xapi.notice.stop') }).click();
    await expect(page.getByText(zh('xapi.notice.stopped', { host: `127.0.0.1:${port}`, title: '投诉演练' }))).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('service-dojo.lrs'))).toBeNull();
    expect(await violations()).toEqual([]);
    await context.close();
  } finally {
    await lrs.stop();
  }
});

test('a learner who never opened an LRS link loads none of the sender and asks no other origin', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: scenario.nodes[path[0]!.node]!.choices[path[0]!.choice]!.text.zh, exact: true }).click();
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: zh('progress.title'), level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: zh('xapi.notice.heading') })).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});
