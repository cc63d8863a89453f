import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { examPaper } from './course.ts';
import { holdTables } from './storage-drills.ts';
import { zh, en } from './strings.ts';

const SEED = 'E2E001';
const SHORT = examPaper('short');
const FULL = examPaper('full');
const SHORT_QUESTIONS = SHORT.sections.reduce((n, s) => n + s.questions, 0);
/** The number of the first question of the short paper's section drawing `type`. */
function firstOf(type: string): number {
  const at = SHORT.sections.findIndex((s) => s.types.includes(type as never));
  return SHORT.sections.slice(0, at).reduce((n, s) => n + s.questions, 0) + 1;
}

async function noSeriousViolations(page: Page) {
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Holds the exams table, so the page's next writes to it wait (`holdTables`). */
const holdExamWrites = (page: Page) => page.evaluate(holdTables, ['exams']);

async function answerCurrent(page: Page, wrong = false) {
  const card = page.locator('fieldset.question');
  const radios = card.locator('input[type="radio"]');
  const boxes = card.locator('input[type="checkbox"]');
  if ((await radios.count()) > 0) await radios.nth(wrong ? (await radios.count()) - 1 : 0).check();
  else if ((await boxes.count()) > 0) await boxes.first().check();
  else
    await card
      .getByRole('button', { name: /下移$|^Move “.*” down$/ })
      .first()
      .click();
}

test('a learner takes a short exam, reloads mid-way, finishes, reviews, and meets a missed question in /review', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/exam/');
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByLabel(zh('exam.extra')).selectOption({ label: zh('exam.extraShare', { pct: 25 }) });
  await page.getByLabel(zh('exam.seed')).fill(SEED);
  await page.getByRole('button', { name: zh('exam.start') }).click();

  await expect(page.getByText(zh('exam.paper', { seed: SEED }))).toBeVisible();
  // The paper's time and a quarter more.
  const minutes = Math.round(SHORT.minutes * 1.25);
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${minutes - 1}|${minutes}):\\d\\d$`));
  // The first section's heading, with its marks.
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^一、${SHORT.sections[0]!.title.zh}`) })).toBeVisible();
  const firstPrompt = await page.locator('fieldset.question legend').textContent();

  for (let i = 0; i < 4; i++) {
    await answerCurrent(page, true);
    await page
      .getByRole('button', { name: zh('quiz.next') })
      .first()
      .click();
  }
  await page.getByRole('button', { name: zh('exam.flag') }).click();
  await expect(page.getByRole('button', { name: zh('exam.unflag') })).toBeVisible();

  const fifthPrompt = await page.locator('fieldset.question legend').textContent();

  // Reload: same paper, answers and flag kept, back at the same question, clock still running from the start.
  await page.reload();
  await expect(page.getByText(zh('exam.paper', { seed: SEED }))).toBeVisible();
  await expect(page.locator('fieldset.question legend')).toHaveText(fifthPrompt!);
  await expect(
    page.getByRole('button', { name: zh('exam.questionStatus', { n: 5, status: `${zh('exam.unanswered')}、${zh('exam.flagged')}` }) }),
  ).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: zh('exam.questionStatus', { n: 1, status: zh('exam.answered') }) })).toBeVisible();
  await expect(
    page.getByRole('button', { name: zh('exam.questionStatus', { n: 5, status: `${zh('exam.unanswered')}、${zh('exam.flagged')}` }) }),
  ).toBeVisible();
  await page.getByRole('button', { name: zh('exam.questionStatus', { n: 1, status: zh('exam.answered') }) }).click();
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);

  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(zh('exam.confirm', { n: SHORT_QUESTIONS - 4 }).split('，')[0]!);
  // Cancelling the hand-in says so, and leaves the learner at the same question.
  await page.getByRole('button', { name: zh('exam.keepWorking') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('fieldset.question legend')).toHaveText(firstPrompt!);
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();

  const result = page.getByRole('heading', { name: new RegExp(zh('exam.result')) });
  await expect(result).toBeFocused();
  await expect(result).toContainText(zh('exam.failed'));
  await page.getByText(zh('exam.review')).click();
  await expect(page.locator('.exam-review .verdict').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: zh('exam.history') })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(zh('exam.trendLabel', { n: 1, pass: 60 }).split('，')[0]!) })).toBeVisible();

  await page.goto('/');
  await expect(page.locator('.glance dd').nth(3)).not.toHaveText('0');
  await page.goto('/review/');
  await expect(page.getByText(new RegExp(zh('review.due', { n: '\\d+' })))).toBeVisible();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(zh('quiz.noAnswer'));
  await answerCurrent(page);
  await page.getByRole('button', { name: zh('quiz.check'), exact: true }).click();
  await expect(page.locator('.verdict')).toBeVisible();
});

