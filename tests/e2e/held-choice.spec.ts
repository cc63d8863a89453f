/**
 * The first screen can be used before the player's scripts have loaded: on a slow phone a
 * learner starts the call and picks a first choice at once, the page says the choice is
 * taken, and the call goes on from it (saved like any other step) as soon as it is live.
 * A resumed call ignores what was clicked on the first screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nodesAfter, SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

/** Holds back one kind of request until `release()` is called. */
async function holdBack(page: Page, matches: (path: string) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(
    (url) => matches(url.pathname),
    async (route) => {
      held++;
      await released;
      await route.continue();
    },
  );
  return { release, held: () => held };
}

/** The island's entry script on a built page. */
const islandEntry = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').match(/component-url="([^"]+)"/)![1]!;
const held = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

test('a timed call: start and first choice clicked before the island hydrates, and the call goes on from them', async ({ page }) => {
  const scenario = shippedScenario();
  const url = `/scenarios/${SCENARIO_ID}/`;
  const start = scenario.nodes[scenario.start]!;
  const choice = 0;
  const [next] = nodesAfter(scenario, [{ node: scenario.start, choice }]);
  const gate = await holdBack(page, (path) => path === islandEntry(url));
  await page.goto(url);
  await expect.poll(gate.held).toBe(1);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);

  await page.getByRole('button', { name: zh('player.start') }).click();
  const first = page.getByRole('button', { name: start.choices[choice]!.text.zh, exact: true });
  await expect(first).toBeVisible();
  await expect(page.locator('.choices button').first()).toBeFocused();
  await first.click();
  await expect(page.getByRole('status').filter({ hasText: zh('player.choiceHeld') })).toBeAttached();
  expect(await held(page)).toMatchObject({ heldStart: '', heldChoice: String(choice) });

  gate.release();
  await expect(page.locator('.transcript')).toContainText(start.choices[choice]!.text.zh);
  await expect(page.locator('.turn.current .line').first()).toContainText(scenario.nodes[next!]!.say.zh);
  await expect(page.locator('.turn.current .choices button').first()).toBeFocused();
  expect(await held(page)).not.toHaveProperty('heldChoice');
  await expect(page.getByRole('status').filter({ hasText: zh('player.choiceHeld') })).toHaveCount(0);

  // Saved as the call's first step: a reload resumes after it.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.transcript')).toContainText(start.choices[choice]!.text.zh);
});

test('a chat: a quick reply sent while the scenario is still on its way is the chat’s first message', async ({ page }) => {
  const id = 'purifier-doubts';
  const scenario = shippedScenario(id);
  const start = scenario.nodes[scenario.start]!;
  expect(start.timeLimit, 'an untimed opening').toBeUndefined();
  const gate = await holdBack(page, (path) => path.startsWith(`/content/scenarios/${id}/`));
  await page.goto(`/scenarios/${id}/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect.poll(gate.held).toBeGreaterThan(0);
  const text = start.choices[1]!.text.zh;
  await page.getByRole('button', { name: text, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: zh('player.choiceHeld') })).toBeAttached();
  gate.release();
  await expect(page.locator('.chat-thread .msg-you').first()).toContainText(text);
  expect(await held(page)).not.toHaveProperty('heldChoice');
});

test('a call resumed from an unfinished attempt ignores what was clicked on the first screen', async ({ page }) => {
  const scenario = shippedScenario();
  const url = `/scenarios/${SCENARIO_ID}/`;
  const start = scenario.nodes[scenario.start]!;
  await page.goto(url);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: start.choices[0]!.text.zh, exact: true }).click();
  await expect(page.locator('.transcript li')).not.toHaveCount(0);
  const steps = await page.locator('.transcript li').count();

  const gate = await holdBack(page, (path) => path === islandEntry(url));
  await page.reload();
  await expect.poll(gate.held).toBe(1);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: start.choices[1]!.text.zh, exact: true }).click();
  gate.release();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.transcript li')).toHaveCount(steps);
  await expect(page.locator('.transcript')).not.toContainText(start.choices[1]!.text.zh);
  expect(await held(page)).not.toHaveProperty('heldStart');
});

test('a step taken while the store’s code is still on its way is kept when the learner leaves at once, and the next visit resumes after it', async ({
  page,
}) => {
  const scenario = shippedScenario();
  const url = `/scenarios/${SCENARIO_ID}/`;
  const start = scenario.nodes[scenario.start]!;
  const [next] = nodesAfter(scenario, [{ node: scenario.start, choice: 0 }]);
  // On the first visit the store's code never arrives, so the step can only wait in memory; on the next it loads.
  let firstVisit = true;
  let held = 0;
  await page.route(
    (url) => /\/_astro\/store\.[\w-]+\.js$/.test(url.pathname),
    async (route) => {
      if (!firstVisit) return route.continue();
      held++;
      return new Promise<void>(() => undefined);
    },
  );
  await page.goto(url);
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: start.choices[0]!.text.zh, exact: true }).click();
  await expect(page.locator('.turn.current .line').first()).toContainText(scenario.nodes[next!]!.say.zh);
  await expect.poll(() => held).toBeGreaterThan(0);

  firstVisit = false;
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.transcript')).toContainText(start.choices[0]!.text.zh);
  await expect(page.locator('.turn.current .line').first()).toContainText(scenario.nodes[next!]!.say.zh);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('service-dojo.unsaved-steps.')))).toEqual([]);
});

/** Where an element lies on the page, in CSS pixels from the top of the document. */
const pageTop = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

test('the start button does not move when the call goes live', async ({ page }) => {
  const url = `/scenarios/${SCENARIO_ID}/`;
  const gate = await holdBack(page, (path) => path === islandEntry(url));
  await page.goto(url);
  await expect.poll(gate.held).toBe(1);
  const before = await pageTop(page, '.turn.current button.start[data-held-choice]');
  gate.release();
  await expect(page.locator('.turn.current button.start:not([data-held-choice])')).toBeVisible();
  expect(await pageTop(page, '.turn.current button.start')).toBe(before);
});

test('a press on the start button begun on the first screen and ended on the live call starts the call', async ({ page }) => {
  const url = `/scenarios/${SCENARIO_ID}/`;
  const gate = await holdBack(page, (path) => path === islandEntry(url));
  const content = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith(`/content/scenarios/${SCENARIO_ID}/`));
  await page.goto(url);
  const opening = page.locator('.turn.current button.start[data-held-choice]');
  await opening.scrollIntoViewIfNeeded();
  const box = (await opening.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();

  // Everything the call needs arrives while the button is held down.
  gate.release();
  await content;
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.mouse.up();

  await expect(page.locator('.turn.current .choices button').first()).toBeVisible();
  await expect(page.locator('.turn.current button.start')).toHaveCount(0);
  await expect(page.locator('.turn.current [data-held-choice]')).toHaveCount(0);
  expect(await held(page)).not.toHaveProperty('heldStart');
});

test('the start button held down with the space bar while the call goes live starts the call when the key is let go', async ({ page }) => {
  const url = `/scenarios/${SCENARIO_ID}/`;
  const gate = await holdBack(page, (path) => path === islandEntry(url));
  const content = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith(`/content/scenarios/${SCENARIO_ID}/`));
  await page.goto(url);
  await page.locator('.turn.current button.start[data-held-choice]').focus();
  await page.keyboard.down(' ');

  gate.release();
  await content;
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.keyboard.up(' ');

  await expect(page.locator('.turn.current .choices button').first()).toBeVisible();
  await expect(page.locator('.turn.current .choices button').first()).toBeFocused();
  await expect(page.locator('.turn.current [data-held-choice]')).toHaveCount(0);
});
