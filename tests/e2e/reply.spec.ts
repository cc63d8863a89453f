/** Answering in one's own words: typed in Chinese, dictated in English, marked, and the call goes on. */
import { expect, test, type Page } from '@playwright/test';
import { shippedScenario, SCENARIO_ID } from './course.ts';
import { ui } from './strings.ts';

const scenario = shippedScenario();
const pickUp = scenario.nodes.ringing!.choices[1]!;

/** Starts the call and picks up the phone, which leads to the greeting the learner writes. */
async function toGreeting(page: Page, locale: 'zh' | 'en') {
  const t = ui(locale);
  await page.goto(`${locale === 'en' ? '/en' : ''}/scenarios/${SCENARIO_ID}/`);
  await page.getByRole('button', { name: t('player.start') }).click();
  await page.getByRole('button', { name: pickUp.text[locale], exact: true }).click();
  await expect(page.locator('.turn.current')).toContainText(scenario.nodes.pickup!.say[locale]);
  await page.getByRole('button', { name: t('player.reply.open') }).click();
}

test('a learner writes the opening in Chinese, sees it marked and the call go on', async ({ page }) => {
  const t = ui('zh');
  // A browser without speech recognition: no dictate button, and nothing depends on one.
  await page.addInitScript(() => {
    for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) Object.defineProperty(window, name, { value: undefined, configurable: true });
  });
  await toGreeting(page, 'zh');
  const box = page.getByRole('textbox', { name: t('player.reply.label') });
  await expect(box).toBeFocused();
  const reply = '您好，江城银行客服中心，工号1024，很高兴为您服务！';
  await box.fill(reply);
  await expect(page.getByText(t('player.reply.count', { n: [...reply].length, max: 80 }))).toBeVisible();
  await expect(page.getByRole('button', { name: t('player.reply.dictate') })).toHaveCount(0);
  await page.getByRole('button', { name: t('player.reply.send') }).click();

  const said = page.locator('.transcript .turn').last();
  await expect(said).toContainText(reply);
  for (const mark of scenario.nodes.pickup!.reply!.marks.filter((m) => m.required))
    await expect(said.getByText(t('player.reply.found', { name: mark.name.zh }))).toBeVisible();
  await expect(page.locator('.turn.current')).toContainText(scenario.nodes.need!.say.zh);
  await expect(page.locator('.choices button').first()).toBeFocused();

  // The step is stored with its marks: after a reload the call resumes where the reply led.
  await page.reload();
  await expect(page.locator('.turn.current')).toContainText(scenario.nodes.need!.say.zh);
  await expect(page.locator('.transcript')).toContainText(reply);
});

test('a learner dictates the opening in English, leaves out the bank, and the caller asks again', async ({ page }) => {
  const t = ui('en');
  const dictated = 'Hello, this is agent 1024, how can I help you?';
  // A stand-in for the browser's speech recognition: it "hears" one sentence when started.
  await page.addInitScript((heard) => {
    class FakeRecognition {
      lang = '';
      interimResults = false;
      onresult: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      start() {
        setTimeout(() => {
          this.onresult?.({ results: [[{ transcript: heard }]] });
          this.onend?.();
        }, 50);
      }
      stop() {
        this.onend?.();
      }
    }
    for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) Object.defineProperty(window, name, { value: FakeRecognition, configurable: true });
  }, dictated);
  await toGreeting(page, 'en');
  await page.getByRole('button', { name: t('player.reply.dictate') }).click();
  const box = page.getByRole('textbox', { name: t('player.reply.label') });
  await expect(box).toHaveValue(dictated);
  await page.getByRole('button', { name: t('player.reply.send') }).click();

  const said = page.locator('.transcript .turn').last();
  await expect(said).toContainText(dictated);
  const marks = Object.fromEntries(scenario.nodes.pickup!.reply!.marks.map((m) => [m.id, m.name.en]));
  await expect(said.getByText(t('player.reply.missing', { name: marks['names-bank']! }))).toBeVisible();
  await expect(said.getByText(t('player.reply.found', { name: marks['agent-number']! }))).toBeVisible();
  await expect(said.getByText(t('player.reply.noted', { name: marks['offers-help']! }))).toBeVisible();
  await expect(page.locator('.turn.current')).toContainText(scenario.nodes['wrong-greeting']!.say.en);
});
