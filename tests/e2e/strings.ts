/** Interface text as the learner reads it, from the same strings the pages use. */
import { translationsOf } from '../../src/i18n/strings.ts';

export const zh = translationsOf('zh');
export const en = translationsOf('en');
export const ui = (locale: 'zh' | 'en') => (locale === 'zh' ? zh : en);
