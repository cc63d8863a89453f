/**
 * The role-plays of the satisfaction and churn chapters: each is listed on its chapter
 * page, and its best path plays through to its best ending with a passing debrief, one
 * in Chinese and one in English.
 */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { nodesAfter, shippedScenario } from './course.ts';
import { en, zh } from './strings.ts';

/** Each scenario with the locale it is played in and the ending its best path must reach. */
const CASES = [
  { id: 'satisfaction-recovery', locale: 'zh', ending: 'birthday-saved' },
  { id: 'win-back', locale: 'en', ending: 'back-on-card' },
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { id, locale, ending: endingId } of CASES) {
  const t = locale === 'zh' ? zh : en;
  const prefix = locale === 'zh' ? '' : '/en';

  test(`${id}: listed on its chapter page; the best path, played in ${locale}, keeps the customer and passes`, async ({ page }) => {
    const scenario = shippedScenario(id);
    const path = bestPath(scenario) as { node: string; choice: number }[];
    expect(path.length).toBeGreaterThanOrEqual(6);
    expect(nodesAfter(scenario, path).at(-1)).toBe(endingId);
    const ending = scenario.endings[endingId]!;

    await page.goto(`${prefix}/chapters/${scenario.chapter.split('#')[0]}/`);
    await expect(page.getByRole('link', { name: scenario.title[locale], exact: true })).toHaveAttribute('href', `${prefix}/scenarios/${id}/`);

    await page.goto(`${prefix}/scenarios/${id}/`);
    await expect(page.locator('.choices button').first()).toBeEnabled();
    for (const step of path) {
      const node = scenario.nodes[step.node]!;
      await expect(page.locator('.current .line').first()).toContainText(node.say[locale]);
      await page.getByRole('button', { name: node.choices[step.choice]!.text[locale], exact: true }).click();
    }

    await expect(page.getByRole('heading', { name: new RegExp(escape(ending.title[locale])) })).toBeVisible();
    await expect(page.getByText(t('player.outcome.retained'), { exact: true })).toBeVisible();
    await expect(page.locator('p.pass')).toContainText(t('player.passed', { mark: scenario.passMark }));
    await expect(page.getByRole('heading', { name: t('debrief.whyFailed') })).toHaveCount(0);
  });
}
