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

test('searching 投诉 finds the complaint role-play, labelled as a role-play', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill('投诉');
  const result = page.locator('.pagefind-ui__result', { has: page.locator('a[href*="/scenarios/complaint-lscia/"]') });
  await expect(result.first()).toBeVisible();
  await expect(result.first().locator('.pagefind-ui__result-title')).toContainText('情景演练 · 一般投诉');
});

test('searching an English term finds an English quiz question, labelled as a quiz', async ({ page }) => {
  await page.goto('/en/search/');
  // "Rice cooker" is in a prompt of the chapter 8 quiz, which shows one question at a time.
  await page.locator('.pagefind-ui__search-input').fill('rice cooker');
  const result = page.locator('.pagefind-ui__result', { has: page.locator('a[href="/en/quizzes/churn-and-retention/"]') });
  await expect(result.first()).toBeVisible();
  await expect(result.first().locator('.pagefind-ui__result-title')).toContainText('Quiz · ');
  await expect(result.first()).toContainText('rice cooker');
});
