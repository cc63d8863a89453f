/** What a click on a choice shows in its own frame, before the call moves on to the next turn. */
import { expect, test } from '@playwright/test';
import { expectStored, path, scenario, start, url } from './storage-drills.ts';

test('a click marks the chosen reply in its own frame and lays out no new text; a second click then is not a second step', async ({ page }) => {
  await page.goto(url);
  await start(page);
  const text = scenario.nodes[path[0]!.node]!.choices[path[0]!.choice]!.text.zh;
  const frame = await page.evaluate(async (text) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.turn.current .choices button')];
    const chosen = buttons.find((button) => button.textContent === text)!;
    chosen.click();
    // React draws the click's update in a microtask, before the frame is painted.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const seen = {
      chosen: chosen.className,
      list: chosen.closest('ol')!.className,
      stillShown: chosen.isConnected,
      transcript: document.querySelectorAll('.transcript .turn').length,
    };
    buttons.find((button) => button !== chosen)!.click();
    return seen;
  }, text);
  expect(frame).toEqual({ chosen: 'chosen', list: 'choices answered', stillShown: true, transcript: 0 });
  // A frame later the reply joins the transcript and the customer answers; one step is kept.
  await expect(page.locator('.transcript .turn')).toHaveCount(1);
  await expect(page.locator('.transcript .turn')).toContainText(text);
  await expect(page.locator('.turn.current .choices button').first()).toBeFocused();
  await expectStored(page, [[path[0]!]]);
});

test('a choice clicked just as the page is reloaded is kept: its step is taken before the page goes', async ({ page }) => {
  await page.goto(url);
  await start(page);
  const text = scenario.nodes[path[0]!.node]!.choices[path[0]!.choice]!.text.zh;
  // The click, then the reload before any frame is painted: the step, sent after the click's frame, must still be kept.
  await page.evaluate((text) => {
    window.requestAnimationFrame = () => 0;
    [...document.querySelectorAll<HTMLButtonElement>('.turn.current .choices button')].find((button) => button.textContent === text)!.click();
    location.reload();
  }, text);
  await expect(page.locator('.transcript .turn')).toHaveCount(1);
  await expect(page.locator('.transcript .turn')).toContainText(text);
  await expectStored(page, [[path[0]!]]);
});
