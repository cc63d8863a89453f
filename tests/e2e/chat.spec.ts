/**
 * The online-shop chat: the library's chat played to its ending on a phone, with the order
 * card, the customer typing before each message (and not under reduced motion, nor when
 * resuming), the sent bubbles, the announcements and the debrief; axe on the chat view.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { nodesAfter, shippedScenario } from './course.ts';
import { en, zh } from './strings.ts';

const ID = 'shop-broken-dinnerware';
const scenario = shippedScenario(ID);
const path = bestPath(scenario) as { node: string; choice: number }[];
const reached = nodesAfter(scenario, path);
const url = `/scenarios/${ID}/`;
const PHONE = { width: 360, height: 740 };

const reply = (page: Page, step: { node: string; choice: number }, locale: 'zh' | 'en' = 'zh') =>
  page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text[locale], exact: true });
const lastCustomer = (page: Page) => page.locator('.chat-thread .msg-customer:not(.typing)').last();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.chat').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
}

interface TypingLog {
  /** Typing indicators put on the page, one per message typed. */
  shown: number;
  /** Times one took focus. */
  focused: number;
  /** Changes to the page while the customer typed that showed quick replies or a clock beside it. */
  withReplies: number;
  withTimer: number;
}

/**
 * Watches the typing indicator from the page's first script on. (It shows for at most 1.5 s: a
 * log, rather than a look at the right moment, keeps the test independent of the machine's speed.)
 */
function watchTyping() {
  const log: TypingLog = { shown: 0, focused: 0, withReplies: 0, withTimer: 0 };
  (window as unknown as { typingLog: TypingLog }).typingLog = log;
  let last: Element | null = null;
  new MutationObserver(() => {
    const typing = document.querySelector('.typing');
    if (!typing) return;
    if (typing !== last) log.shown++;
    last = typing;
    if (document.querySelector('.chat-replies')) log.withReplies++;
    if (document.querySelector('[role="timer"]')) log.withTimer++;
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element).classList?.contains('typing')) log.focused++;
  });
}
const typingLog = (page: Page) => page.evaluate(() => (window as unknown as { typingLog: TypingLog }).typingLog);

test('the chat’s first screen is in the HTML and worded for a chat: order card, first message, quick replies', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en${url}`);
  await expect(page.getByRole('heading', { name: en('chat.label') })).toBeVisible();
  const card = page.getByRole('region', { name: en('chat.order') });
  await expect(card).toContainText(scenario.order!.number);
  await expect(card).toContainText('CN¥459.00');
  await expect(card).toContainText('Jun 3, 2025');
  await expect(page.locator('.msg-customer')).toHaveText(
    new RegExp(scenario.nodes[scenario.start]!.say.en.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(page.getByRole('heading', { name: en('chat.replies') })).toBeVisible();
  await expect(page.getByText(`${en('chat.settings')}:`)).toBeVisible();
  await expect(page.getByText(en('player.settings'))).toHaveCount(0);
  await context.close();
});

test('the scenario index labels the chats as such, and its channel filter finds them', async ({ page }) => {
  await page.goto('/scenarios/');
  const card = page.locator('.cards li').filter({ has: page.getByRole('link', { name: scenario.title.zh }) });
  await expect(card.getByText(zh('library.channel.chat'))).toBeVisible();
  // A filtered view is a link an instructor can share.
  await page.goto('/scenarios/?channel=chat');
  await expect(page.getByLabel(zh('library.channel'))).toHaveValue('chat');
  const shown = page.locator('[data-scenario]:visible');
  await expect(shown).toHaveCount(3);
  for (const li of await shown.all()) await expect(li.getByText(zh('library.channel.chat'))).toBeVisible();
});

test('a learner plays the chat to its ending on a phone: typing, sent bubbles, announcements, debrief, and axe finds nothing serious', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await page.addInitScript(watchTyping);
  await page.goto(url);
  const card = page.getByRole('region', { name: zh('chat.order') });
  await expect(card).toContainText(scenario.order!.number);
  await expect(card).toContainText('¥459.00');
  await expect(reply(page, path[0]!)).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);

  const live = page.locator('[aria-live="polite"]');
  for (const [i, step] of path.entries()) {
    const text = scenario.nodes[step.node]!.choices[step.choice]!.text.zh;
    const before = await typingLog(page);
    await reply(page, step).click();
    await expect(page.locator('.chat-thread .msg-you').last()).toContainText(text);
    const next = scenario.nodes[reached[i]!];
    if (!next) break;
    // The customer types first, with focus on the indicator and no replies or clock beside it; then the message, announced, and the replies.
    await expect(lastCustomer(page)).toContainText(next.say.zh);
    await expect(page.locator('.typing')).toHaveCount(0);
    expect(await typingLog(page)).toEqual({ ...before, shown: before.shown + 1, focused: before.focused + 1 });
    await expect(live).toContainText([`${zh('player.customer')}: ${next.say.zh}`]);
    // A timed message's clock shows with it, never while the customer types (the log); that the machine counts from then is a unit test.
    if (next.timeLimit) await expect(page.getByRole('timer')).toBeVisible();
    await expect(page.locator('.chat-replies button').first()).toBeFocused();
    if (i === 0) expect(await seriousViolations(page)).toEqual([]);
  }

  const ending = scenario.endings[reached.at(-1)!]!;
  await expect(page.getByRole('heading', { name: `${zh('chat.ending')}: ${ending.title.zh}` })).toBeFocused();
  await expect(page.getByRole('table', { name: zh('player.scores') })).toBeVisible();
  await expect(page.getByText(`✓ ${zh('player.passed', { mark: scenario.passMark })}`)).toBeVisible();
  await expect(page.locator('.chat-thread .msg-you')).toHaveCount(path.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousViolations(page)).toEqual([]);
});

test('under reduced motion the customer never types: each message shows at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(watchTyping);
  await page.goto(url);
  for (const [i, step] of path.slice(0, 3).entries()) {
    await reply(page, step).click();
    await expect(lastCustomer(page)).toContainText(scenario.nodes[reached[i]!]!.say.zh);
    await expect(page.locator('.chat-replies button').first()).toBeFocused();
  }
  expect((await typingLog(page)).shown).toBe(0);
});

test('a reload mid-chat resumes at the same message without typing it again', async ({ page }) => {
  await page.goto(url);
  await reply(page, path[0]!).click();
  await expect(lastCustomer(page)).toContainText(scenario.nodes[reached[0]!]!.say.zh);
  await reply(page, path[1]!).click();
  const third = scenario.nodes[reached[1]!]!;
  await expect(lastCustomer(page)).toContainText(third.say.zh);

  await page.addInitScript(watchTyping);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(lastCustomer(page)).toContainText(third.say.zh);
  await expect(page.locator('.chat-thread .msg-you')).toHaveCount(2);
  await expect(page.locator('.chat-replies button').first()).toBeFocused();
  expect((await typingLog(page)).shown).toBe(0);
});
