/**
 * Bad backup files from the corpus (`tests/fixtures/backups/`) are refused on /progress
 * with their reason in the learner's language and the page keeps working; a record that
 * cannot be shown leaves the backup panel usable; records with markup are shown as text;
 * a score edited in a backup is shown as replaying the steps gives it, and marked.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { BACKUP_LIMITS } from '../../src/storage/backup-bounds.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { en, zh } from './strings.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');
const good = () => JSON.parse(fixture('good.json'));

async function importFile(page: Page, label: string, text: string | Buffer) {
  await page.getByLabel(label).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

/** The page still works: the record is shown and a backup can still be exported. */
async function stillWorks(page: Page, t: typeof zh) {
  await expect(page.getByRole('heading', { name: new RegExp(`^${t('progress.chaptersRead')}`) })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('backup.export') }).click()]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({ format: 'service-dojo-backup' });
}

test('bad files are refused with their reason, in Chinese and in English, and the page keeps working', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByText(zh('backup.limits', { megabytes: 20, records: 50000, chars: 20000, depth: 16 }))).toBeVisible();
  const cases: [string, string][] = [
    ['proto-in-answers.json', zh('backup.problem.forbidden-key', { path: 'tables.exams.0.answers.__proto__' })],
    ['date-year-3000.json', zh('backup.problem.invalid-field', { path: 'tables.chapterReads.0.readAt' })],
    ['too-deep.json', zh('backup.problem.too-deep', { limit: 16 })],
  ];
  for (const [file, reason] of cases) {
    await importFile(page, zh('backup.import'), fixture(file));
    await expect(page.getByRole('alert')).toHaveText(zh('backup.refused', { reason }));
  }
  await importFile(page, zh('backup.import'), Buffer.alloc(BACKUP_LIMITS.bytes + 1, ' '));
  await expect(page.getByRole('alert')).toHaveText(zh('backup.refused', { reason: zh('backup.problem.too-large', { megabytes: 20 }) }));
  await expect(page.getByText(zh('progress.empty'))).toBeVisible();
  await stillWorks(page, zh);

  await page.goto('/en/progress/');
  await importFile(page, en('backup.import'), fixture('duplicate-attempt.json'));
  await expect(page.getByRole('alert')).toHaveText(en('backup.refused', { reason: en('backup.problem.duplicate-record', { path: 'tables.attempts.1' }) }));
  await importFile(page, en('backup.import'), fixture('string-too-long.json'));
  await expect(page.getByRole('alert')).toHaveText(
    en('backup.refused', { reason: en('backup.problem.too-long', { path: 'tables.attempts.0.scenarioId', limit: 20000 }) }),
  );
  await expect(page.getByText(en('progress.empty'))).toBeVisible();
  await stillWorks(page, en);
});

test('an import reports what it added, updated and kept, and a second import of the same file changes nothing', async ({ page }) => {
  await page.goto('/en/progress/');
  await importFile(page, en('backup.import'), fixture('good.json'));
  const report = page.getByRole('status').filter({ hasText: en('backup.imported') });
  const line = (table: 'attempts' | 'chapterReads', n: { added?: number; same?: number }) =>
    en('backup.changes', { table: en(`backup.table.${table}`), added: n.added ?? 0, updated: 0, kept: 0, same: n.same ?? 0 });
  await expect(report.locator('[data-table="attempts"]')).toHaveText(line('attempts', { added: 1 }));
  await expect(report.locator('[data-table="chapterReads"]')).toHaveText(line('chapterReads', { added: 1 }));
  await importFile(page, en('backup.import'), fixture('good.json'));
  await expect(report.locator('[data-table="attempts"]')).toHaveText(line('attempts', { same: 1 }));
});

test('a record that cannot be shown leaves the backup panel working, and says so', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByText(zh('progress.empty'))).toBeVisible();
  // A record edited in storage: a finish date no browser can show (past year 275760).
  await page.evaluate(
    async (record) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('attempts', 'readwrite');
        tx.objectStore('attempts').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { ...good().tables.attempts[0], finishedAt: 1e16 },
  );
  await page.reload();
  await expect(page.locator('.attempt').getByRole('alert')).toHaveText(zh('progress.partFailed'));
  await stillWorks(page, zh);
  await importFile(page, zh('backup.import'), fixture('good.json'));
  await expect(page.getByRole('status').filter({ hasText: zh('backup.imported') })).toBeVisible();
});

test('imported records with markup are shown as text', async ({ page }) => {
  const file = good();
  const markup = '<img src=x onerror="window.__injected=1"><b>bold</b>';
  file.tables.attempts[0].scenarioId = markup;
  await page.goto('/en/progress/');
  await importFile(page, en('backup.import'), JSON.stringify(file));
  await expect(page.locator('.attempt h3')).toHaveText(markup);
  await expect(page.locator('.attempt img, .attempt b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

test('a score edited in a backup is shown as replaying the steps gives it, on /progress and the home page, and the disagreement is marked', async ({
  page,
}) => {
  await page.goto('/en/progress/');
  const index = await (await page.request.get('/content/index.json')).json();
  const hash: string = index.scenarios.find((s: { id: string }) => s.id === SCENARIO_ID).hash;
  const scenario = shippedScenario();
  const steps = bestPath(scenario);
  const real = scoreMoves(scenario, steps);
  const file = good();
  Object.assign(file.tables.attempts[0], { scenarioId: SCENARIO_ID, contentHash: hash, steps, ending: undefined, score: { ...real, overall: 3 } });
  await importFile(page, en('backup.import'), JSON.stringify(file));
  const attempt = page.locator('.attempt');
  await expect(attempt.locator('.overall .percent')).toHaveText(String(real.overall));
  await expect(attempt.locator('[data-score-disagrees]')).toHaveText(en('progress.scoreDisagrees', { stored: 3, replayed: real.overall! }));
  // The home page's best score is the replayed one too.
  await page.goto('/en/');
  await expect(page.locator('[data-field="bestScore"]')).toHaveText(String(real.overall));
});
