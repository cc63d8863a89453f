import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ui } from './strings.ts';

// A chapter whose answers include a table and a quoted dialogue, the richest markup.
const CHAPTER = 'churn-and-retention';

for (const locale of ['zh', 'en'] as const) {
  test(`a model answer opens from the keyboard, stays out of search and print, and passes axe (${locale})`, async ({ page }) => {
    await page.goto(`${locale === 'en' ? '/en' : ''}/chapters/${CHAPTER}/`);
    const exercises = page.locator('h2#exercises + ol');
    const answer = exercises.locator('details.answer').first();
    const summary = answer.locator('summary');
    await expect(summary).toHaveText(ui(locale)('chapter.answer'));
    await expect(answer.locator('.answer-body')).toBeHidden();

    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(answer).toHaveAttribute('open', '');
    await expect(answer.locator('.answer-body')).toBeVisible();

    // Every answer on the page is left out of the search index.
    const answers = page.locator('details.answer');
    await expect(answers).toHaveCount(9);
    await expect(page.locator('details.answer:not([data-pagefind-ignore])')).toHaveCount(0);

    const results = await new AxeBuilder({ page }).include('details.answer').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect(answer).not.toHaveAttribute('open');

    await answer.evaluate((el) => el.setAttribute('open', ''));
    await page.emulateMedia({ media: 'print' });
    await expect(answer).toBeHidden();
  });
}