test('an answer and a flag given just before a reload are kept, though their writes had not finished', async ({ page }) => {
  await page.goto('/exam/');
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByRole('button', { name: zh('exam.start') }).click();
  await expect(page.locator('fieldset.question legend')).toBeVisible();
  await holdExamWrites(page);
  await answerCurrent(page);
  await page.getByRole('button', { name: zh('exam.flag') }).click();
  await expect(page.getByRole('button', { name: zh('exam.unflag') })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('button', { name: zh('exam.questionStatus', { n: 1, status: `${zh('exam.answered')}、${zh('exam.flagged')}` }) }),
  ).toHaveAttribute('aria-current', 'step');
});

test('the same paper number draws the same questions', async ({ page }) => {
  const prompts: string[] = [];
  for (let round = 0; round < 2; round++) {
    await page.goto('/exam/');
    await page.getByLabel(SHORT.name.zh).check();
    await page.getByLabel(zh('exam.seed')).fill('SAME01');
    await page.getByRole('button', { name: zh('exam.start') }).click();
    prompts.push((await page.locator('fieldset.question legend').textContent())!);
    await page.getByRole('button', { name: zh('exam.submit') }).click();
    await page.getByRole('button', { name: zh('exam.submit') }).click();
    await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();
  }
  expect(prompts[1]).toBe(prompts[0]);
});

