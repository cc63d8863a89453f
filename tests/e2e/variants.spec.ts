/**
 * Customer variants and the customer's voice in the browser. The draw's randomness and
 * the speech and audio APIs are replaced by `addInitScript` stubs, so the tests neither
 * depend on chance nor on a voice being installed: the stub records what would be spoken.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawVariant, playedAs } from '../../src/domain/scenario/variants.ts';
import { shippedScenario } from './course.ts';
import { en, zh } from './strings.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';

const ID = 'complaint-lscia';
const file = shippedScenario(ID);
const url = `/scenarios/${ID}/`;

/** A value of `Math.random` whose seed draws each variant (the player takes the seed from it). */
const randomFor = (variant: string): number => {
  const found = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100).find((r) => drawVariant(file, Math.floor(r * 2 ** 32)) === variant);
  if (found === undefined) throw new Error(`no seed draws ${variant}`);
  return found;
};

/** Math.random returns the value kept in sessionStorage, so a test can change it before a reload. */
async function stubRandom(page: Page, value: number) {
  await page.addInitScript((first) => {
    if (!sessionStorage.getItem('stub-random')) sessionStorage.setItem('stub-random', String(first));
    Math.random = () => Number(sessionStorage.getItem('stub-random'));
  }, value);
}

const [first, second] = file.variants!.map((v) => playedAs(file, v.id)) as [Scenario, Scenario];
const idOf = (played: Scenario) => played.variants![0]!.id;

test('a reload resumes the customer met, whatever the seed would draw now', async ({ page }) => {
  await stubRandom(page, randomFor(idOf(first)));
  await page.goto(url);
  await expect(page.locator('.context p')).toHaveText(first.context.zh);
  await page.getByRole('button', { name: zh('player.start') }).click();
  const reply = first.nodes[first.start]!.choices[1]!.text.zh;
  await page.getByRole('button', { name: reply, exact: true }).click();
  await expect(page.locator('.transcript')).toContainText(reply);

  await page.evaluate((r) => sessionStorage.setItem('stub-random', String(r)), randomFor(idOf(second)));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: zh('player.resumed') })).toBeVisible();
  await expect(page.locator('.context p')).toHaveText(first.context.zh);
  await expect(page.locator('.transcript')).toContainText(reply);
});

test('another seed meets another customer, with other texts', async ({ page }) => {
  expect(second.context.en).not.toBe(first.context.en);
  await stubRandom(page, randomFor(idOf(second)));
  await page.goto(`/en${url}`);
  await expect(page.locator('.context p')).toHaveText(second.context.en);
  await page.getByRole('button', { name: en('player.start') }).click();
  await expect(page.getByRole('button', { name: second.nodes[second.start]!.choices[1]!.text.en, exact: true })).toBeVisible();
});

/** Stubs of speech synthesis and Web Audio that record what would be heard. */
async function stubVoice(page: Page) {
  await page.addInitScript(() => {
    const heard: { text: string; lang: string }[] = [];
    const tones: number[] = [];
    Object.assign(window, { heard, tones });
    class Utterance {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {}
    }
    const synth = { speak: (u: Utterance) => heard.push({ text: u.text, lang: u.lang }), cancel: () => undefined, getVoices: () => [] };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    const param = { value: 0, setValueAtTime: () => undefined };
    class Audio {
      currentTime = 0;
      destination = {};
      createGain = () => ({ gain: param, connect: () => undefined });
      createOscillator = () => ({
        frequency: { value: 0 },
        connect: () => undefined,
        disconnect: () => undefined,
        start: () => tones.push(1),
        stop: () => undefined,
      });
    }
    Object.defineProperty(window, 'AudioContext', { value: Audio, configurable: true });
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: { text: string; lang: string }[] }).heard);

const tones = (page: Page) => page.evaluate(() => (window as unknown as { tones: number[] }).tones.length);

test('with the switch off, which it is by default, nothing is spoken or rung', async ({ page }) => {
  await stubVoice(page);
  await stubRandom(page, randomFor(idOf(first)));
  await page.goto(url);
  const voice = page.getByRole('switch', { name: zh('player.voice') });
  await expect(voice).toBeEnabled();
  await expect(voice).not.toBeChecked();
  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: first.nodes[first.start]!.choices[1]!.text.zh, exact: true }).click();
  await expect(page.locator('.current .line').first()).toContainText(first.nodes['second-time']!.say.zh);
  await page.waitForTimeout(2000);
  expect(await heard(page)).toEqual([]);
  expect(await tones(page)).toBe(0);
});

test('switched on, the phone rings and each customer line is spoken in the page language; the switch is remembered', async ({ page }) => {
  await stubVoice(page);
  await stubRandom(page, randomFor(idOf(first)));
  await page.goto(url);
  await page.getByRole('switch', { name: zh('player.voice') }).check();
  const opening = first.nodes[first.start]!;
  await expect.poll(() => heard(page)).toEqual([{ text: opening.say.zh, lang: 'zh-CN' }]);
  expect(await tones(page)).toBeGreaterThan(0);

  await page.getByRole('button', { name: zh('player.start') }).click();
  await page.getByRole('button', { name: opening.choices[1]!.text.zh, exact: true }).click();
  const next = first.nodes['second-time']!;
  await expect.poll(async () => (await heard(page)).at(-1)).toEqual({ text: next.say.zh, lang: 'zh-CN' });

  // The same learner in English: the switch is still on, and the resumed call speaks English.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('service-dojo.voice'))).toBe('on');
  const english = await page.context().newPage();
  await page.close();
  await stubVoice(english);
  await english.goto(`/en${url}`);
  await expect(english.getByRole('status').filter({ hasText: en('player.resumed') })).toBeVisible({ timeout: 15_000 });
  // The call has begun, so its settings panel is closed: open it to see the switch.
  await english.locator('.settings summary').click();
  await expect(english.getByRole('switch', { name: en('player.voice') })).toBeChecked();
  await expect.poll(() => heard(english)).toEqual([{ text: next.say.en, lang: 'en-GB' }]);
});

test('where the browser cannot speak, the switch says so and is disabled', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    delete (window as unknown as Record<string, unknown>).speechSynthesis;
  });
  await page.goto(url);
  await page.getByRole('button', { name: zh('player.start') }).waitFor();
  await expect(page.getByRole('switch', { name: zh('player.voice') })).toBeDisabled();
  await expect(page.getByText(zh('player.voiceUnavailable'))).toBeVisible();
});
