/**
 * Every interface string, split by feature and by language (`zh/*.ts`, `en/*.ts`).
 * Course text lives in `content/` and `scenarios/`; these files hold only the words
 * of the interface. Pages (rendered on the server) may use all of it; an island gets
 * `uiStrings(locale, features)`, the strings of one language and the features it uses.
 */
import * as en from './en/index.ts';
import type { Locale } from './locales.ts';
import { translator, type Dictionary, type Translate } from './translate.ts';
import * as zh from './zh/index.ts';

export type Feature = keyof typeof zh;
export type UiKey = { [F in Feature]: keyof (typeof zh)[F] }[Feature];

const dictionaries: Record<Locale, Record<Feature, Dictionary>> = { zh, en };

/** The strings of `features` in one language, for an island's props. */
export function uiStrings(locale: Locale, features: readonly Feature[]): Dictionary {
  return Object.assign({}, ...features.map((feature) => dictionaries[locale][feature]));
}

/** Every interface string of a locale, for what is rendered on the server. */
export function allStrings(locale: Locale): Dictionary {
  return uiStrings(locale, Object.keys(zh) as Feature[]);
}

/** All interface strings of a locale, for pages rendered on the server. */
export function translationsOf(locale: Locale): Translate {
  return translator(allStrings(locale));
}
