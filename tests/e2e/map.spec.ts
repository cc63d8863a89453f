import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SCENARIO_ID, shippedScenario } from './course.ts';

const scenario = shippedScenario();
const ids = [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];

for (const locale of ['zh', 'en'] as const) {
  const url = `${locale === 'en' ? '/en' : ''}/scenarios/${SCENARIO_ID}/map/`;

  test(`${url}: axe finds no violation, and the map scrolls from the keyboard`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const region = page.getByRole('region', { name: locale === 'zh' ? /情景地图/ : /Scenario map/ });
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  test(`${url}: boxes and the text version show learner-visible labels, not internal ids`, async ({ page }) => {
    await page.goto(url);
    const boxes = await page.locator('.map-box text').allTextContents();
    expect(boxes).toHaveLength(ids.length);
    const text = await page.locator('.map-text').innerText();
    for (const id of ids) {
      expect(boxes, id).not.toContain(id);
      expect(text, id).not.toContain(`“${id}”`);
    }
    const start = scenario.nodes[scenario.start]!.say[locale];
    expect(boxes.some((b) => start.startsWith(b.replace(/^\d+\. /, '').replace(/…$/, '')))).toBe(true);
    for (const ending of Object.values(scenario.endings)) expect(text).toContain(ending.title[locale]);
  });
}
