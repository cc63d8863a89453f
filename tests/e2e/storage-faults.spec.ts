/**
 * Fault drills in Chromium: the browser's storage fails in each way it can (broken with
 * `addInitScript` before any page script runs), and each drill checks what the learner
 * is told and that nothing they did is lost.
 */
import { expect, test } from '@playwright/test';
import { choose, expectStored, holdTables, path, scenario, start, url } from './storage-drills.ts';
import { zh } from './strings.ts';

test.describe('IndexedDB will not open (private mode, a disabled or broken store)', () => {
  const errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
  });
  test.afterEach(() => expect(errors).toEqual([]));

  test('the home summary shows an empty record and says once that progress will not be kept', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-field="attemptsFinished"]')).toHaveText('0');
    await expect(page.getByText(zh('store.notKept'))).toHaveCount(1);
    await expect(page.getByText(zh('store.notKept'))).toBeVisible();
  });

  test('/progress shows the record (empty) instead of loading forever, and says it once', async ({ page }) => {
    await page.goto('/progress/');
    await expect(page.getByRole('heading', { name: zh('progress.scenarios'), exact: true })).toBeVisible();
    await expect(page.getByText(zh('progress.empty'))).toBeVisible();
    await expect(page.getByText(zh('store.notKept'))).toHaveCount(1);
  });

  test('the player plays on in memory, saying it once, with no error at each step', async ({ page }) => {
    await page.goto(url);
    await start(page);
    await choose(page, path[0]!);
    await choose(page, path[1]!);
    await expect(page.locator('.transcript .turn')).toHaveCount(2);
    await expect(page.getByText(zh('store.notKept'))).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  for (const [where, ready] of [
    ['/exam/', 'exam.start'],
    ['/review/', 'review.chapter'],
    ['/quizzes/customer-service/', 'quiz.check'],
  ] as const) {
    test(`${where} works on in memory and says once that progress will not be kept`, async ({ page }) => {
      await page.goto(where);
      await expect(page.getByText(zh('store.notKept'))).toHaveCount(1);
      await expect(page.getByText(zh(ready)).first()).toBeVisible();
    });
  }
});

for (const granted of [false, true]) {
  test(`persistent storage is asked for at the first save and /progress shows the answer (${granted ? 'granted' : 'refused'})`, async ({ page }) => {
    await page.addInitScript((granted) => {
      const calls = { asked: 0, persisted: false };
      Object.assign(window, { persistCalls: calls });
      StorageManager.prototype.persisted = async () => calls.persisted;
      StorageManager.prototype.persist = async () => {
        calls.asked++;
        calls.persisted = granted;
        return granted;
      };
    }, granted);
    await page.goto('/progress/');
    await expect(page.getByText(zh('storage.not-asked'))).toBeVisible();

    await page.goto(url);
    await start(page);
    await choose(page, path[0]!);
    await expectStored(page, [[path[0]!]]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: { asked: number } }).persistCalls.asked)).toBe(1);

    // The stub starts afresh on each page: the answer shown is the one remembered (refused) or the browser's (granted).
    if (granted) await page.addInitScript(() => (StorageManager.prototype.persisted = async () => true));
    await page.goto('/progress/');
    await expect(page.getByText(zh(granted ? 'storage.granted' : 'storage.refused'))).toBeVisible();
  });
}

test('the storage fills up mid-call: the learner is told what to do, the record stays consistent, and the step saves once there is room', async ({ page }) => {
  await page.addInitScript(() => {
    const full = { on: false };
    Object.assign(window, { storageFull: full });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (full.on && this.name === 'attempts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const setFull = (on: boolean) => page.evaluate((on) => ((window as unknown as { storageFull: { on: boolean } }).storageFull.on = on), on);
  await page.goto(url);
  await start(page);
  await choose(page, path[0]!);
  await expectStored(page, [[path[0]!]]);

  await setFull(true);
  await choose(page, path[1]!);
  await expect(page.getByRole('alert')).toContainText(zh('player.save.quota'));
  await expectStored(page, [[path[0]!]]);

  await setFull(false);
  await page.getByRole('button', { name: zh('player.saveAgain') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectStored(page, [[path[0]!, path[1]!]]);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.transcript .turn')).toHaveCount(2);
});

test('the connection to IndexedDB is lost (a phone backgrounds the tab): the store reopens and the step is saved once', async ({ page }) => {
  await page.addInitScript(() => {
    const lose = { times: 0 };
    Object.assign(window, { loseConnection: lose });
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      // Writes only: the test's own reads of what is stored (readonly) must not take the loss meant for the page's write.
      if (lose.times > 0 && args[1] === 'readwrite') {
        lose.times--;
        throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
      }
      return transaction.apply(this, args);
    };
  });
  await page.goto(url);
  await start(page);
  await choose(page, path[0]!);
  await expectStored(page, [[path[0]!]]);

  await page.evaluate(() => ((window as unknown as { loseConnection: { times: number } }).loseConnection.times = 1));
  await choose(page, path[1]!);
  await expectStored(page, [[path[0]!, path[1]!]]);
  // The step's write did meet the lost connection.
  expect(await page.evaluate(() => (window as unknown as { loseConnection: { times: number } }).loseConnection.times)).toBe(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('site data cleared in another tab during a call: the player says so at the next step', async ({ page, context }) => {
  await page.goto(url);
  await start(page);
  await choose(page, path[0]!);
  await expectStored(page, [[path[0]!]]);

  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('service-dojo');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  await choose(page, path[1]!);
  await expect(page.getByRole('alert')).toContainText(zh('player.save.not-found'));
  // Nothing is written back: the cleared record stays cleared.
  await expectStored(page, []);
});

test('the record, opened from the ending before the last step is written, shows the finished call', async ({ page }) => {
  await page.goto(url);
  await start(page);
  for (const step of path.slice(0, -1)) await choose(page, step);
  await expectStored(page, [path.slice(0, -1)]);
  // The last step's write cannot finish before the page is left: it is kept in localStorage as the page goes.
  await page.evaluate(holdTables, ['attempts']);
  await choose(page, path.at(-1)!);
  await page.getByRole('link', { name: zh('player.toProgress') }).click();
  await expect(page).toHaveURL(/\/progress\/$/);
  await expectStored(page, [path]);
  await expect(page.locator('.attempt h3').first()).toHaveText(scenario.title.zh);
  await expect(page.getByRole('heading', { name: zh('progress.inProgress') })).toHaveCount(0);
});
