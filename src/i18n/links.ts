/** Site links that islands and pages both build (no content-collection imports here). */
import { localePath, type Locale } from './locales.ts';

/** A link to a chapter (and section) from a reference like `customer-service#telephone-etiquette`. */
export function chapterHref(locale: Locale, ref: string): string {
  const [slug, section] = ref.split('#');
  return localePath(locale, `/chapters/${slug}/`) + (section ? `#${section}` : '');
}

export function scenarioHref(locale: Locale, id: string): string {
  return localePath(locale, `/scenarios/${id}/`);
}
