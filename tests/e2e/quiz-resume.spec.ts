import { expect, test, type Page } from '@playwright/test';

/** Answers the question on screen with its first option (or its first move). */
async function answerFirst(page: Page): Promise<void> {
  const card = page.locator('fieldset.question');
  await expect(card).toBeVisible();
  const inputs = card.locator('input');
  if ((await inputs.count()) > 0) await inputs.first().check();
  else await card.getByRole('button', { name: /Move .* down/ }).first().click();
}

test('chapter practice resumes after a reload: checked answers stay shown and the learner is where they were', async ({ page }) => {
  await page.goto('/en/quizzes/customer-service/');
  await expect(page.getByText('Question 1 of 22')).toBeVisible();
  await answerFirst(page);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of 22')).toBeVisible();
  const second = await page.locator('fieldset.question legend').textContent();
  await answerFirst(page);
  await page.getByRole('button', { name: 'Check' }).click();
  const verdict = await page.locator('.verdict').textContent();

  await page.reload();
  await expect(page.getByText('Question 2 of 22')).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toHaveText(second!);
  await expect(page.locator('.verdict')).toHaveText(verdict!);
  const inputs = page.locator('fieldset.question input');
  if ((await inputs.count()) > 0) await expect(page.locator('fieldset.question input:checked')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 3 of 22')).toBeVisible();

  // Practising again starts from the first question, and a reload keeps that.
  for (let i = 3; i <= 22; i++) {
    await expect(page.getByText(`Question ${i} of 22`)).toBeVisible();
    await answerFirst(page);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: i < 22 ? 'Next question' : 'See my result' }).click();
  }
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  await page.getByRole('button', { name: 'Practise again' }).click();
  await expect(page.getByText('Question 1 of 22')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Question 1 of 22')).toBeVisible();
  await expect(page.locator('.verdict')).toHaveCount(0);
});
