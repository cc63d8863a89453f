import { expect, test, type Locator } from '@playwright/test';
import { zh, en } from './strings.ts';

async function openDrill(page: import('@playwright/test').Page, url: string, title: string): Promise<Locator> {
  await page.goto(url);
  const drill = page.locator('.drill', { has: page.getByRole('heading', { name: title }) });
  await drill.scrollIntoViewIfNeeded();
  await expect(drill.getByRole('button', { name: new RegExp(`${zh('drill.check')}|${en('drill.check')}`) })).toBeVisible();
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
  const drill = await openDrill(page, '/chapters/customer-satisfaction/', zh('drill.csi.title'));
  const check = drill.getByRole('button', { name: zh('drill.check') });
  const status = drill.getByRole('status');

  await check.click();
  await expect(status).toContainText(zh('drill.unanswered', { what: zh('drill.csi.index') }));
  await drill.getByLabel(zh('drill.csi.index')).fill('八十');
  await check.click();
  await expect(status).toContainText(zh('drill.notNumber', { what: zh('drill.csi.index') }));

  await drill.getByLabel(zh('drill.csi.index')).fill('81.4');
  await drill.getByLabel(zh('drill.csi.weakest')).selectOption({ label: '菜品口味' });
  await check.click();
  await expect(status).toContainText('✗');
  await expect(status).toContainText('指数 = 3.93 ÷ 5 × 100 = 78.6');

  await drill.getByLabel(zh('drill.csi.index')).fill('78.6');
  await drill.getByLabel(zh('drill.csi.weakest')).selectOption({ label: '上菜速度' });
  await check.click();
  await expect(status).toContainText(`✓ ${zh('drill.correct').replace('。', '')}`);
});

test('lifetime value drill accepts answers typed with separators and rounding', async ({ page }) => {
  const drill = await openDrill(page, '/en/chapters/identifying-customers/', en('drill.clv.title'));
  await drill.getByLabel(en('drill.clv.contribution')).fill('360');
  await drill.getByLabel(en('drill.clv.value')).fill('1,410');
  await drill.getByRole('button', { name: en('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText('Not quite');
  await expect(drill.getByRole('status')).toContainText('Customer lifetime value = 984.38 − 30 = 954.38 yuan');
  await drill.getByLabel(en('drill.clv.value')).fill('954');
  await drill.getByRole('button', { name: en('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText('Correct');
});

test('ABC tiering drill marks the customers tiered wrongly', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/identifying-customers/', zh('drill.abc.title'));
  const tiers: Record<string, string> = {
    城商行分行: 'A',
    电子厂: 'A',
    区实验中学: 'A',
    广告公司: 'B',
    商务酒店: 'B',
    律师事务所: 'B',
    社区诊所: 'C',
    设计工作室: 'C',
  };
  for (const [name, tier] of Object.entries(tiers))
    await drill.getByLabel(`${name} ${zh('drill.abc.tier')}`).selectOption(tier === 'A' && name === '区实验中学' ? 'B' : tier);
  await drill.getByRole('button', { name: zh('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText('✗ 区实验中学');
  await expect(drill.getByRole('status')).toContainText('区实验中学：12万元，占 12%，累计 72%，应为A类');
  await drill.getByLabel(`区实验中学 ${zh('drill.abc.tier')}`).selectOption('A');
  await drill.getByRole('button', { name: zh('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText(`✓ ${zh('drill.correct').replace('。', '')}`);
});

test('RFM drill names each segment with what to do', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/identifying-customers/', zh('drill.rfm.title'));
  await drill.getByLabel(`林女士 ${zh('drill.rfm.segment')}`).selectOption({ label: zh('rfm.hhh') });
  await drill.getByRole('button', { name: zh('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText(zh('drill.unanswered', { what: '' }).replace('：。', ''));
  const answers: Record<string, string> = {
    吴先生: zh('rfm.lhh'),
    郑同学: zh('rfm.hlh'),
    孙阿姨: zh('rfm.llh'),
    何先生: zh('rfm.hhl'),
    马女士: zh('rfm.lhl'),
    高同学: zh('rfm.hll'),
    罗先生: zh('rfm.lll'),
  };
  for (const [name, segment] of Object.entries(answers)) await drill.getByLabel(`${name} ${zh('drill.rfm.segment')}`).selectOption({ label: segment });
  await drill.getByRole('button', { name: zh('drill.check') }).click();
  await expect(drill.getByRole('status')).toContainText(`✓ ${zh('drill.correct').replace('。', '')}`);
  await expect(drill.getByRole('status')).toContainText('吴先生：R低、F高、M高，是重要保持客户。');
});

test('forbidden-phrase drill names the phrase left in a reply and shows model answers', async ({ page }) => {
  const drill = await openDrill(page, '/chapters/customer-service/', zh('drill.rewrite.title'));
  const check = drill.getByRole('button', { name: zh('drill.check') });
  const status = drill.getByRole('status');
  await drill.getByLabel(zh('drill.rewrite.reply', { n: 1 })).fill('');
  await check.click();
  await expect(status).toContainText(zh('drill.unanswered', { what: '' }).replace('。', '') + '第 1 句');

  await drill.getByLabel(zh('drill.rewrite.reply', { n: 1 })).fill('我换个途径帮您核实，下午五点前给您回电。');
  await drill.getByLabel(zh('drill.rewrite.reply', { n: 3 })).fill('不可能多扣，我帮您查查账单。');
  await check.click();
  await expect(status).toContainText('第 3 句还有禁忌语“不可能”');
  await expect(status).not.toContainText('第 1 句还有');
  await expect(status).toContainText('第 2 句还有禁忌语“不归我管”');
  await expect(status).toContainText(zh('drill.rewrite.models'));

  for (const [n, text] of [
    [2, '我马上给安装部门派单，明天上午师傅上门前先给您打电话。'],
    [3, '多扣了钱确实让人着急，我帮您逐项核对账单。'],
    [4, '只差一天，我帮您申请换码或换款。'],
  ] as const) {
    await drill.getByLabel(zh('drill.rewrite.reply', { n })).fill(text);
  }
  await check.click();
  await expect(status).toContainText(`✓ ${zh('drill.correct').replace('。', '')}`);
});

test('forbidden-phrase drill in English matches the English wording', async ({ page }) => {
  const drill = await openDrill(page, '/en/chapters/customer-service/', en('drill.rewrite.title'));
  await drill.getByRole('button', { name: en('drill.check') }).click();
  const status = drill.getByRole('status');
  await expect(status).toContainText('Reply 4 still says “those are the rules”');
  await expect(status).toContainText(en('drill.rewrite.models'));
  await drill.getByRole('button', { name: en('drill.reset') }).click();
  await expect(drill.getByLabel('Reply 1: your rewrite')).toHaveValue(/I can't find it/);
});
