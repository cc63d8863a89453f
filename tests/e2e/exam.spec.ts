import { expect, test, type Page } from '@playwright/test';

const SEED = 'E2E001';

async function answerCurrent(page: Page, wrong = false) {
  const card = page.locator('fieldset.question');
  const radios = card.locator('input[type="radio"]');
  const boxes = card.locator('input[type="checkbox"]');
  if ((await radios.count()) > 0) await radios.nth(wrong ? (await radios.count()) - 1 : 0).check();
  else if ((await boxes.count()) > 0) await boxes.first().check();
  else await card.getByRole('button', { name: /下移|Move .* down/ }).first().click();
}

test('a learner takes a short exam, reloads mid-way, finishes, reviews, and meets a missed question in /review', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/exam/');
  await page.getByLabel('快速模拟：10 题，12 分钟').check();
  await page.getByLabel('延长时间（有需要可申请，会记录在成绩上）').selectOption({ label: '延长 25% 的时间' });
  await page.getByLabel('试卷编号（可不填；填相同编号会抽到同一套题）').fill(SEED);
  await page.getByRole('button', { name: '开始考试' }).click();

  await expect(page.getByText(`试卷编号 ${SEED}`)).toBeVisible();
  // 12 minutes and a quarter more.
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  const firstPrompt = await page.locator('fieldset.question legend').textContent();

  for (let i = 0; i < 4; i++) {
    await answerCurrent(page, true);
    await page.getByRole('button', { name: '下一题' }).first().click();
  }
  await page.getByRole('button', { name: '标记待查' }).click();
  await expect(page.getByRole('button', { name: '取消标记' })).toBeVisible();

  const fifthPrompt = await page.locator('fieldset.question legend').textContent();

  // Reload: same paper, answers and flag kept, back at the same question, clock still running from the start.
  await page.reload();
  await expect(page.getByText(`试卷编号 ${SEED}`)).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toHaveText(fifthPrompt!);
  await expect(page.getByRole('button', { name: '第 5 题：未答、待查' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: '第 1 题：已答' })).toBeVisible();
  await expect(page.getByRole('button', { name: '第 5 题：未答、待查' })).toBeVisible();
  await page.getByRole('button', { name: '第 1 题：已答' }).click();
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);

  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('alert')).toContainText('还有 6 题没答');
  // Cancelling the hand-in says so, and leaves the learner at the same question.
  await page.getByRole('button', { name: '继续作答' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '交卷' }).click();

  const result = page.getByRole('heading', { name: /考试结果/ });
  await expect(result).toBeFocused();
  await expect(result).toContainText('不及格');
  await page.getByText('逐题回顾').click();
  await expect(page.locator('.exam-review .verdict').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '考试记录' })).toBeVisible();
  await expect(page.getByRole('img', { name: /最近 1 次模拟考试的得分/ })).toBeVisible();

  await page.goto('/');
  await expect(page.locator('.glance dd').nth(3)).not.toHaveText('0');
  await page.goto('/review/');
  await expect(page.getByText(/今天要复习 \d+ 题/)).toBeVisible();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByRole('alert')).toContainText('请先作答');
  await answerCurrent(page);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.verdict')).toBeVisible();
});

test('the same paper number draws the same questions', async ({ page }) => {
  const prompts: string[] = [];
  for (let round = 0; round < 2; round++) {
    await page.goto('/exam/');
    await page.getByLabel('快速模拟：10 题，12 分钟').check();
    await page.getByLabel('试卷编号（可不填；填相同编号会抽到同一套题）').fill('SAME01');
    await page.getByRole('button', { name: '开始考试' }).click();
    prompts.push((await page.locator('fieldset.question legend').textContent())!);
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('button', { name: '交卷' }).click();
    await expect(page.getByRole('heading', { name: /考试结果/ })).toBeVisible();
  }
  expect(prompts[1]).toBe(prompts[0]);
});

test('chapter practice checks each answer at once and explains it', async ({ page }) => {
  await page.goto('/en/quizzes/customer-service/');
  await expect(page.getByText('Question 1 of 22')).toBeVisible();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toContainText('Answer first');
  await answerCurrent(page);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.verdict')).toContainText(/Right|Wrong|Partly/);
  await expect(page.getByRole('link', { name: 'Read the section that teaches this' })).toHaveAttribute('href', /\/en\/chapters\/customer-service\/#/);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of 22')).toBeVisible();
});

test('when time runs out the exam is handed in automatically, even after a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/exam/');
  await page.getByLabel('Quick mock: 10 questions, 12 minutes').check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^1[12]:\d\d$/);
  await page.clock.fastForward('06:00');
  await expect(page.getByRole('timer')).toHaveText(/^0[56]:\d\d$/);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^0[56]:\d\d$/);
  await page.clock.fastForward('06:30');
  await expect(page.getByText('Time ran out, so the exam was handed in for you.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your result: Score 0/ })).toBeVisible();
});

test('extra time during the exam stops at half the paper\'s time, and each addition is recorded', async ({ page }) => {
  await page.goto('/en/exam/');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^(59|60):\d\d$/);
  const add = page.getByRole('button', { name: /^Add \d+ more minutes$/ });
  for (let press = 0; press < 3; press++) await add.click();
  await expect(page.getByRole('timer')).toHaveText(/^(89|90):\d\d$/);
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/at most 30 extra minutes/);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^(89|90):\d\d$/);
  await expect(add).toBeDisabled();
  await page.getByRole('button', { name: 'Hand in' }).click();
  await page.getByRole('button', { name: 'Hand in' }).click();
  await expect(page.getByText(/extra time 30 minutes \(asked for 3 times during the exam\)/)).toBeVisible();
});
