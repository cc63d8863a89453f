import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { zh, en } from './strings.ts';

test('a learner exports their record and imports it on another device; a bad file changes nothing', async ({ browser }) => {
  // Device 1: read a chapter, then export.
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto('/chapters/crm-systems/');
  await page.locator('#chapter-end').scrollIntoViewIfNeeded();
  await expect(page.locator('#chapter-end')).toContainText(zh('chapter.read'));
  await page.goto('/progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: zh('backup.export') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^service-dojo-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'service-dojo-backup', tables: { chapterReads: [{ slug: 'crm-systems' }] } });
  await first.close();

  // Device 2: a bad file first, then the real one.
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto('/en/progress/');
  const input = other.getByLabel(en('backup.import'));
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(other.getByRole('alert')).toContainText('Nothing was imported and your record is unchanged: This is not a Service Dojo backup file.');
  await expect(other.getByRole('heading', { name: /Chapters read: 0 \// })).toBeVisible();

  await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(other.getByRole('status').filter({ hasText: en('backup.imported') })).toContainText(
    en('backup.changes', { table: en('backup.table.chapterReads'), added: 1, updated: 0, kept: 0, same: 0 }),
  );
  await expect(other.getByRole('heading', { name: /Chapters read: 1 \// })).toBeVisible();
  await second.close();
});
