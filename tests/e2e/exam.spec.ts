import { expect, test, type Page } from '@playwright/test';
import { zh, en } from './strings.ts';

const SEED = 'E2E001';

async function answerCurrent(page: Page, wrong = false) {
  const card = page.locator('fieldset.question');
  const radios = card.locator('input[type="radio"]');
  const boxes = card.locator('input[type="checkbox"]');
  if ((await radios.count()) > 0) await radios.nth(wrong ? (await radios.count()) - 1 : 0).check();
  else if ((await boxes.count()) > 0) await boxes.first().check();
  else
    await card
      .getByRole('button', { name: /下移$|^Move “.*” down$/ })
      .first()
      .click();
}

test('a learner takes a short exam, reloads mid-way, finishes, reviews, and meets a missed question in /review', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/exam/');
  await page.getByLabel(zh('exam.sizeShort')).check();
  await page.getByLabel(zh('exam.extra')).selectOption({ label: zh('exam.extraShare', { pct: 25 }) });
  await page.getByLabel(zh('exam.seed')).fill(SEED);
  await page.getByRole('button', { name: zh('exam.start') }).click();

  await expect(page.getByText(zh('exam.paper', { seed: SEED }))).toBeVisible();
  // 12 minutes and a quarter more.
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  const firstPrompt = await page.locator('fieldset.question legend').textContent();

  for (let i = 0; i < 4; i++) {
    await answerCurrent(page, true);
    await page
      .getByRole('button', { name: zh('quiz.next') })
      .first()
      .click();
  }
  await page.getByRole('button', { name: zh('exam.flag') }).click();
  await expect(page.getByRole('button', { name: zh('exam.unflag') })).toBeVisible();

  const fifthPrompt = await page.locator('fieldset.question legend').textContent();

  // Reload: same paper, answers and flag kept, back at the same question, clock still running from the start.
  await page.reload();
  await expect(page.getByText(zh('exam.paper', { seed: SEED }))).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toHaveText(fifthPrompt!);
  await expect(
    page.getByRole('button', { name: zh('exam.questionStatus', { n: 5, status: `${zh('exam.unanswered')}、${zh('exam.flagged')}` }) }),
  ).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: zh('exam.questionStatus', { n: 1, status: zh('exam.answered') }) })).toBeVisible();
  await expect(
    page.getByRole('button', { name: zh('exam.questionStatus', { n: 5, status: `${zh('exam.unanswered')}、${zh('exam.flagged')}` }) }),
  ).toBeVisible();
  await page.getByRole('button', { name: zh('exam.questionStatus', { n: 1, status: zh('exam.answered') }) }).click();
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);

  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(zh('exam.confirm', { n: 6 }).split('，')[0]!);
  // Cancelling the hand-in says so, and leaves the learner at the same question.
  await page.getByRole('button', { name: zh('exam.keepWorking') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();

  const result = page.getByRole('heading', { name: new RegExp(zh('exam.result')) });
  await expect(result).toBeFocused();
  await expect(result).toContainText(zh('exam.failed'));
  await page.getByText(zh('exam.review')).click();
  await expect(page.locator('.exam-review .verdict').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: zh('exam.history') })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(zh('exam.trendLabel', { n: 1, pass: 60 }).split('，')[0]!) })).toBeVisible();

  await page.goto('/');
  await expect(page.locator('.glance dd').nth(3)).not.toHaveText('0');
  await page.goto('/review/');
  await expect(page.getByText(new RegExp(zh('review.due', { n: '\\d+' })))).toBeVisible();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(zh('quiz.noAnswer'));
  await answerCurrent(page);
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await expect(page.locator('.verdict')).toBeVisible();
});

test('the same paper number draws the same questions', async ({ page }) => {
  const prompts: string[] = [];
  for (let round = 0; round < 2; round++) {
    await page.goto('/exam/');
    await page.getByLabel(zh('exam.sizeShort')).check();
    await page.getByLabel(zh('exam.seed')).fill('SAME01');
    await page.getByRole('button', { name: zh('exam.start') }).click();
    prompts.push((await page.locator('fieldset.question legend').textContent())!);
    await page.getByRole('button', { name: zh('exam.submit') }).click();
    await page.getByRole('button', { name: zh('exam.submit') }).click();
    await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();
  }
  expect(prompts[1]).toBe(prompts[0]);
});

test('chapter practice checks each answer at once and explains it', async ({ page }) => {
  await page.goto('/en/quizzes/customer-service/');
  await expect(page.getByText(new RegExp(en('quiz.progress', { n: 1, total: '\\d+' })))).toBeVisible();
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(en('quiz.noAnswer'));
  await answerCurrent(page);
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(page.locator('.verdict')).toContainText(/Right|Wrong|Partly/);
  await expect(page.getByRole('link', { name: en('quiz.readSection') })).toHaveAttribute('href', /\/en\/chapters\/customer-service\/#/);
  await page.getByRole('button', { name: en('quiz.next') }).click();
  await expect(page.getByText(new RegExp(en('quiz.progress', { n: 2, total: '\\d+' })))).toBeVisible();
});

test('when time runs out the exam is handed in automatically, even after a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/exam/');
  await page.getByLabel(en('exam.sizeShort')).check();
  await page.getByRole('button', { name: en('exam.start') }).click();
  await expect(page.getByRole('timer')).toHaveText(/^1[12]:\d\d$/);
  await page.clock.fastForward('06:00');
  await expect(page.getByRole('timer')).toHaveText(/^0[56]:\d\d$/);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^0[56]:\d\d$/);
  await page.clock.fastForward('06:30');
  await expect(page.getByText(en('exam.byTimeout'))).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your result: Score 0/ })).toBeVisible();
});

test("extra time during the exam stops at half the paper's time, and each addition is recorded", async ({ page }) => {
  await page.goto('/en/exam/');
  await page.getByRole('button', { name: en('exam.start') }).click();
  await expect(page.getByRole('timer')).toHaveText(/^(59|60):\d\d$/);
  const add = page.getByRole('button', { name: /^Add \d+ more minutes$/ });
  for (let press = 0; press < 3; press++) await add.click();
  await expect(page.getByRole('timer')).toHaveText(/^(89|90):\d\d$/);
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/at most 30 extra minutes/);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^(89|90):\d\d$/);
  await expect(add).toBeDisabled();
  await page.getByRole('button', { name: en('exam.submit') }).click();
  await page.getByRole('button', { name: en('exam.submit') }).click();
  await expect(page.getByText(/extra time 30 minutes \(asked for 3 times during the exam\)/)).toBeVisible();
});

test("the learner's own extra-time setting is the mock exam's default", async ({ page }) => {
  await page.goto('/progress/');
  await page.getByLabel(zh('player.timing.plus50')).check();
  await page.getByRole('button', { name: zh('profile.save') }).click();
  await expect(page.getByText(zh('profile.saved'))).toBeVisible();
  await page.goto('/exam/');
  await expect(page.getByLabel(zh('exam.extra'))).toHaveValue('50');
});
