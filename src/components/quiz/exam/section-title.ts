/** How a paper section is headed: 一、单项选择题 / Part 1. Single choice. */
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';

type Section = ExamAttempt['paper']['sections'][number];

export function sectionTitle(section: Section, index: number, locale: Locale, t: Translate): string {
  const numeral = t('exam.numerals').split(',')[index] ?? String(index + 1);
  return t('exam.sectionHeading', { numeral, title: section.title?.[locale] ?? t('exam.sectionAll') });
}

export function sectionMarks(section: Section, t: Translate): string {
  return t('exam.sectionMarks', { marks: section.marks, total: section.marks * section.questionIds.length });
}
