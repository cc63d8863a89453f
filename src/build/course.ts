/**
 * The course as pages need it, computed once from the content collections:
 * chapters per locale in course order, scenarios, and links between them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export { chapterHref, scenarioHref } from '../i18n/links.ts';

export interface ChapterInfo {
  slug: string;
  locale: Locale;
  entry: CollectionEntry<'chapters'>;
}

function splitChapterId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/') as [Locale, string];
  return { locale, slug };
}

/** All chapters of one language, in course order. */
export async function chaptersOf(locale: Locale): Promise<ChapterInfo[]> {
  const entries = await getCollection('chapters', (e) => splitChapterId(e.id).locale === locale);
  return entries.map((entry) => ({ ...splitChapterId(entry.id), entry })).sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}

export async function allChapters(): Promise<ChapterInfo[]> {
  const entries = await getCollection('chapters');
  return entries.map((entry) => ({ ...splitChapterId(entry.id), entry }));
}

export async function allScenarios(): Promise<CollectionEntry<'scenarios'>['data'][]> {
  const entries = await getCollection('scenarios');
  return entries.map((e) => e.data).sort((a, b) => a.scenario.id.localeCompare(b.scenario.id));
}

/** The question banks, in course order of their chapters. */
export async function questionBanks(): Promise<CollectionEntry<'questions'>['data'][]> {
  const order = new Map((await chaptersOf('zh')).map((c) => [c.slug, c.entry.data.chapter]));
  const banks = (await getCollection('questions')).map((e) => e.data);
  return banks.sort((a, b) => (order.get(a.chapter) ?? 99) - (order.get(b.chapter) ?? 99));
}
