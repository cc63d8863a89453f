import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CHAPTER_SLUG, SCENARIO_ID } from './course.ts';
import { zh, en } from './strings.ts';

const PAGES = [
  '/',
  '/glossary/',
  '/search/',
  '/quizzes/',
  '/quizzes/customer-service/',
  '/exam/',
  '/review/',
  `/chapters/${CHAPTER_SLUG}/`,
  `/scenarios/${SCENARIO_ID}/`,
  '/progress/',
  '/chapters/',
  '/scenarios/',
];

for (const locale of ['zh', 'en'] as const) {
  for (const path of PAGES) {
    const url = locale === 'en' ? `/en${path}` : path;
    test(`${url} loads in ${locale}, has the shared navigation, and axe finds no serious violation`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      const nav = page.getByRole('navigation', { name: locale === 'zh' ? zh('nav.label') : en('nav.label') });
      await expect(nav.getByRole('link')).toHaveCount(7);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the language switch keeps the learner on the same page', async ({ page }) => {
  await page.goto(`/chapters/${CHAPTER_SLUG}/`);
  await page.getByRole('link', { name: zh('nav.switchLabel') }).click();
  await expect(page).toHaveURL(new RegExp(`/en/chapters/${CHAPTER_SLUG}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: en('nav.switchLabel') }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${CHAPTER_SLUG}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('every page fits a 360 px wide phone screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('a chapter read to its end counts on the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.glance dd').first()).toHaveText(/^0 \/ \d+$/);
  await page.goto(`/chapters/${CHAPTER_SLUG}/`);
  await page.locator('#chapter-end').scrollIntoViewIfNeeded();
  await expect(page.locator('#chapter-end')).toContainText(zh('chapter.read'));
  await page.goto('/');
  await expect(page.locator('.glance dd').first()).toHaveText(/^1 \/ \d+$/);
});

for (const [path, lang, first, home, otherHome] of [
  ['/no-such-page/', 'zh-CN', zh('notFound.title'), '/', '/en/'],
  ['/en/no-such-page/', 'en', en('notFound.title'), '/en/', '/'],
] as const) {
  test(`an unknown address (${path}) shows the not-found page in its language first, with working links to both languages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    expect((await h1.innerText()).startsWith(first)).toBe(true);
    expect(await page.locator('main a').first().getAttribute('href')).toBe(home);
    const serious = (await new AxeBuilder({ page }).analyze()).violations;
    expect(serious.map((v) => v.id)).toEqual([]);
    // Every link leads to a real page: nothing loops back to a 404.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toContain(otherHome);
    for (const href of new Set(hrefs.filter((h) => h.startsWith('/')))) expect((await page.request.get(href)).status(), href).toBe(200);
  });
}

test("a chapter prints its drills' questions and data, without navigation or buttons", async ({ page }) => {
  await page.goto('/chapters/identifying-customers/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#summary')).toBeVisible();
  const drills = page.locator('.drill');
  await expect(drills).toHaveCount(3);
  for (const drill of await drills.all()) {
    await expect(drill.getByRole('heading', { level: 3 })).toBeVisible();
    await expect(drill.locator('p').first()).toBeVisible();
    for (const button of await drill.getByRole('button').all()) await expect(button).toBeHidden();
  }
  await expect(page.locator('.drill', { hasText: '给客户分级' }).getByRole('rowheader', { name: '城商行分行' })).toBeVisible();
  await expect(page.locator('.drill', { hasText: '给客户分级' }).locator('td', { hasText: '38' })).toBeVisible();
});

test('a chapter links to its quiz, and the glossary links back to the chapters', async ({ page }) => {
  await page.goto('/chapters/churn-and-retention/');
  await page.getByRole('link', { name: /做本章的 \d+ 道练习题/ }).click();
  await expect(page).toHaveURL(/\/quizzes\/churn-and-retention\/$/);
  await page.goto('/glossary/');
  await page.locator('.glossary dd a[href*="/chapters/churn-and-retention/#lscia"]').first().click();
  await expect(page).toHaveURL(/\/chapters\/churn-and-retention\/#lscia$/);
});

test("chapters 2 and 3 link to each other's lifetime-value method in the same language", async ({ page }) => {
  await page.goto('/en/chapters/crm-overview/');
  await page.getByRole('link', { name: 'its section on customer lifetime value' }).click();
  await expect(page).toHaveURL(/\/en\/chapters\/identifying-customers\/#customer-lifetime-value$/);
  await page.getByRole('link', { name: 'its section on customer assets' }).click();
  await expect(page).toHaveURL(/\/en\/chapters\/crm-overview\/#customer-assets$/);
});
