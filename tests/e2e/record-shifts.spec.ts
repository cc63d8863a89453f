/**
 * Pages whose content comes from the learner's record paint their frame first and read the
 * record after: what the record brings (a due question, a practice resumed further on) takes
 * a place kept for it, and moves nothing already on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { shifts, watchShifts } from './shifts.ts';
import { holdTables, putRow } from './storage-drills.ts';

/** Opens `path` with the record read a second late, as on a slow phone, and returns what moved. */
async function openLate(page: Page, path: string, drawn: () => Promise<void>) {
  await watchShifts(page);
  await page.addInitScript(holdTables, { tables: null, ms: 1000 });
  await page.goto(path);
  await drawn();
  await page.waitForTimeout(300);
  return shifts(page);
}

for (const width of [1280, 360]) {
  test(`the notebook's due question comes in under its form and moves nothing (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/review/');
    await expect(page.locator('.review-filter')).toBeVisible();
    const now = Date.now();
    await putRow(page, 'reviewCards', {
      questionId: 'crm-overview-02',
      chapter: 'crm-overview',
      card: {
        due: new Date(now).toISOString(),
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        reps: 0,
        lapses: 0,
        learning_steps: 0,
        state: 0,
      },
      addedAt: now,
      due: now,
    });
    const moved = await openLate(page, '/review/', () => expect(page.locator('fieldset.question')).toBeVisible());
    expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
  });

  test(`a practice resumed at a later question replaces the first one without moving the page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const path = '/quizzes/churn-and-retention/';
    await page.goto(path);
    await expect(page.locator('.quiz:not([inert]) fieldset.question')).toBeVisible();
    await putRow(page, 'quizRuns', { chapter: 'churn-and-retention', startedAt: Date.now(), position: 46, answers: {} });
    const moved = await openLate(page, path, () => expect(page.locator('.quiz:not([inert]) fieldset.question legend')).toContainText('首问负责制'));
    expect(moved.total, moved.moves.join('\n')).toBeLessThanOrEqual(0.05);
  });
}
