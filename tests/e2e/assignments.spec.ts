/**
 * Assignments without a server: an instructor makes one and gets its link and QR
 * code; a student opens the link, plays, and hands in a result file that the
 * format accepts; a damaged link is refused with its reason and saves nothing.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Assignment } from '../../src/domain/assignment/assignment.ts';
import { readResultFile } from '../../src/domain/assignment/result-file.ts';
import { encodeAssignment } from '../../src/domain/assignment/share-link.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { storedAttempts } from './storage-drills.ts';
import { en, zh } from './strings.ts';

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
}

/** The instructor's steps on /teach: returns the share link shown. */
async function makeAssignment(page: Page, title: string): Promise<string> {
  await page.goto('/teach/');
  // The form's controls are disabled in the page as served, until it hydrates (text typed earlier would be lost); fill waits for them.
  expect(await (await page.request.get('/teach/')).text()).toMatch(/<fieldset class="form-body" disabled=""/);
  await page.getByLabel(zh('teach.form.title')).fill(title);
  await page.getByLabel(zh('teach.form.class')).fill('市场营销2301班');
  await page.getByRole('checkbox', { name: scenario.title.zh }).check();
  await page.getByLabel(zh('teach.form.due')).fill('2099-06-30T23:59');
  await page.getByLabel(zh('teach.form.students')).fill('20230101 50');
  await page.getByRole('button', { name: zh('teach.form.save') }).click();
  const link = page.getByLabel(zh('teach.link'));
  await expect(link).toHaveValue(/\/assignment\/#a1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  return link.inputValue();
}

test('an instructor builds an assignment and gets its link and QR code, at phone width, with no serious axe finding', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const link = await makeAssignment(page, '客户投诉演练');
  await expect(page.getByRole('img', { name: zh('teach.qr', { title: '客户投诉演练' }) })).toBeVisible();
  await expect(page.getByRole('heading', { name: zh('teach.mine') })).toBeVisible();
  await expect(page.locator('.teach .cards li')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
  // Printed, it is the classroom sheet: title, due time, QR code and link; no form, no navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: zh('teach.qr', { title: '客户投诉演练' }) })).toBeVisible();
  await expect(page.getByText(zh('teach.printHint'))).toBeVisible();
  await expect(page.getByText(link, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '客户投诉演练' })).toBeVisible();
  await expect(page.getByLabel(zh('teach.form.title'))).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // Kept on this device: a reload lists it, and editing keeps its id in the new link.
  await page.reload();
  await page.getByRole('button', { name: zh('teach.edit') }).click();
  await page.getByLabel(zh('teach.form.title')).fill('客户投诉演练（二）');
  await page.getByRole('button', { name: zh('teach.form.save') }).click();
  const edited = await page.getByLabel(zh('teach.link')).inputValue();
  expect(edited).not.toBe(link);
  await expect(page.locator('.teach .cards li')).toHaveCount(1);
});

test('a student opens the link, gives name and number, plays, and hands in a result file the format accepts', async ({ browser }) => {
  test.setTimeout(90_000);
  const teacher = await browser.newContext();
  const link = await makeAssignment(await teacher.newPage(), '客户投诉演练');
  await teacher.close();

  const student = await browser.newContext({ acceptDownloads: true });
  const page = await student.newPage();
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByRole('heading', { name: '客户投诉演练' })).toBeVisible();
  await expect(page.getByText(zh('assignment.saved'))).toBeVisible();
  await expect(page.getByText(zh('assignment.notDone'))).toBeVisible();
  await expect(page.getByRole('button', { name: zh('assignment.handIn') })).toBeDisabled();
  await page.getByRole('textbox', { name: zh('assignment.name'), exact: true }).fill('张三');
  await page.getByRole('textbox', { name: zh('assignment.number'), exact: true }).fill('20230101');
  await page.getByRole('button', { name: zh('assignment.saveStudent') }).click();
  // Student 20230101 was granted half as much time again.
  await expect(page.getByText(zh('assignment.extra', { percent: 50 }))).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: zh('assignment.play') }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${SCENARIO_ID}/\\?assignment=`));
  await page.getByRole('button', { name: zh('player.start') }).click();
  for (const step of path) {
    await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  }
  // The ending is on screen at once; its last step is written a moment later (leaving before that would lose it).
  await expect(page.locator('.choices button')).toHaveCount(0);
  await expect.poll(async () => (await storedAttempts(page)).map((a) => a.status)).toEqual(['finished']);

  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByText(/已完成 1 次/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('assignment.handIn') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('张三-20230101-客户投诉演练.json');
  const read = readResultFile(readFileSync(await file.path(), 'utf8'));
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.result.student).toEqual({ name: '张三', number: '20230101' });
  expect(read.result.attempts).toHaveLength(1);
  expect(read.result.attempts[0]).toMatchObject({ scenarioId: SCENARIO_ID, status: 'finished', extraShare: 0.5, timing: 'plus50', steps: path });

  await page.goto('/');
  const list = page.getByRole('region', { name: zh('assignment.home') });
  await expect(list.getByRole('link', { name: '客户投诉演练' })).toBeVisible();
  await expect(list.getByText(zh('assignment.status.done'))).toBeVisible();
  await student.close();
});

test('a truncated or a tampered link is refused with its reason, and nothing is saved', async ({ page }) => {
  const index = JSON.parse(readFileSync('dist/content/index.json', 'utf8')) as { scenarios: { id: string; hash: string }[] };
  const assignment: Assignment = {
    format: 'service-dojo-assignment',
    version: 1,
    id: 'e2e-damaged-link',
    title: '被截断的作业',
    className: '',
    createdAt: 1,
    scenarios: [{ id: SCENARIO_ID, hash: index.scenarios.find((s) => s.id === SCENARIO_ID)!.hash }],
    quizChapters: [],
    mode: 'practice',
    passMark: 60,
    due: 4_000_000_000_000,
    extraTime: { students: [] },
  };
  const { fragment } = encodeAssignment(assignment);
  const tampered = `${fragment.slice(0, 8)}${fragment[8] === 'x' ? 'y' : 'x'}${fragment.slice(9)}`;
  for (const [link, code] of [
    [fragment.slice(0, -3), 'truncated'],
    [fragment.slice(0, fragment.length / 2), 'truncated'],
    [tampered, 'tampered'],
  ] as const) {
    await page.goto(`/assignment/#${link}`);
    await expect(page.getByRole('alert')).toContainText(zh(`assignment.problem.${code}`));
  }
  await page.goto('/');
  await expect(page.getByRole('region', { name: zh('assignment.home') })).toBeHidden();
  expect(await page.evaluate(() => document.querySelector('[data-assignments] li'))).toBeNull();
});

test('the assignment page says what it is with its first paint, and keeps a screen’s height while it reads the link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/en/assignment/#a1.anything');
  await expect(page.getByText(en('assignment.intro'))).toBeVisible();
  await expect(page.locator('.assignment').getByRole('status')).toHaveText(en('assignment.loading'));
  // What the link holds is drawn only in the browser: reserving the height keeps the footer from jumping when it is.
  expect((await page.locator('.assignment').boundingBox())!.height).toBeGreaterThanOrEqual(740);
  await context.close();
});
