/**
 * The SCORM runtime against a real LMS-side API (scorm-again), for SCORM 1.2 and 2004: a
 * harness page on the site's origin creates `window.API` / `window.API_1484_11` and frames
 * the launcher, as an LMS does. What the runtime records is read back from the API.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import { nodesAfter, SCENARIO_ID, shippedScenario } from './course.ts';
import { frameInLms, type ScormVersion } from './scorm-lms.ts';
import { en, zh } from './strings.ts';

type Version = ScormVersion;
type Cmi = Record<string, unknown>;

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];
const reached = nodesAfter(scenario, path);
const QUIZ_CHAPTER = 'customer-service';
const bankFile = `content/questions/${QUIZ_CHAPTER}.yaml`;
const bank = loadQuestionBank(bankFile, readFileSync(bankFile, 'utf8'));
const QUIZ_QUESTIONS = bank.ok ? bank.value.questions.length : NaN;

/** Opens the "LMS": a new API (loaded with `cmi` when given), then the launcher for `item` in a frame. */
async function openLms(page: Page, version: Version, item: string, cmi?: Cmi): Promise<FrameLocator> {
  return (await frameInLms(page, '/scorm-harness.html', version, `/lms/index.html?item=${item}`, cmi)).frameLocator('#lms-frame');
}

/** The runtime's data model as the LMS would store it. */
const stored = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { API?: { renderCMIToJSONObject(): Cmi }; API_1484_11?: { renderCMIToJSONObject(): Cmi } };
    return (w.API ?? w.API_1484_11)!.renderCMIToJSONObject();
  }) as Promise<{ cmi: Record<string, unknown> }>;

/** Values of interest, named alike for both standards. */
async function recorded(page: Page, version: Version) {
  const { cmi } = await stored(page);
  const core = (version === '1.2' ? cmi.core : cmi) as Record<string, unknown>;
  const score = core.score as Record<string, string>;
  const list = cmi.interactions as Record<string, unknown> | unknown[];
  const interactions = (Array.isArray(list) ? list : Object.values(list ?? {}).filter((v) => typeof v === 'object')) as Record<string, string>[];
  return {
    status: version === '1.2' ? String(core.lesson_status) : `${String(cmi.completion_status)}/${String(cmi.success_status)}`,
    raw: score?.raw,
    max: score?.max,
    scaled: score?.scaled,
    exit: String(core.exit),
    sessionTime: String(core.session_time),
    suspend: String(cmi.suspend_data ?? ''),
    interactions: interactions.map((i) => ({
      id: i.id,
      type: i.type,
      response: version === '1.2' ? i.student_response : i.learner_response,
      result: i.result,
    })),
  };
}

async function click(frame: FrameLocator, step: { node: string; choice: number }) {
  await frame.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
}

async function startCall(frame: FrameLocator) {
  await frame.getByRole('button', { name: zh('player.start') }).click();
  await expect(frame.locator('.choices button').first()).toBeEnabled();
}

