/**
 * Written and calculation questions in practice and review: a term self-marked with
 * its keyword hints highlighted, a case analysis part by part, a calculation wrong in
 * practice and right in review with the same numbers, and review sessions by chapter
 * and by type; axe on each.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en, zh } from './strings.ts';

const CHAPTER = 'churn-and-retention';

/** Puts the chapter's practice at a question (0-based), as a learner who got there would be. */
async function practiceAt(page: Page, path: string, position: number): Promise<void> {
  await page.goto(path);
  // The live practice, not the first question the page draws before it (which opens no database).
  await expect(page.locator('.quiz:not([inert]) fieldset.question')).toBeVisible();
  await page.evaluate(
    ([chapter, at]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => {
          const tx = open.result.transaction('quizRuns', 'readwrite');
          tx.objectStore('quizRuns').put({ chapter, startedAt: Date.now(), position: at, answers: {} });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [CHAPTER, position] as const,
  );
  await page.reload();
}

async function noSeriousViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a term question is written, marked against its points with the keywords highlighted, and recorded as a self-mark', async ({ page }) => {
  await practiceAt(page, `/quizzes/${CHAPTER}/`, 46);
  const card = page.locator('fieldset.question');
  await expect(card.locator('legend')).toContainText(zh('quiz.type.term'));
  await expect(card.locator('legend')).toContainText('首问负责制');
  // Nothing written: the learner is asked to write first.
  await page.getByRole('button', { name: zh('quiz.markMine'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(zh('quiz.writeFirst'));

  await card.getByLabel(zh('quiz.writeHere')).fill('第一个接到问题的员工要负责到底，办不了的转给相关部门。');
  await page.getByRole('button', { name: zh('quiz.markMine'), exact: true }).click();
  await expect(card.getByRole('textbox')).toHaveCount(0);
  await expect(card.locator('.written-text mark')).toHaveText(['第一个', '负责到底', '相关部门']);
  await expect(card.locator('.model-answer')).toContainText('推来推去');
  const points = card.getByRole('checkbox');
  await expect(points).toHaveCount(3);
  await expect(card.locator('.point-hint').nth(2)).toHaveText(zh('quiz.noHints'));
  await noSeriousViolation(page);

  await points.nth(0).check();
  await points.nth(1).check();
  await expect(card.locator('.self-mark-part')).toHaveText(zh('quiz.selfMarked').replace('{marks}', '3').replace('{outOf}', '4'));
  await page.getByRole('button', { name: zh('quiz.saveMarks'), exact: true }).click();
  const verdict = card.locator('.verdict');
  await expect(verdict.locator('.verdict-line')).toHaveText(zh('quiz.selfMarked').replace('{marks}', '3').replace('{outOf}', '4'));
  await expect(verdict.locator('.q-history')).toHaveText(zh('quiz.historySelf').replace('{seen}', '1').replace('{right}', '0'));
  await expect(points.nth(0)).toBeDisabled();

  // Kept after a reload, ticks and all; three of four marks is not a wrong answer, so the notebook stays empty.
  await page.reload();
  await expect(card.locator('.verdict-line')).toHaveText(zh('quiz.selfMarked').replace('{marks}', '3').replace('{outOf}', '4'));
  await expect(card.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await page.goto('/review/');
  await expect(page.getByText(zh('review.none'))).toBeVisible();
});

test('a case question is answered part by part and self-marked in total', async ({ page }) => {
  await page.goto('/en/review/?type=case');
  const card = page.locator('fieldset.question');
  await expect(card.locator('legend')).toContainText(en('quiz.type.case'));
  await expect(card.locator('.case-text')).toBeVisible();
  const boxes = card.getByRole('textbox');
  const parts = await boxes.count();
  expect(parts).toBeGreaterThanOrEqual(2);
  for (let p = 0; p < parts; p++) await boxes.nth(p).fill(`My answer to part ${p + 1}: the customer should be contacted and the complaint followed up.`);
  await page.getByRole('button', { name: en('quiz.markMine'), exact: true }).click();
  await expect(card.locator('.self-mark')).toHaveCount(parts);
  await expect(card.locator('.model-answer')).toHaveCount(parts);
  // One point ticked in each part: the total counts every part.
  for (let p = 0; p < parts; p++) await card.locator('.self-mark').nth(p).getByRole('checkbox').first().check();
  const total = await card.locator('.self-total').textContent();
  expect(total).toMatch(new RegExp(`^${en('quiz.selfMarked').replace('{marks}', '\\d+').replace('{outOf}', '\\d+')}$`));
  await noSeriousViolation(page);
  await page.getByRole('button', { name: en('quiz.saveMarks'), exact: true }).click();
  await expect(card.locator('.verdict-line')).toHaveText(total!);
  await expect(card.locator('.q-history')).toHaveText(en('quiz.historySelf').replace('{seen}', '1').replace('{right}', '0'));
});

test('a calculation: wrong in practice with the worked solution, the same numbers after a reload and in review, then right', async ({ page }) => {
  // Question 53 draws all its numbers (churn rate).
  await practiceAt(page, `/en/quizzes/${CHAPTER}/`, 52);
  const card = page.locator('fieldset.question');
  await expect(card.locator('legend')).toContainText(en('quiz.type.calc'));
  const prompt = await card.locator('.calc-prompt').textContent();
  expect(prompt).toMatch(/there were [\d,]+ customers/);
  const input = card.getByLabel(en('quiz.calcAnswer'));
  await input.fill('12,3');
  await expect(card.getByText(en('quiz.notNumber'))).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('-1');
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(card.locator('.verdict-line')).toHaveText(`✗ ${en('quiz.wrong')}`);
  await expect(card.locator('.calc-steps li')).toHaveCount(3);
  await expect(card.locator('.calc-steps li').last()).toContainText('Churn rate');
  const exact = new RegExp(`${en('quiz.exactAnswer').split('{value}')[0]}([\\d.]+)%`).exec((await card.locator('.verdict').textContent())!)![1]!;
  await noSeriousViolation(page);

  await page.reload();
  await expect(card.locator('.calc-prompt')).toHaveText(prompt!);
  await expect(card.locator('.verdict-line')).toHaveText(`✗ ${en('quiz.wrong')}`);

  // A new attempt draws new numbers (practising again), but the review asks the numbers that were missed.
  await page.goto('/en/review/');
  await expect(card.locator('.calc-prompt')).toHaveText(prompt!);
  // Typed as a Chinese input method gives it: full-width digits and a trailing percent sign.
  const fullWidth = [...`${exact}%`].map((c) => (c === '.' ? '．' : c === '%' ? '％' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
  await card.getByLabel(en('quiz.calcAnswer')).fill(fullWidth);
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(card.locator('.verdict-line')).toHaveText(`✓ ${en('quiz.right')}`);
  await expect(card.locator('.q-history')).toHaveText(en('quiz.history').replace('{seen}', '2').replace('{right}', '1'));
});

test('review runs a session on one chapter or one type, chosen with a form above the queue', async ({ page }) => {
  await page.goto('/en/review/');
  const form = page.getByRole('form', { name: en('review.filter') });
  await expect(page.getByText(en('review.none'))).toBeVisible();
  // From the keyboard: choose a chapter, then submit.
  await form.getByLabel(en('review.chapter')).focus();
  await form.getByLabel(en('review.chapter')).selectOption(CHAPTER);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: en('review.start') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?chapter=${CHAPTER}&type=$`));
  await expect(form.getByLabel(en('review.chapter'))).toHaveValue(CHAPTER);
  await expect(page.getByText(en('review.sessionLeft').replace('{n}', '20'))).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toContainText(en('quiz.number').replace('{n}', '1'));
  await noSeriousViolation(page);

  await page.goto('/en/review/?type=calc');
  await expect(form.getByLabel(en('review.type'))).toHaveValue('calc');
  await expect(page.locator('fieldset.question legend')).toContainText(en('quiz.type.calc'));
  await expect(page.getByLabel(en('quiz.calcAnswer'))).toBeVisible();
  await page.getByRole('link', { name: en('review.dueLink') }).click();
  await expect(page.getByText(en('review.none'))).toBeVisible();
  await noSeriousViolation(page);

  // Both filters at once narrow further; one that matches nothing says so.
  await page.goto(`/review/?chapter=${CHAPTER}&type=short`);
  await expect(page.locator('fieldset.question legend')).toContainText(zh('quiz.type.short'));
  await expect(page.getByText(zh('review.sessionLeft').replace('{n}', '2'))).toBeVisible();
});
