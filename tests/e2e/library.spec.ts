/**
 * The scenario library: each role-play is listed on the scenario index and on its
 * chapter's page, and its best path plays through in Chinese to its best ending with
 * a passing debrief. One `test.describe` per scenario.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { nodesAfter, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

/** The index and the chapter page both link to the scenario by its title. */
async function expectListed(page: Page, scenario: Scenario) {
  await page.goto('/scenarios/');
  await expect(page.getByRole('link', { name: scenario.title.zh, exact: true })).toHaveAttribute('href', `/scenarios/${scenario.id}/`);
  const chapter = scenario.chapter.split('#')[0];
  await page.goto(`/chapters/${chapter}/`);
  await expect(page.getByRole('link', { name: scenario.title.zh, exact: true })).toHaveAttribute('href', `/scenarios/${scenario.id}/`);
}

/**
 * Plays the model agent's path (the best-scoring choice at each node), checking each
 * customer line as it comes; `atNode` runs on arriving at a node, before choosing.
 * Returns the ending reached.
 */
async function playBestPath(page: Page, scenario: Scenario, atNode: (node: string) => Promise<void> = async () => {}) {
  const path = bestPath(scenario) as { node: string; choice: number }[];
  await page.goto(`/scenarios/${scenario.id}/`);
  await expect(page.locator('.choices button').first()).toBeEnabled();
  for (const step of path) {
    const node = scenario.nodes[step.node]!;
    await expect(page.locator('.current .line').first()).toContainText(node.say.zh);
    await atNode(step.node);
    await page.getByRole('button', { name: node.choices[step.choice]!.text.zh, exact: true }).click();
  }
  return scenario.endings[nodesAfter(scenario, path).at(-1)!]!;
}

/** The debrief names the ending and says the attempt passed. */
async function expectPassed(page: Page, scenario: Scenario, endingTitle: string) {
  await expect(page.getByRole('heading', { name: new RegExp(endingTitle) })).toBeVisible();
  await expect(page.locator('p.pass')).toContainText(zh('player.passed', { mark: scenario.passMark }));
}

test.describe('hold and transfer', () => {
  const scenario = shippedScenario('hold-and-transfer');

  test('is listed on the scenario index and on its chapter page', async ({ page }) => {
    await expectListed(page, scenario);
  });

  test('the best path, holding at the timed moment, reaches the installed ending and passes', async ({ page }) => {
    const timed = Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]!.timeLimit);
    expect(timed).toEqual(['on-hold']);
    const ending = await playBestPath(page, scenario, async (node) => {
      // The hold is a timed moment: the clock shows while the learner decides.
      if (node === 'on-hold') await expect(page.getByRole('timer')).toBeVisible();
    });
    expect(ending).toBe(scenario.endings.installed);
    await expectPassed(page, scenario, ending.title.zh);
  });
});

test.describe('repair follow-up', () => {
  const scenario = shippedScenario('repair-follow-up');

  test('is listed on the scenario index and on its chapter page', async ({ page }) => {
    await expectListed(page, scenario);
  });

  test('the best path reaches the fixed ending and passes', async ({ page }) => {
    const ending = await playBestPath(page, scenario);
    expect(ending).toBe(scenario.endings.fixed);
    await expectPassed(page, scenario, ending.title.zh);
  });
});
