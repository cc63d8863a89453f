import { expect, test, type Page } from '@playwright/test';
import { en } from './strings.ts';

/** Answers the question on screen with its first option (or its first move). */
async function answerFirst(page: Page): Promise<void> {
  const card = page.locator('fieldset.question');
  await expect(card).toBeVisible();
  const inputs = card.locator('input');
  if ((await inputs.count()) > 0) await inputs.first().check();
  else
    await card
      .getByRole('button', { name: /^Move “.*” down$/ })
      .first()
      .click();
}

test('chapter practice resumes after a reload: checked answers stay shown and the learner is where they were', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en/quizzes/customer-service/');
  const progress = page.getByText(/^Question \d+ of \d+$/);
  await expect(progress).toHaveText(/^Question 1 of /);
  const total = Number((await progress.textContent())!.split(' of ')[1]);
  const at = (n: number) => page.getByText(`Question ${n} of ${total}`);
  await answerFirst(page);
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await page.getByRole('button', { name: en('quiz.next') }).click();
  await expect(at(2)).toBeVisible();
  const second = await page.locator('fieldset.question legend').textContent();
  await answerFirst(page);
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  const verdict = await page.locator('.verdict').textContent();

  await page.reload();
  await expect(at(2)).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toHaveText(second!);
  await expect(page.locator('.verdict')).toHaveText(verdict!);
  const inputs = page.locator('fieldset.question input');
  if ((await inputs.count()) > 0) await expect(page.locator('fieldset.question input:checked')).not.toHaveCount(0);
  await page.getByRole('button', { name: en('quiz.next') }).click();
  await expect(at(3)).toBeVisible();

  // A finished run stays finished after a reload; practising again starts at question 1, and a reload keeps that.
  for (let i = 3; i <= total; i++) {
    await expect(at(i)).toBeVisible();
    await answerFirst(page);
    await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
    await page.getByRole('button', { name: i < total ? en('quiz.next') : en('quiz.finish') }).click();
  }
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  await page.getByRole('button', { name: en('quiz.again') }).click();
  await expect(at(1)).toBeVisible();
  await page.reload();
  await expect(at(1)).toBeVisible();
  await expect(page.locator('.verdict')).toHaveCount(0);
});