test('chapter practice checks each answer at once and explains it', async ({ page }) => {
  await page.goto('/en/quizzes/customer-service/');
  await expect(page.getByText(new RegExp(en('quiz.progress', { n: 1, total: '\\d+' })))).toBeVisible();
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(en('quiz.noAnswer'));
  await answerCurrent(page);
  await page.getByRole('button', { name: en('quiz.check'), exact: true }).click();
  await expect(page.locator('.verdict')).toContainText(/Right|Wrong|Partly/);
  await expect(page.getByRole('link', { name: en('quiz.readSection') })).toHaveAttribute('href', /\/en\/chapters\/customer-service\/#/);
  await page.getByRole('button', { name: en('quiz.next') }).click();
  await expect(page.getByText(new RegExp(en('quiz.progress', { n: 2, total: '\\d+' })))).toBeVisible();
});

test('when time runs out the exam is handed in automatically, even after a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/exam/');
  await page.getByLabel(SHORT.name.en).check();
  await page.getByRole('button', { name: en('exam.start') }).click();
  const half = SHORT.minutes / 2;
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${SHORT.minutes - 1}|${SHORT.minutes}):\\d\\d$`));
  await page.clock.fastForward(half * 60_000);
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^0?(${half - 1}|${half}):\\d\\d$`));
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^0?(${half - 1}|${half}):\\d\\d$`));
  await page.clock.fastForward(half * 60_000 + 30_000);
  await expect(page.getByText(en('exam.byTimeout'))).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your result: Score 0/ })).toBeVisible();
});

test("extra time during the exam stops at half the paper's time, and each addition is recorded", async ({ page }) => {
  await page.goto('/en/exam/');
  await page.getByLabel(FULL.name.en).check();
  await page.getByRole('button', { name: en('exam.start') }).click();
  const cap = Math.floor(FULL.minutes / 2);
  const most = FULL.minutes + cap;
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${FULL.minutes - 1}|${FULL.minutes}):\\d\\d$`));
  const add = page.getByRole('button', { name: /^Add \d+ more minutes$/ });
  const presses = Math.ceil(cap / 10);
  for (let press = 0; press < presses; press++) await add.click();
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${most - 1}|${most}):\\d\\d$`));
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(new RegExp(`at most ${cap} extra minutes`));
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(new RegExp(`^(${most - 1}|${most}):\\d\\d$`));
  await expect(add).toBeDisabled();
  await page.getByRole('button', { name: en('exam.submit') }).click();
  await page.getByRole('button', { name: en('exam.submit') }).click();
  await expect(page.getByText(`extra time ${cap} minutes (asked for ${presses} times during the exam)`)).toBeVisible();
});

/** Sits the short paper: the choice questions answered, a written answer typed, a calculation answered; then self-marks and returns the result heading. */
async function sitShortPaper(page: Page, seed: string, { tick }: { tick: boolean }) {
  await page.goto('/exam/');
  await page.getByLabel(SHORT.name.zh).check();
  await page.getByLabel(zh('exam.seed')).fill(seed);
  await page.getByRole('button', { name: zh('exam.start') }).click();
  for (let n = 1; n < firstOf('term'); n++) {
    await page.getByRole('button', { name: new RegExp(`^${zh('exam.questionStatus', { n, status: '' })}`) }).click();
    await answerCurrent(page);
  }
  await page.getByRole('button', { name: new RegExp(`^${zh('exam.questionStatus', { n: firstOf('term'), status: '' })}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(SHORT.sections.find((s) => s.types.includes('term'))!.title.zh) })).toBeVisible();
  await page.getByLabel(zh('quiz.writeHere')).fill('客户关系管理是企业以客户为中心，识别、保持和发展有价值客户的经营理念和方法。');
  await page.getByRole('button', { name: new RegExp(`^${zh('exam.questionStatus', { n: firstOf('calc'), status: '' })}`) }).click();
  await page.getByLabel(zh('quiz.calcAnswer')).fill('42');
  // The written answer was kept when the learner moved on.
  await expect(page.getByRole('button', { name: zh('exam.questionStatus', { n: firstOf('term'), status: zh('exam.answered') }) })).toBeVisible();
  await expect(page.getByRole('button', { name: zh('exam.questionStatus', { n: firstOf('calc'), status: zh('exam.answered') }) })).toBeVisible();

  await page.getByRole('button', { name: zh('exam.submit') }).click();
  await page.getByRole('button', { name: zh('exam.submit') }).click();
  // Self-marking comes before the result, with the marking points to tick.
  await expect(page.getByRole('heading', { name: zh('exam.selfMark.title') })).toBeVisible();
  await expect(page.getByText(zh('quiz.modelAnswer')).first()).toBeVisible();
  const points = page.getByRole('group', { name: zh('quiz.tickPoints') }).getByRole('checkbox');
  if (tick) {
    // The tick's write is held, as when the tab closes mid-write: the reload that follows must still find it.
    await holdExamWrites(page);
    await points.first().check();
    await expect(page.getByText(new RegExp(zh('exam.selfMark.subtotal', { marks: '[1-9][\\d.]*', outOf: '\\d+' })))).toBeVisible();
  }
  return points;
}

