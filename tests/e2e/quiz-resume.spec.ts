import { expect, test, type Page } from '@playwright/test';
import { en } from './strings.ts';

/**
 * Answers the question on screen with its first option (or its first move, or a
 * number, or a sentence self-marked with its first point) and checks it.
 */
async function answerAndCheck(page: Page): Promise<void> {
  const card = page.locator('fieldset.question');
  await expect(card).toBeVisible();
  const boxes = card.getByRole('textbox');
  const choices = card.locator('input[type=radio], input[type=checkbox]');
  if ((await card.locator('textarea').count()) > 0) {
    for (const box of await boxes.all()) await box.fill('An answer in my own words.');
    await page.getByRole('button', { name: en('quiz.markMine'), exact: true }).click();
    await card.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: en('quiz.saveMarks'), exact: true }).click();
    return;
  }
  if ((await boxes.count()) > 0) await boxes.first().fill('1');
  else if ((await choices.count()) > 0) await choices.first().check();
  else
    await card
      .getByRole('button', { name: /^Move “.*” down$/ })
      .first()
      .click();
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
}

/** Where the stored practice run of a chapter stands, read straight from IndexedDB. */
function storedPosition(page: Page, chapter: string): Promise<number | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<number | undefined>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('quizRuns').objectStore('quizRuns').get(key);
          read.onsuccess = () => {
            resolve((read.result as { position?: number } | undefined)?.position);
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    chapter,
  );
}

test('chapter practice resumes after a reload: checked answers stay shown and the learner is where they were', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/quizzes/customer-service/');
  const progress = page.getByText(/^Question \d+ of \d+$/);
  await expect(progress).toHaveText(/^Question 1 of /);
  const total = Number((await progress.textContent())!.split(' of ')[1]);
  const at = (n: number) => page.getByText(`Question ${n} of ${total}`);
  await answerAndCheck(page);
  await page.getByRole('button', { name: en('quiz.next') }).click();
  await expect(at(2)).toBeVisible();
  const second = await page.locator('fieldset.question legend').textContent();
  await answerAndCheck(page);
  // The learner's history for the question arrives just after the verdict.
  await expect(page.locator('.verdict')).toContainText(en('quiz.history', { seen: 1, right: '' }).split(';')[0]!);
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
    await answerAndCheck(page);
    await page.getByRole('button', { name: i < total ? en('quiz.next') : en('quiz.finish') }).click();
  }
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  // The move to the end is written just after the screen changes: wait until it is stored.
  await expect.poll(() => storedPosition(page, 'customer-service')).toBe(total);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Practice finished/ })).toBeVisible();
  await page.getByRole('button', { name: en('quiz.again') }).click();
  await expect(at(1)).toBeVisible();
  await page.reload();
  await expect(at(1)).toBeVisible();
  await expect(page.locator('.verdict')).toHaveCount(0);
});

test('the chapter’s first question is on the page before any script runs, taking no input until the practice is live', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/quizzes/customer-service/');
  const card = page.locator('fieldset.question');
  await expect(card.locator('legend')).toContainText('Question 1');
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.locator('.quiz[inert][aria-busy=true]')).toHaveCount(1);
  await context.close();
});
