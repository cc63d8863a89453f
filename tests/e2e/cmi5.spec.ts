/**
 * The cmi5 AU against a stub cmi5 LMS: a small HTTP server on 127.0.0.1 that answers the
 * one-time fetch URL with a token, serves the `LMS.LaunchData` state document and records
 * each statement with the authorization it came with. The launcher is opened with the
 * cmi5 launch parameters, a role-play is played to its end, and the page is left.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { nodesAfter, SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];
const reached = nodesAfter(scenario, path);

const TOKEN = 'c3R1Yi1sbXM6b25lLXNlc3Npb24=';
const SESSION = 'b6c4f0a2-3e1d-4f7a-9c2b-8d5e6f7a1b2c';
const REGISTRATION = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const ACTIVITY = 'https://lms.example/courses/7/au/complaint';
const ACTOR = { objectType: 'Agent', name: '李雷', account: { homePage: 'https://lms.example', name: 's2026001' } };
const PUBLISHER = `urn:service-dojo:service-dojo-zh:au:scenario:${SCENARIO_ID}`;

interface Received {
  statement: {
    id: string;
    verb: { id: string };
    object: { id: string };
    result?: Record<string, unknown>;
    context: { registration: string; extensions: Record<string, unknown>; contextActivities: Record<string, { id: string }[]> };
  };
  authorization: string | undefined;
}

let server: Server;
let base: string;
let fetches = 0;
let stateAuth: string | undefined;
const received: Received[] = [];

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    const url = new URL(req.url!, base);
    const json = (status: number, data: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(data));
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    if (url.pathname === '/fetch' && req.method === 'POST') {
      // The fetch URL answers once; a second call is an error (cmi5 8.2.3).
      return ++fetches === 1 ? json(200, { 'auth-token': TOKEN }) : json(200, { 'error-code': '1', 'error-text': 'already used' });
    }
    if (url.pathname === '/xapi/activities/state' && req.method === 'GET') {
      stateAuth = req.headers.authorization;
      const right =
        url.searchParams.get('stateId') === 'LMS.LaunchData' &&
        url.searchParams.get('activityId') === ACTIVITY &&
        url.searchParams.get('registration') === REGISTRATION &&
        JSON.parse(url.searchParams.get('agent') ?? '{}').account?.name === ACTOR.account.name;
      if (!right) return json(404, {});
      return json(200, {
        contextTemplate: {
          contextActivities: { grouping: [{ id: PUBLISHER }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION },
        },
        launchMode: 'Normal',
        moveOn: 'CompletedOrPassed',
        masteryScore: scenario.passMark / 100,
      });
    }
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      const statement = JSON.parse(await body(req));
      received.push({ statement, authorization: req.headers.authorization });
      return json(200, [statement.id]);
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const verbs = () => received.map((r) => r.statement.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));

async function click(frame: FrameLocator, step: { node: string; choice: number }) {
  await frame.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
}

test('a role-play AU: token, launch data, then initialized → completed → passed → terminated in its session', async ({ page }) => {
  test.setTimeout(90_000);
  const launch = new URLSearchParams({
    item: `scenario:${SCENARIO_ID}`,
    endpoint: `${base}/xapi/`,
    fetch: `${base}/fetch`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  await page.goto(`/lms/index.html?${launch}`);
  await expect(page.getByRole('status')).toHaveText(zh('lms.connected'));
  await expect.poll(verbs).toEqual(['initialized']);
  expect(fetches).toBe(1);
  expect(stateAuth).toBe(`Basic ${TOKEN}`);

  const frame = page.frameLocator('#lms-frame');
  await frame.getByRole('button', { name: zh('player.start') }).click();
  for (const step of path) await click(frame, step);
  await expect(frame.getByRole('heading', { name: new RegExp(scenario.endings[reached.at(-1)!]!.title.zh) })).toBeVisible();
  await expect.poll(verbs).toEqual(['initialized', 'completed', 'passed']);

  await page.goto('about:blank');
  await expect.poll(verbs).toEqual(['initialized', 'completed', 'passed', 'terminated']);

  const expected = scoreMoves(scenario, path);
  for (const { statement, authorization } of received) {
    expect(authorization).toBe(`Basic ${TOKEN}`);
    expect(statement.object.id).toBe(ACTIVITY);
    expect(statement.context.registration).toBe(REGISTRATION);
    expect(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION);
    expect(statement.context.contextActivities.grouping).toEqual([{ objectType: 'Activity', id: PUBLISHER }]);
    expect(statement.context.contextActivities.category!.map((c) => c.id)).toContain('https://w3id.org/xapi/cmi5/context/categories/cmi5');
  }
  const [, completed, passed, terminated] = received.map((r) => r.statement);
  expect(completed!.result).toMatchObject({ completion: true, duration: expect.stringMatching(/^PT/) });
  expect(passed!.result).toMatchObject({ success: true, score: { scaled: expected.overall! / 100, raw: expected.overall, min: 0, max: 100 } });
  expect(passed!.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(scenario.passMark / 100);
  expect(terminated!.result).toEqual({ duration: expect.stringMatching(/^PT/) });
  expect(new Set(received.map((r) => r.statement.id)).size).toBe(4);
});

test('without cmi5 parameters the launcher is the SCORM one: no LMS found, nothing fetched', async ({ page }) => {
  const before = fetches + received.length;
  await page.goto(`/lms/index.html?item=scenario:${SCENARIO_ID}`);
  await expect(page.getByRole('status')).toHaveText(zh('lms.noApi'));
  expect(fetches + received.length).toBe(before);
});

test('a launch with a bad cmi5 parameter reports nothing and still shows the item', async ({ page }) => {
  const before = fetches + received.length;
  const launch = new URLSearchParams({
    item: `scenario:${SCENARIO_ID}`,
    endpoint: `${base}/xapi/`,
    fetch: `${base}/fetch`,
    actor: '{"mbox":',
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  await page.goto(`/lms/index.html?${launch}`);
  await expect(page.getByRole('status')).toHaveText(zh('lms.noApi'));
  await expect(page.frameLocator('#lms-frame').getByRole('button', { name: zh('player.start') })).toBeVisible();
  expect(fetches + received.length).toBe(before);
});
