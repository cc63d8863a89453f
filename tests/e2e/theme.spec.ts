import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { examPaper, SCENARIO_ID } from './course.ts';
import { zh } from './strings.ts';

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

test.use({ colorScheme: 'dark' });
// axe checks every node of a long chapter: allow it the time.
test.describe.configure({ timeout: 60_000 });

for (const path of ['/', '/chapters/identifying-customers/', `/scenarios/${SCENARIO_ID}/`, '/exam/', '/en/', '/en/chapters/customer-service/']) {
  test(`${path} follows a dark colour scheme with enough contrast`, async ({ page }) => {
    await page.goto(path);
    // Bring every island into view so drills hydrate and are checked too.
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    const background = await page.evaluate(() =>
      getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
        ? getComputedStyle(document.documentElement).backgroundColor
        : getComputedStyle(document.body).backgroundColor,
    );
    expect(luminance(background)).toBeLessThan(0.05);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
  });
}

test('the exam questions keep their contrast in the dark', async ({ page }) => {
  await page.goto('/exam/');
  await page.getByLabel(examPaper('short').name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.locator('fieldset.question')).toBeVisible();
  // The paper is drawn at random: the first question may be an ordering one, with no option to tick.
  const option = page.locator('fieldset.question input').first();
  if ((await option.count()) > 0) await option.check();
  expect(luminance(await page.locator('fieldset.question').evaluate((el) => getComputedStyle(el).backgroundColor))).toBeLessThan(0.05);
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
});
