/**
 * The order card of a chat, worded for one language: the price in yuan and the date as
 * that language writes them. Used at build time for the first screen and in the browser
 * for the chat itself, so both show the same text.
 */
import { HTML_LANG, type Locale } from '../../../i18n/locales.ts';
import type { OrderCard } from '../../../schemas/scenario.ts';

export interface OrderCardText {
  number: string;
  item: string;
  /** "¥459.00" in Chinese, "CN¥459.00" in English. */
  price: string;
  status: string;
  /** The date as the language writes it, and as ISO for `<time datetime>`. */
  placedOn: string;
  placedOnIso: string;
}

export function orderCardText(order: OrderCard, locale: Locale): OrderCardText {
  const lang = HTML_LANG[locale];
  return {
    number: order.number,
    item: order.item[locale],
    price: new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY' }).format(order.price),
    status: order.status[locale],
    // A calendar date, not a moment: formatted in UTC so no time zone moves it a day.
    placedOn: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${order.placedOn}T00:00:00Z`)),
    placedOnIso: order.placedOn,
  };
}
