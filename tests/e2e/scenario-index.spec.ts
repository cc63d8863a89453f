/** The scenario index's filters (by skill, difficulty, length, channel and chapter, kept in the address) and the chapter pages' role-play lists. */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { lengthOf } from '../../src/domain/library/length.ts';
import { shippedScenario } from './course.ts';
import { en, ui, zh } from './strings.ts';

const library = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => shippedScenario(f.replace('.yaml', '')))
  .map((s) => ({
    scenario: s,
    facets: {
      skill: s.skill ?? '',
      difficulty: s.difficulty ?? '',
      length: lengthOf(s).length,
      channel: s.channel ?? 'call',
      chapter: s.chapter.split('#')[0]!,
    } as Record<string, string>,
  }));
const titlesWhere = (filters: Record<string, string>) =>
  library
    .filter(({ facets }) => Object.entries(filters).every(([k, v]) => facets[k] === v))
    .map(({ scenario }) => scenario.title.zh)
    .sort();
const shownTitles = async (page: Page) => (await page.locator('[data-scenario]:visible h2').allInnerTexts()).sort();
const status = (page: Page) => page.locator('form[data-filters] [role="status"]');
const countText = (n: number) => (n === 0 ? zh('library.none') : zh('library.count', { n, total: library.length }));

/** A value of each facet that some scenarios have; the channel takes the one fewer scenarios have, so the filter hides something whenever the library has both. */
const examples: [string, string][] = ['skill', 'difficulty', 'length', 'channel', 'chapter'].map((facet) => {
  const values = library.map(({ facets }) => facets[facet]!);
  const rarest = [...new Set(values)].sort((a, b) => values.filter((v) => v === a).length - values.filter((v) => v === b).length)[0]!;
  return [facet, facet === 'channel' && new Set(values).size === 1 ? 'chat' : rarest];
});

for (const [facet, value] of examples) {
  test(`the index filters by ${facet} (${value}), keeps it in the address and announces the count`, async ({ page }) => {
    await page.goto('/scenarios/');
    await expect(status(page)).toHaveText(countText(library.length));
    await page.getByLabel(zh(`library.${facet}` as 'library.skill')).selectOption(value);
    const expected = titlesWhere({ [facet]: value });
    await expect(status(page)).toHaveText(countText(expected.length));
    expect(await shownTitles(page)).toEqual(expected);
    await expect(page).toHaveURL(new RegExp(`/scenarios/\\?${facet}=${value}$`));
  });
}

test('a filtered view survives a reload and opens the same from a shared link; clearing shows everything', async ({ page, browser }) => {
  const [, difficulty] = examples.find(([f]) => f === 'difficulty')!;
  const skill = library.find(({ facets }) => facets.difficulty === difficulty)!.facets.skill!;
  const expected = titlesWhere({ difficulty, skill });
  await page.goto('/scenarios/');
  await page.getByLabel(zh('library.difficulty')).selectOption(difficulty);
  await page.getByLabel(zh('library.skill')).selectOption(skill);
  await expect(status(page)).toHaveText(countText(expected.length));
  const shared = page.url();
  expect(new URL(shared).search).toBe(`?skill=${skill}&difficulty=${difficulty}`);

  await page.reload();
  await expect(page.getByLabel(zh('library.skill'))).toHaveValue(skill);
  await expect(page.getByLabel(zh('library.difficulty'))).toHaveValue(difficulty);
  expect(await shownTitles(page)).toEqual(expected);

  const student = await browser.newPage();
  await student.goto(shared);
  await expect(status(student)).toHaveText(countText(expected.length));
  expect(await shownTitles(student)).toEqual(expected);
  await student.close();

  await page.getByRole('link', { name: zh('library.clear') }).click();
  await expect(page).toHaveURL(/\/scenarios\/$/);
  await expect(page.locator('[data-scenario]:visible')).toHaveCount(library.length);
});

test('without JavaScript the whole index is readable, each role-play linked by its stable id', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/scenarios/?skill=complaints');
  await expect(page.locator('[data-scenario]:visible')).toHaveCount(library.length);
  for (const { scenario } of library) {
    await expect(page.getByRole('link', { name: scenario.title.en, exact: true })).toHaveAttribute('href', `/en/scenarios/${scenario.id}/`);
  }
  await context.close();
});

test('a chapter page lists its role-plays with their facets, linked by id', async ({ page }) => {
  const chapter = examples.find(([f]) => f === 'chapter')![1];
  const own = library.filter(({ facets }) => facets.chapter === chapter);
  await page.goto(`/en/chapters/${chapter}/`);
  const list = page.locator('section[aria-labelledby="practise"]');
  await expect(list.locator('[data-scenario]')).toHaveCount(own.length);
  for (const { scenario } of own) {
    const card = list.locator(`[data-scenario="${scenario.id}"]`);
    await expect(card.getByRole('link', { name: scenario.title.en, exact: true })).toHaveAttribute('href', `/en/scenarios/${scenario.id}/`);
    if (scenario.skill) await expect(card).toContainText(en(`library.skill.${scenario.skill}`));
    await expect(card).toContainText(en('library.lengthValue', { length: en(`library.length.${lengthOf(scenario).length}`), n: lengthOf(scenario).decisions }));
  }
});

for (const locale of ['zh', 'en'] as const) {
  test(`the index at phone width (${locale}): no axe violation, nothing wider than the screen, no English facet in Chinese`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${locale === 'en' ? '/en' : ''}/scenarios/?length=medium`);
    await expect(status(page)).toHaveText(
      ui(locale)('library.count', { n: library.filter(({ facets }) => facets.length === 'medium').length, total: library.length }),
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (locale === 'zh') expect(await page.locator('form[data-filters], .facets').allInnerTexts()).not.toContainEqual(expect.stringMatching(/[A-Za-z]{3}/));
  });
}
