/**
 * The first screen of a role-play, in the page's language, computed at build time: what
 * the page shows (and a learner can read) while the scenario itself is fetched by its
 * content hash. Only this goes into the page, not the whole scenario.
 */
import { choiceOrder } from '../../domain/scenario/choice-order.ts';
import { offeredChoices, startState } from '../../domain/scenario/play.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { playedAs } from '../../domain/scenario/variants.ts';
import { orderCardText, type OrderCardText } from './chat/order-card.ts';

export interface Opening {
  title: string;
  context: string;
  mood: number;
  speaker: 'customer' | 'narrator';
  say: string;
  /** The first node's time limit, if it is timed. */
  timeLimit?: { seconds: number };
  /** The choices offered first, in the order shown, with their index in the scenario (a click is held by it). */
  choices: { index: number; text: string }[];
  /** An online-shop chat opens as a chat, with the order it is about. */
  chat?: { order?: OrderCardText };
}

/** The page is built before a customer is drawn: it shows the first variant, and the player the one drawn. */
export function openingOf(file: Scenario, locale: Locale): Opening {
  const scenario = playedAs(file);
  const node = scenario.nodes[scenario.start]!;
  const state = startState(scenario);
  const offered = offeredChoices(scenario, state);
  return {
    title: scenario.title[locale],
    context: scenario.context[locale],
    mood: state.mood,
    speaker: node.speaker,
    say: node.say[locale],
    ...(node.timeLimit && { timeLimit: { seconds: node.timeLimit.seconds } }),
    choices: choiceOrder(scenario.id, scenario.start, node.choices.length)
      .filter((index) => offered.includes(index))
      .map((index) => ({ index, text: node.choices[index]!.text[locale] })),
    ...(scenario.channel === 'chat' && { chat: scenario.order ? { order: orderCardText(scenario.order, locale) } : {} }),
  };
}
