import { expect, test, type Page } from '@playwright/test';
import { examPaper } from './course.ts';
import { en } from './strings.ts';

test.use({ viewport: { width: 360, height: 740 } });

const LONG = 'https://example.com/a-very-long-unbroken-reference-number-0123456789012345678901234567890123456789';

/**
 * Puts a long unbroken string into every text of the question card on screen (prompt,
 * options, dialogue, items), then lists any text that runs outside the card.
 */
async function textOutsideCard(page: Page): Promise<string[]> {
  return page.locator('fieldset.question').evaluate((card, long) => {
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode())
      if (walker.currentNode.nodeValue!.trim() && !walker.currentNode.parentElement!.closest('button')) texts.push(walker.currentNode as Text);
    for (const text of texts) text.nodeValue = `${text.nodeValue} ${long}`;
    const box = card.getBoundingClientRect();
    const outside: string[] = [];
    for (const text of texts) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (r.right > box.right + 0.5 || r.left < box.left - 0.5) outside.push(`${text.parentElement!.tagName.toLowerCase()}.${text.parentElement!.className}`);
      }
    }
    if (card.scrollWidth > card.clientWidth) outside.push('card scrolls sideways');
    return [...new Set(outside)];
  }, LONG);
}

test('quiz: long unbroken prompt and option text stays inside the card at 360 px', async ({ page }) => {
  await page.goto('/en/quizzes/customer-service/');
  await expect(page.locator('.quiz:not([inert]) fieldset.question')).toBeVisible();
  expect(await textOutsideCard(page)).toEqual([]);
});

test('quiz: a prompt of several lines sits inside its card, under the top border', async ({ page }) => {
  await page.goto('/quizzes/churn-and-retention/');
  // The first question's prompt runs to four lines at 360 px.
  const card = page.locator('.quiz:not([inert]) fieldset.question');
  await expect(card).toBeVisible();
  const { inset, padding } = await card.evaluate((fieldset) => ({
    inset: fieldset.querySelector('legend')!.getBoundingClientRect().top - fieldset.getBoundingClientRect().top,
    padding: Number.parseFloat(getComputedStyle(fieldset).paddingTop),
  }));
  expect(inset).toBeGreaterThanOrEqual(padding);
});

test('exam: every question type keeps long unbroken text inside its card at 360 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en/exam/');
  await page.getByLabel(examPaper('short').name.en).check();
  await page.getByRole('button', { name: en('exam.start') }).click();
  const questions = examPaper('short').sections.reduce((sum, s) => sum + s.questions, 0);
  for (let n = 1; n <= questions; n++) {
    await page.getByRole('button', { name: new RegExp(`^Question ${n}:`) }).click();
    await expect(page.locator('fieldset.question')).toBeVisible();
    expect(await textOutsideCard(page), `question ${n}`).toEqual([]);
  }
});
