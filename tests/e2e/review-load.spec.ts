/**
 * Today's due questions come from several chapters' banks: the notebook shows the first as
 * soon as its own bank is in, fetches the others while it is answered, and says so should
 * they not come.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { putRow } from './storage-drills.ts';
import { zh } from './strings.ts';

/** A card due `hoursAgo` hours ago, as a wrong answer some days back would have left it. */
function dueCard(questionId: string, chapter: string, hoursAgo: number) {
  const due = Date.now() - hoursAgo * 3_600_000;
  return {
    questionId,
    chapter,
    card: {
      due: new Date(due).toISOString(),
      stability: 1,
      difficulty: 5,
      elapsed_days: 1,
      scheduled_days: 1,
      reps: 1,
      lapses: 1,
      learning_steps: 0,
      state: 2,
    },
    addedAt: due - 86_400_000,
    due,
  };
}

/** Holds the requests for one chapter's bank until the returned function is called (with `fail`, they fail). */
async function holdBank(page: Page, chapter: string): Promise<(fail?: boolean) => Promise<void>> {
  const held: Route[] = [];
  await page.route(`**/content/questions/${chapter}/*.json`, (route) => void held.push(route));
  return async (fail = false) => {
    await Promise.all(held.splice(0).map((route) => (fail ? route.abort() : route.continue())));
    await page.unroute(`**/content/questions/${chapter}/*.json`);
  };
}

async function answerAndGoOn(page: Page) {
  await page.locator('fieldset.question input').first().check();
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await page.getByRole('button', { name: zh('review.next') }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/review/');
  await expect(page.getByText(zh('review.none'))).toBeVisible();
  await putRow(page, 'reviewCards', dueCard('crm-overview-02', 'crm-overview', 2));
  await putRow(page, 'reviewCards', dueCard('customer-service-03', 'customer-service', 1));
});

test('the first due question shows while the next chapter’s bank is still on its way', async ({ page }) => {
  const release = await holdBank(page, 'customer-service');
  await page.reload();
  await expect(page.locator('fieldset.question legend')).toContainText(zh('quiz.number', { n: 1 }));
  await expect(page.getByText(zh('review.due', { n: 2 }))).toBeVisible();
  await answerAndGoOn(page);
  // The second question's bank has not come yet: the card waits for it.
  await expect(page.getByText(zh('common.loading'))).toBeVisible();
  await release();
  await expect(page.locator('fieldset.question legend')).toContainText(zh('quiz.number', { n: 2 }));
  await expect(page.getByText(zh('review.due', { n: 1 }))).toBeVisible();
});

test('a bank that does not come is said where its question would be, and Retry fetches it', async ({ page }) => {
  const release = await holdBank(page, 'customer-service');
  await page.reload();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await release(true);
  await answerAndGoOn(page);
  await expect(page.getByRole('alert')).toHaveText(new RegExp(zh('content.unreachable')));
  await page.getByRole('button', { name: zh('content.retry') }).click();
  await expect(page.locator('fieldset.question legend')).toContainText(zh('quiz.number', { n: 2 }));
});

test('a due question no longer in its bank is left out once that bank is in', async ({ page }) => {
  await putRow(page, 'reviewCards', dueCard('customer-service-999', 'customer-service', 1.5));
  await page.reload();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await expect(page.getByText(zh('review.due', { n: 2 }))).toBeVisible();
  await answerAndGoOn(page);
  await expect(page.getByText(zh('review.due', { n: 1 }))).toBeVisible();
  await answerAndGoOn(page);
  await expect(page.getByText(zh('review.finished'), { exact: false })).toBeVisible();
});
