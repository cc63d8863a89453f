/** One learner, two tabs: no step is interleaved, lost or doubled, and /progress follows the other tab live. */
import { expect, test } from '@playwright/test';
import { choose, expectStored, otherChoice, path, start, url } from './storage-drills.ts';
import { zh } from './strings.ts';

test('a role-play played in two tabs: the tab that fell behind is told and takes over; reloads resume, not "the role-play has changed"', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto(url);
  await start(first);
  await choose(first, path[0]!);
  await expectStored(first, [[path[0]!]]);

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();

  await choose(first, path[1]!);
  await expectStored(first, [[path[0]!, path[1]!]]);
  // The second tab still shows the turn after the first step, and picks something else there.
  await choose(second, otherChoice(1));
  await expect(second.getByRole('alert')).toContainText(zh('player.save.conflict'));
  await expectStored(first, [[path[0]!, path[1]!]]);

  await second.getByRole('button', { name: zh('player.takeOver') }).click();
  await expect(second.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(second.locator('.transcript .turn')).toHaveCount(2);
  await choose(second, path[2]!);
  await expectStored(second, [[path[0]!, path[1]!, path[2]!]]);

  await first.reload();
  await expect(first.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(first.getByText(zh('player.stale'))).toHaveCount(0);
  await expect(first.locator('.transcript .turn')).toHaveCount(3);
});

test('/progress in one tab shows a role-play finished in another without a reload', async ({ context }) => {
  const progress = await context.newPage();
  await progress.goto('/progress/');
  await expect(progress.getByText(zh('progress.empty'))).toBeVisible();

  const player = await context.newPage();
  await player.goto(url);
  await start(player);
  for (const step of path) await choose(player, step);
  await expect(progress.locator('.attempt')).toHaveCount(1);
});
