/** The two complaint role-plays of the library, played in English along their best path to a passing debrief. */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { nodesAfter, shippedScenario } from './course.ts';
import { en } from './strings.ts';

/** Each scenario with the ending its best path must reach: keeping the customer, or handing over as the rules require. */
const CASES = [
  { id: 'complaint-clear', ending: 'retained', outcome: 'retained' },
  { id: 'repeat-repair-escalation', ending: 'case-owner', outcome: 'escalated' },
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { id, ending: endingId, outcome } of CASES) {
  test(`${id}: the best path, played in English, reaches its best ending and passes`, async ({ page }) => {
    const scenario = shippedScenario(id);
    const path = bestPath(scenario) as { node: string; choice: number }[];
    expect(nodesAfter(scenario, path).at(-1)).toBe(endingId);
    const ending = scenario.endings[endingId]!;

    await page.goto(`/en/scenarios/${id}/`);
    // The first moment is timed, so the call waits for the learner to start it.
    await page.getByRole('button', { name: en('player.start') }).click();
    for (const step of path) {
      await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.en, exact: true }).click();
    }

    await expect(page.getByRole('heading', { name: new RegExp(escape(ending.title.en)) })).toBeVisible();
    await expect(page.getByText(en(`player.outcome.${outcome}`), { exact: true })).toBeVisible();
    await expect(page.getByText(`✓ ${en('player.passed', { mark: scenario.passMark })}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: en('debrief.whyFailed') })).toHaveCount(0);
    if (ending.warranted) await expect(page.getByText(en('debrief.warranted', { reason: ending.warranted.en }))).toBeVisible();
  });
}
