import { expect, test, type Locator } from '@playwright/test';

async function openDrill(page: import('@playwright/test').Page, url: string, title: string): Promise<Locator> {
  await page.goto(url);
  const drill = page.locator('.drill', { has: page.getByRole('heading', { name: title }) });
  await drill.scrollIntoViewIfNeeded();
  await expect(drill.getByRole('button', { name: /检查答案|Check my answer/ })).toBeVisible();
  // The island hydrates when it scrolls into view.
  await expect(drill.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', '');
  return drill;
}

// Before an island hydrates, whatever a learner enters is thrown away when React takes
// over; the static HTML must not accept input it will discard.
for (const url of ['/chapters/identifying-customers/', '/en/chapters/customer-satisfaction/', '/chapters/customer-service/']) {
  test(`${url}: drill controls are disabled until their island hydrates`, async ({ page }) => {
    await page.route(/\/_astro\/[A-Za-z]*Drill\.[^/]*\.js$/, (route) => route.abort());
    await page.goto(url);
    const drills = page.locator('.drill');
    await expect(drills.first()).toBeVisible();
    const controls = drills.locator('input, select, button');
    expect(await controls.count()).toBeGreaterThan(0);
    for (const control of await controls.all()) await expect(control).toBeDisabled();
  });
}

test('satisfaction index drill: missing input, a wrong answer, then the right one', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/customer-satisfaction/', '技能训练：计算客户满意度指数');
  const check = drill.getByRole('button', { name: '检查答案' });
  const status = drill.getByRole('status');

  await check.click();
  await expect(status).toContainText('还有没填的地方：满意度指数');
  await drill.getByLabel('满意度指数').fill('八十');
  await check.click();
  await expect(status).toContainText('“满意度指数”要填一个数字');

  await drill.getByLabel('满意度指数').fill('81.4');
  await drill.getByLabel('最该先改进的一项').selectOption({ label: '菜品口味' });
  await check.click();
  await expect(status).toContainText('✗');
  await expect(status).toContainText('指数 = 3.93 ÷ 5 × 100 = 78.6');

  await drill.getByLabel('满意度指数').fill('78.6');
  await drill.getByLabel('最该先改进的一项').selectOption({ label: '上菜速度' });
  await check.click();
  await expect(status).toContainText('✓ 答对了');
});

test('lifetime value drill accepts answers typed with separators and rounding', async ({ page }) => {
  const drill = await openDrill(page, '/en/chapters/identifying-customers/', 'Skill drill: customer lifetime value');
  await drill.getByLabel('Yearly net contribution (yuan)').fill('360');
  await drill.getByLabel('Customer lifetime value (yuan)').fill('1,410');
  await drill.getByRole('button', { name: 'Check my answer' }).click();
  await expect(drill.getByRole('status')).toContainText('Not quite');
  await expect(drill.getByRole('status')).toContainText('Customer lifetime value = 984.38 − 30 = 954.38 yuan');
  await drill.getByLabel('Customer lifetime value (yuan)').fill('954');
  await drill.getByRole('button', { name: 'Check my answer' }).click();
  await expect(drill.getByRole('status')).toContainText('Correct');
});

test('ABC tiering drill marks the customers tiered wrongly', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/identifying-customers/', '技能训练：给客户分级（ABC分类）');
  const tiers: Record<string, string> = { 城商行分行: 'A', 电子厂: 'A', 区实验中学: 'A', 广告公司: 'B', 商务酒店: 'B', 律师事务所: 'B', 社区诊所: 'C', 设计工作室: 'C' };
  for (const [name, tier] of Object.entries(tiers)) await drill.getByLabel(`${name} 等级`).selectOption(tier === 'A' && name === '区实验中学' ? 'B' : tier);
  await drill.getByRole('button', { name: '检查答案' }).click();
  await expect(drill.getByRole('status')).toContainText('✗ 区实验中学');
  await expect(drill.getByRole('status')).toContainText('区实验中学：12万元，占 12%，累计 72%，应为A类');
  await drill.getByLabel('区实验中学 等级').selectOption('A');
  await drill.getByRole('button', { name: '检查答案' }).click();
  await expect(drill.getByRole('status')).toContainText('✓ 答对了');
});

test('RFM drill names each segment with what to do', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/identifying-customers/', '技能训练：RFM客户细分');
  await drill.getByLabel('林女士 客户类型').selectOption({ label: '重要价值客户' });
  await drill.getByRole('button', { name: '检查答案' }).click();
  await expect(drill.getByRole('status')).toContainText('还有没填的地方');
  const answers: Record<string, string> = {
    吴先生: '重要保持客户', 郑同学: '重要发展客户', 孙阿姨: '重要挽留客户', 何先生: '一般维护客户',
    马女士: '一般保持客户', 高同学: '一般发展客户', 罗先生: '一般客户（可能已流失）',
  };
  for (const [name, segment] of Object.entries(answers)) await drill.getByLabel(`${name} 客户类型`).selectOption({ label: segment });
  await drill.getByRole('button', { name: '检查答案' }).click();
  await expect(drill.getByRole('status')).toContainText('✓ 答对了');
  await expect(drill.getByRole('status')).toContainText('吴先生：R低、F高、M高，是重要保持客户。');
});

test('forbidden-phrase drill names the phrase left in a reply and shows model answers', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/customer-service/', '技能训练：改掉服务禁忌语');
  const check = drill.getByRole('button', { name: '检查答案' });
  const status = drill.getByRole('status');
  await drill.getByLabel('第 1 句：你改写的回答').fill('');
  await check.click();
  await expect(status).toContainText('还有没填的地方：第 1 句');

  await drill.getByLabel('第 1 句：你改写的回答').fill('我换个途径帮您核实，下午五点前给您回电。');
  await drill.getByLabel('第 3 句：你改写的回答').fill('不可能多扣，我帮您查查账单。');
  await check.click();
  await expect(status).toContainText('第 3 句还有禁忌语“不可能”');
  await expect(status).not.toContainText('第 1 句还有');
  await expect(status).toContainText('第 2 句还有禁忌语“不归我管”');
  await expect(status).toContainText('参考说法');

  for (const [n, text] of [[2, '我马上给安装部门派单，明天上午师傅上门前先给您打电话。'], [3, '多扣了钱确实让人着急，我帮您逐项核对账单。'], [4, '只差一天，我帮您申请换码或换款。']] as const) {
    await drill.getByLabel(`第 ${n} 句：你改写的回答`).fill(text);
  }
  await check.click();
  await expect(status).toContainText('✓ 答对了');
});

test('forbidden-phrase drill in English matches the English wording', async ({ page }) => {
  const drill = await openDrill(page, '/en/chapters/customer-service/', 'Skill drill: rewrite the forbidden phrases');
  await drill.getByRole('button', { name: 'Check my answer' }).click();
  const status = drill.getByRole('status');
  await expect(status).toContainText('Reply 4 still says “those are the rules”');
  await expect(status).toContainText('Model answers');
  await drill.getByRole('button', { name: 'Start again' }).click();
  await expect(drill.getByLabel('Reply 1: your rewrite')).toHaveValue(/I can't find it/);
});
