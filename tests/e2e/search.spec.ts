import { expect, test } from '@playwright/test';

test('searching Chinese finds the chapter that teaches the term', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill('复述确认');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.pagefind-ui__result-link[href*="/chapters/customer-service/"]').first()).toBeVisible();
});

test('searching English finds English pages only', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('.pagefind-ui__search-input').fill('forbidden phrases');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/en/'))).toBe(true);
});
