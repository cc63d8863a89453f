import { expect, test, type Page } from '@playwright/test';
import { choiceOrder } from '../../src/domain/scenario/choice-order.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { advance, offeredChoices, startState, type CallState } from '../../src/domain/scenario/play.ts';
import { nodesAfter, SCENARIO_ID, shippedScenario } from './course.ts';
import { storedAttempts } from './storage-drills.ts';
import { zh, en } from './strings.ts';

const scenario = shippedScenario();
const path = bestPath(scenario) as { node: string; choice: number }[];
const reached = nodesAfter(scenario, path);
const url = `/scenarios/${SCENARIO_ID}/`;
const choices = (page: Page) => page.locator('.choices button');

/** Picks a choice with the keyboard alone: focus is on the first choice shown (only offered choices are shown). */
async function chooseByKeyboard(page: Page, step: { node: string; choice: number }, state: CallState) {
  const offered = offeredChoices(scenario, state);
  const shown = choiceOrder(SCENARIO_ID, step.node, scenario.nodes[step.node]!.choices.length)
    .filter((i) => offered.includes(i))
    .indexOf(step.choice);
  await expect(choices(page).first()).toBeFocused();
  for (let i = 0; i < shown; i++) await page.keyboard.press('Tab');
  await expect(choices(page).nth(shown)).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Clicks the choice the learner would pick, found by its text. */
async function click(page: Page, step: { node: string; choice: number }, locale: 'zh' | 'en' = 'zh') {
  const text = scenario.nodes[step.node]!.choices[step.choice]!.text[locale];
  await page.getByRole('button', { name: text, exact: true }).click();
}

/** Starts the call: the first node (the phone ringing) is timed and waits for the learner. */
async function waitUntilPlayable(page: Page, locale: 'zh' | 'en' = 'zh') {
  await page.getByRole('button', { name: locale === 'zh' ? zh('player.start') : en('player.start') }).click();
  await expect(choices(page).first()).toBeEnabled();
}

test('the scenario page shows the situation and the first line before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title.zh);
  await expect(page.getByText(scenario.context.zh)).toBeVisible();
  await expect(page.getByText(scenario.nodes[scenario.start]!.say.zh)).toBeVisible();
  await context.close();
});

test('a learner plays to an ending with the keyboard alone and the result shows on /progress', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(url);
  const start = page.getByRole('button', { name: zh('player.start') });
  await expect(start).toBeEnabled();
  // From the top of the page, Tab reaches the start button; Enter starts the call and focus moves to the choices.
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const live = page.locator('[aria-live="polite"]');
  let state = startState(scenario);
  for (const [i, step] of path.entries()) {
    await chooseByKeyboard(page, step, state);
    const chosen = scenario.nodes[step.node]!.choices[step.choice]!;
    state = advance(scenario, state, chosen);
    // The feedback is announced to screen readers with the customer's reply.
    await expect(live).toContainText(chosen.feedback.zh);
    if (i < path.length - 1) await expect(page.locator('.current .line').first()).toContainText(scenario.nodes[reached[i]!]!.say.zh);
  }
  const ending = scenario.endings[reached.at(-1)!]!;
  const endingHeading = page.getByRole('heading', { name: new RegExp(ending.title.zh) });
  await expect(endingHeading).toBeFocused();
  await expect(page.getByRole('table', { name: zh('player.scores') })).toBeVisible();

  await page.getByRole('link', { name: zh('player.toProgress') }).click();
  await expect(page).toHaveURL(/\/progress\/$/);
  const attempt = page.locator('.attempt').first();
  await expect(attempt.getByRole('heading', { name: scenario.title.zh })).toBeVisible();
  await expect(attempt).toContainText(ending.title.zh);
  await expect(attempt.locator('time')).toBeVisible();
  await attempt.getByText(zh('progress.replay')).click();
  await expect(attempt.getByText(zh('progress.rescored'))).toBeVisible();
  await expect(attempt.locator('.transcript .turn')).toHaveCount(path.length);
  await attempt.getByRole('button', { name: zh('progress.back') }).click();
  await expect(attempt.getByRole('status')).toHaveText(zh('progress.step', { n: path.length - 1, total: path.length }));
  await expect(attempt.locator('.transcript .turn')).toHaveCount(path.length - 1);
});

