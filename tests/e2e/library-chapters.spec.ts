/**
 * The role-plays of the lesson plan's chapter role-plays (chapters 3, 4, 6 and 8): each is
 * linked from its chapter's page, and its best path, played in Chinese or English, reaches
 * its best ending with a passing debrief.
 */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { nodesAfter, shippedScenario } from './course.ts';
import { en, zh } from './strings.ts';

/** Each scenario with the locale it is played in and the ending its best path must reach. */
const CASES = [
  { id: 'key-people-man', locale: 'zh', ending: 'pilot-signed' },
  { id: 'developing-relationship', locale: 'en', ending: 'relationship' },
  { id: 'satisfaction-recovery', locale: 'zh', ending: 'birthday-saved' },
  { id: 'win-back', locale: 'en', ending: 'back-on-card' },
  { id: 'satisfaction-survey', locale: 'zh', ending: 'fixed' },
  { id: 'double-charge', locale: 'en', ending: 'refunded' },
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { id, locale, ending: endingId } of CASES) {
  const t = locale === 'zh' ? zh : en;
  const prefix = locale === 'zh' ? '' : '/en';

  test(`${id}: linked from its chapter, and the best path in ${locale} reaches "${endingId}" and passes`, async ({ page }) => {
    const scenario = shippedScenario(id);
    const path = bestPath(scenario) as { node: string; choice: number }[];
    expect(path.length).toBeGreaterThanOrEqual(6);
    expect(nodesAfter(scenario, path).at(-1)).toBe(endingId);
    const ending = scenario.endings[endingId]!;

    const chapter = scenario.chapter.split('#')[0];
    await page.goto(`${prefix}/chapters/${chapter}/`);
    await page.getByRole('link', { name: scenario.title[locale], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(`${prefix}/scenarios/${id}/`)}$`));

    await expect(page.locator('.choices button').first()).toBeEnabled();
    for (const step of path) {
      const node = scenario.nodes[step.node]!;
      await expect(page.locator('.current .line').first()).toContainText(node.say[locale]);
      await page.getByRole('button', { name: node.choices[step.choice]!.text[locale], exact: true }).click();
    }

    await expect(page.getByRole('heading', { name: new RegExp(escape(ending.title[locale])) })).toBeVisible();
    await expect(page.getByText(t('player.outcome.retained'), { exact: true })).toBeVisible();
    await expect(page.getByText(`✓ ${t('player.passed', { mark: scenario.passMark })}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: t('debrief.whyFailed') })).toHaveCount(0);
  });
}
