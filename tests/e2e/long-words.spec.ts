import { expect, test, type Page } from '@playwright/test';
import { SCENARIO_ID } from './course.ts';
import { en } from './strings.ts';

test.use({ viewport: { width: 360, height: 740 } });

/** A 5,000-character word, as a hostile or careless file could hold in any text. */
const WORD = 'W'.repeat(5000);

/**
 * Adds the word to every text on the page's main area (briefing, line, choices, feedback,
 * debrief…), then lists the elements whose text runs past the 360 px viewport, and
 * whether the page itself became wider.
 */
async function overflowWithLongWords(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main, word) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode())
      if (walker.currentNode.nodeValue!.trim() && !walker.currentNode.parentElement!.closest('svg, table, .visually-hidden'))
        texts.push(walker.currentNode as Text);
    for (const text of texts) text.nodeValue = `${text.nodeValue} ${word}`;
    const outside = new Set<string>();
    for (const text of texts) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects())
        if (r.right > window.innerWidth + 0.5) outside.add(`${text.parentElement!.tagName.toLowerCase()}.${text.parentElement!.className}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) outside.add(`page is ${document.documentElement.scrollWidth} px wide`);
    return [...outside];
  }, WORD);
}

test('a scenario page keeps a 5,000-character word inside 360 px: briefing, line and choices', async ({ page }) => {
  await page.goto(`/en/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: en('player.start') }).click();
  await expect(page.locator('.choices button').first()).toBeEnabled();
  expect(await overflowWithLongWords(page)).toEqual([]);
});

test('feedback after a choice wraps a 5,000-character word at 360 px', async ({ page }) => {
  await page.goto(`/en/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: en('player.start') }).click();
  await page.locator('.choices button').first().click();
  await expect(page.locator('.transcript .feedback').first()).toBeVisible();
  expect(await overflowWithLongWords(page)).toEqual([]);
});

test('the scenario list and map pages wrap a 5,000-character word at 360 px', async ({ page }) => {
  for (const path of ['/en/scenarios/', `/en/scenarios/${SCENARIO_ID}/map/`]) {
    await page.goto(path);
    expect(await overflowWithLongWords(page), path).toEqual([]);
  }
});
