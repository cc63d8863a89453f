/**
 * The gradebook end to end: an instructor makes an assignment; a student, in a browser
 * of their own, opens the link, plays and hands in; the instructor imports that file
 * and a tampered copy, sees the true score and the flag, reads the class view and
 * exports a CSV that Excel opens as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { ResultFile } from '../../src/domain/assignment/result-file.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { advance, effectOf, effectPoints, offeredChoices, startState, totalPoints, type Move } from '../../src/domain/scenario/play.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { shippedScenario } from './course.ts';
import { storedAttempts } from './storage-drills.ts';
import { en, zh } from './strings.ts';

const scenario = shippedScenario();
const best = bestPath(scenario) as { node: string; choice: number }[];

/** The worst reply at every turn: what a tampered file's transcript says was really played. */
function worstPath(): Move[] {
  const moves: Move[] = [];
  let state = startState(scenario);
  while (!state.ended) {
    const choices = scenario.nodes[state.at]!.choices;
    const offered = offeredChoices(scenario, state);
    const choice = offered.reduce((low, i) =>
      totalPoints(effectPoints(scenario, choices[i]!)) < totalPoints(effectPoints(scenario, choices[low]!)) ? i : low,
    );
    const move = { node: state.at, choice };
    state = advance(scenario, state, effectOf(scenario, state, move)!);
    moves.push(move);
  }
  return moves;
}

/** Opens a page and waits for its islands to hydrate, so nothing typed is lost. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('a class hands in, the gradebook re-scores, flags a tampered file, shows the class and exports CSV', async ({ browser }) => {
  test.setTimeout(120_000);
  // The instructor makes the assignment on /teach.
  const teacher = await browser.newContext({ acceptDownloads: true });
  const desk = await teacher.newPage();
  await open(desk, '/teach/');
  await desk.getByLabel(zh('teach.form.title')).fill('来电服务练习');
  await desk.getByLabel(zh('teach.form.class')).fill('客服2301班');
  await desk.getByRole('checkbox', { name: scenario.title.zh }).check();
  await desk.getByLabel(zh('teach.form.due')).fill('2099-06-30T23:59');
  await desk.getByRole('button', { name: zh('teach.form.save') }).click();
  const link = await desk.getByLabel(zh('teach.link')).inputValue();
  expect(link).toMatch(/#a1\./);

  // A student, in a browser of their own, plays the assignment and hands in.
  const student = await browser.newContext({ acceptDownloads: true });
  const page = await student.newPage();
  const assignmentPath = new URL(link).pathname + new URL(link).hash;
  await open(page, assignmentPath);
  await page.getByRole('textbox', { name: zh('assignment.name'), exact: true }).fill('张三');
  await page.getByRole('textbox', { name: zh('assignment.number'), exact: true }).fill('20230101');
  await page.getByRole('button', { name: zh('assignment.saveStudent') }).click();
  await page.getByRole('link', { name: zh('assignment.play') }).click();
  await page.getByRole('button', { name: zh('player.start') }).click();
  for (const step of best) await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
  // The ending is on screen at once; its last step is written a moment later (leaving before that would lose it).
  await expect(page.locator('.choices button')).toHaveCount(0);
  await expect.poll(async () => (await storedAttempts(page)).map((a) => a.status)).toEqual(['finished']);
  await page.goto(assignmentPath);
  const handIn = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('assignment.handIn') }).click();
  const handed = readFileSync((await (await handIn).path())!, 'utf8');
  await student.close();

  // A second student's file, edited: the transcript of the worst replies, the score of the best.
  const honest = JSON.parse(handed) as ResultFile;
  const worst = worstPath();
  const trueScore = scoreMoves(scenario, worst).overall;
  const tampered: ResultFile = {
    ...honest,
    student: { name: '李四', number: '20230102' },
    attempts: honest.attempts.map((a) => ({ ...a, id: 'edited', startedAt: a.startedAt + 1, steps: worst })),
  };
  const stated = honest.attempts[0]!.stated!.overall;
  expect(trueScore).not.toBe(stated);

  // The instructor grades: picks the assignment made on this device and drops both files.
  const book = await teacher.newPage();
  await open(book, '/teach/gradebook/');
  await book
    .getByRole('listitem')
    .filter({ hasText: '来电服务练习' })
    .getByRole('button', { name: zh('gradebook.gradeThis') })
    .click();
  await expect(book.getByText('来电服务练习', { exact: true })).toBeVisible();
  await book.getByLabel(zh('gradebook.pick')).setInputFiles([
    { name: '张三-20230101-来电服务练习.json', mimeType: 'application/json', buffer: Buffer.from(handed) },
    { name: '李四-20230102-来电服务练习.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
    { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(handed.slice(0, 200)) },
  ]);
  await expect(book.getByRole('status').filter({ hasText: zh('gradebook.imported', { n: 2 }) })).toContainText(zh('gradebook.problem.truncated'));

  const zhang = book.locator('tr[data-student="20230101"]');
  const li = book.locator('tr[data-student="20230102"]');
  await expect(zhang.locator('.drill-best')).toHaveText(String(stated));
  await expect(zhang).toContainText(zh('gradebook.noFlags'));
  await expect(li.locator('.drill-best')).toHaveText(String(trueScore));
  await expect(li.locator('[data-flag="score-mismatch"]')).toContainText(
    zh('gradebook.flag.score-mismatch', { title: scenario.title.zh, stated: stated ?? '–', replayed: trueScore ?? '–' }),
  );

  // The class view draws the scenario's map with the class's numbers on it.
  await expect(book.getByRole('heading', { name: zh('gradebook.class') })).toBeVisible();
  await expect(book.locator('.class-scenario svg.scenario-map')).toBeVisible();
  await expect(book.locator('.class-scenario')).toContainText(zh('gradebook.class.summary', { n: 2, passed: 1, version: honest.attempts[0]!.contentHash }));

  // The export opens in Excel as UTF-8: a byte order mark, CRLF, the Chinese names.
  const exported = book.waitForEvent('download');
  await book.getByRole('button', { name: zh('gradebook.download') }).click();
  const csv = readFileSync((await (await exported).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('\r\n');
  expect(text).toContain('"张三"');
  expect(text).toContain('"李四"');
  expect(text.split('\r\n')).toHaveLength(4);
  await teacher.close();
});

test('the gradebook draws a first visit’s state with the page, so nothing moves when it comes to life', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/teach/gradebook/');
  await expect(page.getByText(en('gradebook.noAssignment'))).toBeVisible();
  await expect(page.getByLabel(en('gradebook.link'))).toBeVisible();
  await expect(page.locator('.gradebook[inert][aria-busy=true]')).toHaveCount(1);
  await context.close();
});
