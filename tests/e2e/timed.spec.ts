import { expect, test } from '@playwright/test';
import { shippedScenario } from './course.ts';

const ID = 'complaint-lscia';
const scenario = shippedScenario(ID);
const start = scenario.nodes[scenario.start]!;
const seconds = start.timeLimit!.seconds;
const afterTimeout = start.timeLimit!.timeout.next[0]!.to;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a timed moment runs out when limits are on: the time-out is recorded and the call moves on', async ({ page }) => {
  await page.goto(`/scenarios/${ID}/`);
  await page.getByLabel('标准时间').check();
  await page.getByRole('button', { name: '开始通话' }).click();
  await expect(page.getByRole('timer')).toHaveText(`剩余 ${seconds} 秒`);
  // The icon is drawn, not a character that needs an emoji font, and screen readers skip it.
  await expect(page.getByRole('timer').locator('svg[aria-hidden="true"]')).toHaveCount(1);
  // The page's clock also runs in real time: leave a margin for a slow machine.
  await page.clock.fastForward((seconds - 5) * 1000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await page.clock.fastForward(6000);
  await expect(page.locator('.transcript .turn').first()).toContainText('（没有及时回应）');
  await expect(page.locator('.current .line').first()).toContainText(scenario.nodes[afterTimeout]!.say.zh);
  // The time-out is in the saved transcript: a reload resumes after it.
  await page.reload();
  await expect(page.locator('.current .line').first()).toContainText(scenario.nodes[afterTimeout]!.say.zh);
});

test('a call resumed at a timed moment runs its clock again, from the full time', async ({ page }) => {
  await page.goto(`/scenarios/${ID}/`);
  await page.getByLabel('标准时间').check();
  await page.getByRole('button', { name: '开始通话' }).click();
  // Back at the timed moment with a take-back, so the saved transcript ends there.
  await page.locator('.choices button').first().click();
  await page.getByRole('button', { name: '收回上一步' }).click();
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '已从上次离开的地方继续' })).toBeAttached();
  await expect(page.getByRole('timer')).toHaveText(`剩余 ${seconds} 秒`);
  await page.clock.fastForward((seconds + 1) * 1000);
  await expect(page.locator('.transcript .turn').first()).toContainText('（没有及时回应）');
});

test('with limits off the learner can take all the time they need; double time doubles the clock', async ({ page }) => {
  await page.goto(`/en/scenarios/${ID}/`);
  await page.getByLabel('No time limits').check();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.clock.fastForward(5 * 60_000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await expect(page.locator('.choices button').first()).toBeEnabled();

  await page.getByLabel('Double time').check();
  await page.getByRole('button', { name: 'Start the call' }).click();
  await expect(page.getByRole('timer')).toHaveText(`${seconds * 2} s left`);
  await page.clock.fastForward((seconds + 1) * 1000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
});

test('test mode keeps feedback for the debrief and allows no take-backs', async ({ page }) => {
  await page.goto(`/en/scenarios/${ID}/`);
  await page.getByLabel('Test: feedback at the end; no take-backs').check();
  await page.getByLabel('No time limits').check();
  await page.locator('.choices button').first().click();
  await expect(page.locator('.transcript .turn')).toHaveCount(1);
  await expect(page.locator('.transcript .feedback')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Take back my last choice' })).toHaveCount(0);
  await page.locator('.settings summary').click();
  await expect(page.getByText('This call has started; new settings apply from “Try again”.')).toBeVisible();
  await expect(page.getByLabel('Practice: feedback after every step; you may take back your last choice')).toBeDisabled();
  for (let i = 0; i < 20 && (await page.locator('.choices button').count()) > 0; i++) await page.locator('.choices button').first().click();
  await expect(page.getByRole('heading', { name: /The call is over/ })).toBeFocused();
  await page.getByText('Full transcript with feedback').click();
  await expect(page.locator('.ending .transcript .feedback').first()).toBeVisible();
});
