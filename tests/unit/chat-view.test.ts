/**
 * The online-shop chat view's pure parts: how long the customer is shown typing, when a
 * message is typed at all, the order card's wording, the clock that starts when a typed
 * message shows, and the library's chat scenario.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { TYPING_CAP_MS, TYPING_MIN_MS, typingBefore, typingDelayMs } from '../../src/components/scenario/chat/typing.ts';
import { orderCardText } from '../../src/components/scenario/chat/order-card.ts';
import { openingOf } from '../../src/components/scenario/opening.ts';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { createScenarioMachine } from '../../src/domain/scenario/machine.ts';
import { loadForbiddenPhrases, loadScenario } from '../../src/domain/scenario/load.ts';
import { advance, effectOf, startState } from '../../src/domain/scenario/play.ts';
import { fixture } from './helpers.ts';

function libraryScenario(id: string) {
  const shared = loadForbiddenPhrases('f', readFileSync('content/forbidden-phrases.yaml', 'utf8'));
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(file, readFileSync(file, 'utf8'), shared.ok ? shared.value : []);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.scenario;
}
const chat = libraryScenario('shop-broken-dinnerware');

describe('the typing indicator', () => {
  it('shows longer for a longer message, never shorter than the minimum nor longer than the cap', () => {
    expect(typingDelayMs('在吗')).toBeGreaterThanOrEqual(TYPING_MIN_MS);
    expect(typingDelayMs('在吗')).toBeLessThan(typingDelayMs('人呢？还在不在？'));
    expect(typingDelayMs('好'.repeat(500))).toBe(TYPING_CAP_MS);
    expect(TYPING_CAP_MS).toBeLessThanOrEqual(1500);
  });

  it('counts characters, not UTF-16 units: a character outside the BMP is one', () => {
    expect(typingDelayMs('𠮷')).toBe(typingDelayMs('好'));
  });

  const customer = { speaker: 'customer' as const, text: '人呢？还在不在？' };
  const move = { node: 'opening', choice: 1 };

  it('types a customer message that the learner’s reply brought on', () => {
    expect(typingBefore({ message: customer, cause: move, reducedMotion: false })).toBe(typingDelayMs(customer.text));
    expect(typingBefore({ message: customer, cause: { node: 'need-by-saturday', timeout: true }, reducedMotion: false })).toBeGreaterThan(0);
  });

  it('shows at once under reduced motion, on opening or resuming, after a take-back, for a narrator and at an ending', () => {
    expect(typingBefore({ message: customer, cause: move, reducedMotion: true })).toBe(0);
    expect(typingBefore({ message: customer, cause: undefined, reducedMotion: false })).toBe(0);
    expect(typingBefore({ message: customer, cause: { undo: true }, reducedMotion: false })).toBe(0);
    expect(typingBefore({ message: { speaker: 'narrator', text: '她发来了照片。' }, cause: move, reducedMotion: false })).toBe(0);
    expect(typingBefore({ message: undefined, cause: move, reducedMotion: false })).toBe(0);
  });
});

describe('the order card', () => {
  const order = {
    number: 'QL-0815',
    item: { zh: '青瓷餐具', en: 'Celadon set' },
    price: 1459.5,
    status: { zh: '已签收', en: 'Delivered' },
    placedOn: '2025-06-03',
  };

  it('gives the price in yuan and the date as each language writes them', () => {
    expect(orderCardText(order, 'zh')).toEqual({
      number: 'QL-0815',
      item: '青瓷餐具',
      price: '¥1,459.50',
      status: '已签收',
      placedOn: '2025年6月3日',
      placedOnIso: '2025-06-03',
    });
    expect(orderCardText(order, 'en')).toMatchObject({ item: 'Celadon set', price: 'CN¥1,459.50', status: 'Delivered', placedOn: 'Jun 3, 2025' });
  });

  it('keeps the calendar date whatever the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(orderCardText(order, 'zh').placedOn).toBe('2025年6月3日');
    } finally {
      process.env.TZ = zone;
    }
  });

  it('goes into the first screen of a chat, and a call has none', () => {
    expect(openingOf(chat, 'zh').chat?.order?.number).toBe(chat.order!.number);
    expect(openingOf(fixture('rich-call').scenario, 'zh').chat).toBeUndefined();
  });
});

describe('a timed message shown after the typing pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gets its full time from when it shows: the view restarts the clock, and the machine counts from then', () => {
    const { scenario } = fixture('rich-call');
    const timed = Object.entries(scenario.nodes).find(([, node]) => node.timeLimit)!;
    const [nodeId, node] = timed;
    const limit = node.timeLimit!.seconds * 1000;
    const actor = createActor(createScenarioMachine(scenario), { input: { mode: 'practice', timing: 'standard' } }).start();
    if (actor.getSnapshot().hasTag('awaiting-start')) actor.send({ type: 'learner.start' });
    expect(String(actor.getSnapshot().value)).toBe(nodeId);
    // The customer "types" for the cap, then the message shows and the clock starts again.
    vi.advanceTimersByTime(TYPING_CAP_MS);
    actor.send({ type: 'learner.resume' });
    vi.advanceTimersByTime(limit - 1);
    expect(actor.getSnapshot().context.transcript).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().context.transcript).toEqual([{ node: nodeId, timeout: true }]);
    actor.stop();
  });
});

describe('the library chat', () => {
  it('is a chat about an order, with at least 6 decisions on its best path and all three outcomes', () => {
    expect(chat.channel).toBe('chat');
    expect(chat.order).toBeDefined();
    expect(chat.skill).toBe('complaints');
    const path = bestPath(chat);
    expect(path.length).toBeGreaterThanOrEqual(6);
    let state = startState(chat);
    for (const move of path) state = advance(chat, state, effectOf(chat, state, move)!);
    expect(chat.endings[state.at]?.outcome).toBe('retained');
    expect(new Set(Object.values(chat.endings).map((e) => e.outcome))).toEqual(new Set(['retained', 'escalated', 'lost']));
  });

  it('has a timed moment after its first message, so the typing pause meets a clock', () => {
    expect(chat.nodes[chat.start]!.timeLimit).toBeUndefined();
    expect(Object.values(chat.nodes).some((node) => node.timeLimit)).toBe(true);
  });
});
