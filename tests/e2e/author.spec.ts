import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { en, zh } from './strings.ts';

test('an author checks a broken file by line, then tries and downloads a valid one', async ({ page }) => {
  await page.goto('/author/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  const source = page.getByLabel(zh('author.paste'));

  await source.fill(readFileSync('tests/fixtures/scenarios/broken/dangling-target.yaml', 'utf8'));
  await page.getByRole('button', { name: zh('author.check') }).click();
  await expect(page.getByRole('alert')).toContainText(zh('author.problems', { n: 2 }));
  await expect(page.locator('#author-problems li').filter({ hasText: 'neither a node nor an ending' })).toHaveText(/^第 \d+ 行/);

  await source.fill('a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]');
  await page.getByRole('button', { name: zh('author.check') }).click();
  await expect(page.locator('#author-problems li').filter({ hasText: 'YAML aliases' })).toHaveText(/^第 \d+ 行/);

  await page.getByLabel(zh('author.pick')).setInputFiles('tests/fixtures/scenarios/valid/tiny-call.yaml');
  await expect(page.getByRole('status').filter({ hasText: zh('author.valid', { nodes: 2, endings: 2, hash: '' }).slice(0, 4) })).toBeVisible();
  await expect(page.locator('svg.scenario-map')).toBeVisible();

  // The draft plays at once, and nothing reaches the learner's record.
  await page.getByRole('button', { name: '马上接听。' }).click();
  await page.getByRole('button', { name: '您好，这里是客服中心。' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(zh('player.ending')) })).toBeVisible();
  const attempts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('attempts')) return resolve(0);
          const count = db.transaction('attempts').objectStore('attempts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(attempts).toBe(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: zh('author.download', { file: 'tiny-call.yaml' }) }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tiny-call.yaml');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync('tests/fixtures/scenarios/valid/tiny-call.yaml', 'utf8'));
});

test('the English author page refuses an oversized file with a clear message', async ({ page }) => {
  await page.goto('/en/author/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  await page.getByLabel(en('author.pick')).setInputFiles({ name: 'big.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(300 * 1024, 'a') });
  await expect(page.getByRole('alert')).toHaveText(en('author.refusal.too-large', { kb: 300, maxKb: 256 }));
});
