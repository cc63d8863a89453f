/** Interface text as the learner reads it, from the same strings the pages use. */
import { useTranslations } from '../../src/i18n/strings.ts';

export const zh = useTranslations('zh');
export const en = useTranslations('en');
export const ui = (locale: 'zh' | 'en') => (locale === 'zh' ? zh : en);
