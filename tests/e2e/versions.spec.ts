/**
 * /progress replays an attempt on the version of the scenario it was played on,
 * fetched by its content hash, even after the scenario has changed.
 */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { contentHash } from '../../src/domain/scenario/hash.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { zh, en } from './strings.ts';

test('an attempt made on an earlier version is replayed and re-scored on that version', async ({ page }) => {
  const current = shippedScenario();
  const path = bestPath(current) as { node: string; choice: number }[];
  // Last term's version: the first choice was worth less, and the ending had another title.
  const earlier = structuredClone(current);
  const first = earlier.nodes[path[0]!.node]!.choices[path[0]!.choice]!;
  for (const key of Object.keys(first.scores) as (keyof typeof first.scores)[]) first.scores[key] = 0;
  const played = replay(earlier, path);
  if (!played.ok || !played.played.ending) throw new Error('the best path does not end the earlier version');
  const ending = played.played.ending;
  earlier.endings[ending]!.title.zh = '上学期的结局';
  const hash = contentHash(earlier);
  expect(played.played.score).not.toEqual((replay(current, path) as { ok: true; played: { score: unknown } }).played.score);

  // The archive serves that version at its hash, as the build does for every archived file.
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.route(`**/content/scenarios/${SCENARIO_ID}/${hash}.json`, (route) => route.fulfill({ json: { id: SCENARIO_ID, hash, scenario: earlier } }));

  await page.goto('/progress/');
  await expect(page.getByText(zh('progress.empty'))).toBeVisible();
  await page.evaluate(
    async (attempt) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('attempts', 'readwrite');
        tx.objectStore('attempts').put(attempt);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      id: 'last-term',
      format: 1,
      scenarioId: SCENARIO_ID,
      contentHash: hash,
      locale: 'zh',
      mode: 'practice',
      status: 'finished',
      startedAt: 1,
      updatedAt: 2,
      finishedAt: Date.now(),
      steps: path,
      ending,
      score: played.played.score,
    },
  );
  await page.reload();

  const attempt = page.locator('.attempt').first();
  await expect(attempt.locator('.meta')).toContainText('上学期的结局');
  await attempt.getByText(zh('progress.replay')).click();
  await expect(attempt).toContainText(zh('progress.rescored'));
  await expect(attempt).not.toContainText(zh('progress.otherVersion', { then: '', now: '' }).slice(0, 12));
  expect(requested).toContain(`/content/scenarios/${SCENARIO_ID}/${hash}.json`);
});

test('when the questions cannot be fetched, the exam says so in the page language and tries again on request', async ({ page }) => {
  await page.route('**/content/questions/**', (route) => route.abort());
  await page.goto('/en/exam/');
  // The banks are fetched when a paper is started.
  await page.getByRole('button', { name: en('exam.start') }).click();
  await expect(page.getByRole('alert')).toHaveText(/The course content could not be loaded/);
  await page.unroute('**/content/questions/**');
  await page.getByRole('button', { name: en('content.retry') }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when a chapter’s questions cannot be fetched, its practice says so in the page language and tries again on request', async ({ page }) => {
  await page.route('**/content/questions/**', (route) => route.abort());
  await page.goto('/quizzes/customer-service/');
  await expect(page.getByRole('alert')).toHaveText(new RegExp(zh('content.unreachable').slice(0, 8)));
  await expect(page.getByRole('button', { name: zh('quiz.check'), exact: true })).toHaveCount(0);
  await page.unroute('**/content/questions/**');
  await page.getByRole('button', { name: zh('content.retry') }).click();
  await expect(page.getByRole('button', { name: zh('quiz.check'), exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
