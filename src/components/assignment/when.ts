/** Dates and times of assignments, as people read and type them in the page's language. */
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';

export function formatMoment(locale: Locale, ms: number): string {
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The value of a `datetime-local` input for a moment, in the device's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The moment a `datetime-local` input's value names, or null when it is empty or not a date. */
export function fromLocalInput(value: string): number | null {
  if (value === '') return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}