const STATUS = { '1.2': { open: 'incomplete', passed: 'passed' }, '2004': { open: 'incomplete/unknown', passed: 'completed/passed' } };
const SESSION_TIME = { '1.2': /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, '2004': /^PT(\d+H)?(\d+M)?[\d.]+S$/ };

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a role-play played to its end: status, score, one interaction per decision, session time', async ({ page }) => {
      test.setTimeout(90_000);
      const frame = await openLms(page, version, `scenario:${SCENARIO_ID}`);
      await expect(page.frameLocator('#sco').getByRole('status')).toHaveText(zh('lms.connected'));
      await startCall(frame);
      await click(frame, path[0]!);
      await expect.poll(async () => (await recorded(page, version)).interactions.length).toBe(1);
      const midway = await recorded(page, version);
      expect(midway.status).toBe(STATUS[version].open);
      expect(midway.exit).toBe('suspend');
      expect(midway.suspend).toContain(SCENARIO_ID);

      for (const step of path.slice(1)) await click(frame, step);
      await expect(frame.getByRole('heading', { name: new RegExp(scenario.endings[reached.at(-1)!]!.title.zh) })).toBeVisible();
      const expected = scoreMoves(scenario, path);
      expect(expected.passed).toBe(true);
      await expect.poll(async () => (await recorded(page, version)).status).toBe(STATUS[version].passed);
      const done = await recorded(page, version);
      expect(done.raw).toBe(String(expected.overall));
      expect(done.max).toBe('100');
      if (version === '2004') expect(done.scaled).toBe(String(expected.overall! / 100));
      expect(done.suspend).toBe('');
      expect(done.exit).toBe(version === '1.2' ? '' : 'normal');
      expect(done.sessionTime).toMatch(SESSION_TIME[version]);
      expect(done.interactions).toEqual(
        path.map((step) => ({ id: step.node, type: 'choice', response: step.choice.toString(36), result: expect.stringMatching(/^(correct|neutral)$/) })),
      );
    });

    test('chapter practice: each answer an interaction, scored by the share of questions right', async ({ page }) => {
      test.setTimeout(90_000);
      const frame = await openLms(page, version, `quiz:${QUIZ_CHAPTER}&lang=en`);
      await expect(page.frameLocator('#sco').getByRole('status')).toHaveText(en('lms.connected'));
      const card = frame.locator('fieldset.question');
      for (let n = 1; n <= 3; n++) {
        await expect(frame.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible();
        const choices = card.locator('input[type=radio], input[type=checkbox]');
        const boxes = card.getByRole('textbox');
        if ((await choices.count()) > 0) await choices.first().check();
        else if ((await boxes.count()) > 0 && (await card.locator('textarea').count()) === 0) await boxes.first().fill('1');
        else {
          await frame.getByRole('button', { name: en('quiz.next') }).click();
          continue;
        }
        await frame.getByRole('button', { name: en('quiz.check'), exact: true }).click();
        await expect(frame.locator('.verdict')).toBeVisible();
        await frame.getByRole('button', { name: en('quiz.next') }).click();
      }
      await expect.poll(async () => (await recorded(page, version)).interactions.length).toBeGreaterThan(0);
      const quiz = await recorded(page, version);
      expect(quiz.status).toBe(STATUS[version].open);
      const right = quiz.interactions.filter((i) => i.result === 'correct').length;
      expect(quiz.raw).toBe(String(Math.round((100 * right) / QUIZ_QUESTIONS)));
      for (const i of quiz.interactions) {
        expect(i.id).toMatch(new RegExp(`^${QUIZ_CHAPTER}-`));
        expect(i.result).toMatch(version === '1.2' ? /^(correct|wrong)$/ : /^(correct|incorrect)$/);
      }
      expect(quiz.sessionTime).toMatch(SESSION_TIME[version]);
    });

    test('a chapter read to the end is completed', async ({ page }) => {
      const frame = await openLms(page, version, `chapter:${QUIZ_CHAPTER}`);
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      expect((await recorded(page, version)).status).toBe(STATUS[version].open);
      await frame.locator('#chapter-end').scrollIntoViewIfNeeded();
      await expect.poll(async () => (await recorded(page, version)).status).toBe(version === '1.2' ? 'completed' : 'completed/unknown');
    });

    test('resume on another computer: the suspend data brings the call back at the same step', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const frame = await openLms(page, version, `scenario:${SCENARIO_ID}`);
      await startCall(frame);
      await click(frame, path[0]!);
      await click(frame, path[1]!);
      await expect.poll(async () => (await recorded(page, version)).interactions.length).toBe(2);
      // The learner closes the course: the launcher ends the session; the LMS keeps what it was given.
      await page.evaluate(() => document.getElementById('sco')!.remove());
      const kept = await stored(page);
      expect(String(kept.cmi.suspend_data)).toContain(SCENARIO_ID);

      const elsewhere = await browser.newContext();
      const fresh = await elsewhere.newPage();
      const resumed = await openLms(fresh, version, `scenario:${SCENARIO_ID}`, kept);
      await expect(resumed.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
      await expect(resumed.locator('.transcript .turn')).toHaveCount(2);
      await expect(resumed.locator('.current .line').first()).toContainText(scenario.nodes[path[2]!.node]!.say.zh);
      // Playing on reports the next decision after those kept.
      await click(resumed, path[2]!);
      await expect.poll(async () => (await recorded(fresh, version)).interactions.map((i) => i.id)).toEqual(path.slice(0, 3).map((s) => s.node));
      await elsewhere.close();
    });
  });
}

test('outside an LMS the launcher says so, in Chinese and English, and the item can still be used', async ({ page }) => {
  await page.goto(`/lms/index.html?item=scenario:${SCENARIO_ID}`);
  await expect(page.getByRole('status')).toHaveText(zh('lms.noApi'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const frame = page.frameLocator('#lms-frame');
  await startCall(frame);
  await click(frame, path[0]!);
  await expect(frame.locator('.transcript .turn')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  await page.goto(`/lms/index.html?item=chapter:${QUIZ_CHAPTER}&lang=en`);
  await expect(page.getByRole('status')).toHaveText(en('lms.noApi'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(en('lms.title'));
  await expect(page.frameLocator('#lms-frame').getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/lms/index.html?item=nothing');
  await expect(page.getByRole('status')).toHaveText(zh('lms.badItem'));
});