test('reloading mid-way resumes at the same node with the same scores', async ({ page }) => {
  await page.goto(url);
  await waitUntilPlayable(page);
  await click(page, path[0]!);
  await click(page, path[1]!);
  const third = scenario.nodes[path[2]!.node]!;
  await expect(page.locator('.current .line').first()).toContainText(third.say.zh);

  await page.reload();
  await expect(choices(page).first()).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.current .line').first()).toContainText(third.say.zh);
  await expect(page.locator('.transcript .turn')).toHaveCount(2);

  // Finish the call, then the attempt counts once on /progress with those first two steps.
  for (const step of path.slice(2)) await click(page, step);
  // The last step is written a moment after the ending shows, as a learner reads it.
  await expect.poll(async () => (await storedAttempts(page)).map((a) => a.status)).toEqual(['finished']);
  await page.goto('/progress/');
  await expect(page.locator('.attempt')).toHaveCount(1);
  // The score after a reload equals the score of the whole path played in one go.
  const expected = scoreMoves(scenario, path).overall;
  await expect(page.locator('.attempt .overall .percent')).toHaveText(String(expected));
});

test('a wrong turn is explained and the learner can retry from the start', async ({ page }) => {
  await page.goto(`/en${url}`);
  await waitUntilPlayable(page, 'en');
  const start = scenario.nodes[scenario.start]!;
  const worst = start.choices.findIndex((c) => Object.values(c.scores).some((s) => (s ?? 0) < 0));
  await click(page, { node: scenario.start, choice: worst }, 'en');
  await expect(page.locator('.transcript .feedback').first()).toContainText(start.choices[worst]!.feedback.en);
  // Take it back, then play the best path to the end, and retry.
  await page.getByRole('button', { name: en('player.undo') }).click();
  await expect(page.getByRole('status').filter({ hasText: 'taken back' })).toBeVisible();
  await expect(page.locator('.transcript .turn')).toHaveCount(0);
  for (const step of path) await click(page, step, 'en');
  await expect(page.getByRole('heading', { name: en('debrief.paths') })).toBeVisible();
  await expect(page.getByText(en('debrief.noWeak'))).toBeVisible();
  await page.getByRole('button', { name: en('content.retry') }).click();
  await expect(page.locator('.current .line').first()).toContainText(start.say.en);
  await page.getByRole('button', { name: en('player.start') }).click();
  await expect(choices(page).first()).toBeFocused();
});

test('an attempt saved on another version of the scenario is reported as such, not re-scored', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByText(zh('progress.empty'))).toBeVisible();
  // Save an attempt as an older release would have: same scenario, another content hash.
  await page.evaluate(async (scenarioId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('service-dojo');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({
        id: 'old-1',
        format: 1,
        scenarioId,
        contentHash: '0123456789abcdef',
        locale: 'zh',
        status: 'finished',
        startedAt: 1,
        updatedAt: 2,
        finishedAt: Date.now(),
        steps: [{ node: 'ringing', choice: 0 }],
        ending: 'solved',
        score: { competencies: {}, overall: 77, passed: true },
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, SCENARIO_ID);
  await page.reload();
  const attempt = page.locator('.attempt').first();
  await attempt.getByText(zh('progress.replay')).click();
  await expect(attempt).toContainText(zh('progress.otherVersion', { then: '01234567', now: '' }).split('，现在是')[0]!);
  await expect(attempt).toContainText(zh('progress.otherVersion', { then: '', now: '' }).split('），')[1]!);
  await expect(attempt.locator('.overall .percent')).toHaveText('77');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the settings close when the call starts, so the choices fit on the screen', async ({ page }) => {
    await page.goto(url);
    const settings = page.locator('details.settings');
    await expect(settings).toHaveAttribute('open');
    await waitUntilPlayable(page);
    await expect(settings).not.toHaveAttribute('open');
    await expect(choices(page).last()).toBeInViewport();
    // The learner can still open them to see why they cannot change now.
    await settings.locator('summary').click();
    await expect(page.getByText(zh('player.settingsLocked'))).toBeVisible();
  });

  test('after a reload mid-call the current turn is on screen with its first choice focused', async ({ page }) => {
    await page.goto(url);
    await waitUntilPlayable(page);
    for (const step of path.slice(0, 3)) await click(page, step);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeAttached();
    await expect(choices(page).first()).toBeFocused();
    await expect(page.locator('.current .line').first()).toBeInViewport();
    await expect(choices(page).first()).toBeInViewport();
  });
});