test('a short paper: written answers typed in the exam are self-marked at the end, results show chapters and types, and a second exam draws each chapter’s trend', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await sitShortPaper(page, 'WRIT01', { tick: true });
  // The ticks survive a reload: self-marking resumes where it was.
  await page.reload();
  await expect(page.getByRole('heading', { name: zh('exam.selfMark.title') })).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: zh('quiz.tickPoints') })
      .getByRole('checkbox')
      .first(),
  ).toBeChecked();
  await noSeriousViolations(page);
  await page.getByRole('button', { name: zh('exam.selfMark.done') }).click();

  const result = page.getByRole('heading', { name: new RegExp(zh('exam.result')) });
  await expect(result).toBeFocused();
  const term = SHORT.sections.find((s) => s.types.includes('term'))!;
  const selfOutOf = SHORT.sections.filter((s) => s.types.some((t) => ['term', 'short', 'case'].includes(t))).reduce((n, s) => n + s.questions * s.marks, 0);
  await expect(
    page.getByText(
      new RegExp(
        `${zh('exam.selfPart', { marks: 'X', outOf: selfOutOf })
          .replace('X', '[1-9][\\d.]*')
          .replace(/[()（）]/g, '.')}`,
      ),
    ),
  ).toBeVisible();
  await expect(page.getByText(new RegExp(zh('exam.machinePart', { marks: 'X', outOf: 100 - selfOutOf }).replace('X', '[\\d.]+')))).toBeVisible();
  const byChapter = page.getByRole('table', { name: zh('exam.byChapter') });
  await expect(byChapter.getByRole('row')).not.toHaveCount(1);
  const byType = page.getByRole('table', { name: zh('exam.byType') });
  await expect(byType.getByRole('row', { name: new RegExp(zh('quiz.type.term')) })).toContainText(`/ ${term.marks} (${zh('exam.selfMarked')})`);
  await expect(byType.getByRole('row', { name: new RegExp(zh('quiz.type.calc')) })).toBeVisible();
  // The weakest chapters link to their page and their practice.
  const weakest = page.getByRole('heading', { name: zh('exam.weakest') }).locator('..');
  await expect(weakest.getByRole('link', { name: zh('exam.readChapter') }).first()).toHaveAttribute('href', /^\/chapters\/[a-z-]+\/$/);
  await expect(weakest.getByRole('link', { name: zh('exam.practiseChapter') }).first()).toHaveAttribute('href', /^\/quizzes\/[a-z-]+\/$/);
  // The review shows the calculation with the numbers it was asked with.
  await page.getByText(zh('exam.review')).click();
  await expect(page.locator('.exam-review input[type="number"]')).toHaveValue('42');
  await expect(page.getByText(new RegExp(`^${zh('exam.rightValue', { answer: '' })}`))).toBeVisible();
  await noSeriousViolations(page);

  await sitShortPaper(page, 'WRIT02', { tick: false });
  await page.getByRole('button', { name: zh('exam.selfMark.done') }).click();
  await expect(page.getByRole('heading', { name: new RegExp(zh('exam.result')) })).toBeVisible();
  const trend = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: zh('exam.attempt', { n: 2 }) }) });
  await expect(trend.getByRole('columnheader', { name: zh('exam.attempt', { n: 1 }) })).toBeVisible();
  await expect(trend.getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('heading', { name: zh('exam.chapterTrend') })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(zh('exam.trendLabel', { n: 2, pass: 60 }).split('，')[0]!) })).toBeVisible();
});

test("the learner's own extra-time setting is the mock exam's default", async ({ page }) => {
  await page.goto('/progress/');
  await page.getByLabel(zh('player.timing.plus50')).check();
  await page.getByRole('button', { name: zh('profile.save') }).click();
  await expect(page.getByText(zh('profile.saved'))).toBeVisible();
  await page.goto('/exam/');
  await expect(page.getByLabel(zh('exam.extra'))).toHaveValue('50');
});

test('a paper named in the address (as an LMS item launches the exam) is the one preselected', async ({ page }) => {
  const radio = (id: string) => page.locator(`input[name="paper"][value="${id}"]`);
  await page.goto('/exam/');
  await expect(radio(FULL.id)).toBeChecked();
  await page.goto(`/exam/?paper=${SHORT.id}`);
  await expect(radio(SHORT.id)).toBeChecked();
  await expect(radio(FULL.id)).not.toBeChecked();
  // An unknown paper leaves the usual default.
  await page.goto('/exam/?paper=nonsense');
  await expect(radio(FULL.id)).toBeChecked();
});
