import { expect, test } from '@playwright/test';
import { shippedScenario } from './course.ts';
import { zh, en } from './strings.ts';

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
  await page.getByLabel(zh('player.timing.standard')).check();
  await page.getByRole('button', { name: zh('player.start') }).click();
  await expect(page.getByRole('timer')).toHaveText(zh('player.timer', { s: seconds }));
  // The icon is drawn, not a character that needs an emoji font, and screen readers skip it.
  await expect(page.getByRole('timer').locator('svg[aria-hidden="true"]')).toHaveCount(1);
  // The bar drains over the whole limit as one animation of its scale, run by the compositor: nothing is laid out each second.
  const drain = await page
    .locator('.timer-bar > span')
    .evaluate((bar) => bar.getAnimations().map((a) => ({ duration: a.effect?.getTiming().duration, name: (a as CSSAnimation).animationName })));
  expect(drain).toEqual([{ duration: seconds * 1000, name: 'timer-drain' }]);
  // The page's clock also runs in real time: leave a margin for a slow machine.
  await page.clock.fastForward((seconds - 5) * 1000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await page.clock.fastForward(6000);
  await expect(page.locator('.transcript .turn').first()).toContainText(zh('player.timedOut'));
  await expect(page.locator('.current .line').first()).toContainText(scenario.nodes[afterTimeout]!.say.zh);
  // The time-out is in the saved transcript: a reload resumes after it.
  await page.reload();
  await expect(page.locator('.current .line').first()).toContainText(scenario.nodes[afterTimeout]!.say.zh);
});

test('a call resumed at a timed moment runs its clock again, from the full time', async ({ page }) => {
  await page.goto(`/scenarios/${ID}/`);
  await page.getByLabel(zh('player.timing.standard')).check();
  await page.getByRole('button', { name: zh('player.start') }).click();
  // Back at the timed moment with a take-back, so the saved transcript ends there.
  await page.locator('.choices button').first().click();
  await page.getByRole('button', { name: zh('player.undo') }).click();
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeAttached();
  // The page clock keeps running in real time: on a busy machine a few seconds pass before the check.
  const fullTime = Array.from({ length: 6 }, (_, late) => zh('player.timer', { s: seconds - late }));
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${fullTime.join('|')})$`));
  await page.clock.fastForward((seconds + 1) * 1000);
  await expect(page.locator('.transcript .turn').first()).toContainText(zh('player.timedOut'));
});

test('with limits off the learner can take all the time they need; double time doubles the clock', async ({ page }) => {
  await page.goto(`/en/scenarios/${ID}/`);
  await page.getByLabel(en('player.timing.off')).check();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.clock.fastForward(5 * 60_000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  await expect(page.locator('.choices button').first()).toBeEnabled();

  await page.getByLabel(en('player.timing.extended')).check();
  await page.getByRole('button', { name: en('player.start') }).click();
  await expect(page.getByRole('timer')).toHaveText(`${seconds * 2} s left`);
  await page.clock.fastForward((seconds + 1) * 1000);
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
});

test('test mode keeps feedback for the debrief and allows no take-backs', async ({ page }) => {
  await page.goto(`/en/scenarios/${ID}/`);
  await page.getByLabel(en('player.mode.test')).check();
  await page.getByLabel(en('player.timing.off')).check();
  await page.locator('.choices button').first().click();
  await expect(page.locator('.transcript .turn')).toHaveCount(1);
  await expect(page.locator('.transcript .feedback')).toHaveCount(0);
  await expect(page.getByRole('button', { name: en('player.undo') })).toHaveCount(0);
  await page.locator('.settings summary').click();
  await expect(page.getByText(en('player.settingsLocked'))).toBeVisible();
  await expect(page.getByLabel(en('player.mode.practice'))).toBeDisabled();
  // Choose until the call is over: each turn's choices come a frame after the click (the answered list stays until then), so wait for them (or the ending) each time.
  const over = page.getByRole('heading', { name: /The call is over/ });
  const next = page.locator('.turn.current .choices:not(.answered) button').first();
  for (let i = 0; i < 20; i++) {
    await expect(next.or(over).first()).toBeVisible();
    if (await over.isVisible()) break;
    await next.click();
  }
  await expect(over).toBeFocused();
  await page.getByText(en('debrief.transcript')).click();
  await expect(page.locator('.ending .transcript .feedback').first()).toBeVisible();
});
