/** The site's languages. Chinese is the default and lives at `/`; English at `/en/`. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/** The value for `<html lang>`. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The base path the site is served under (`astro.config.mjs` `base`), without its
 * trailing slash: '' at a domain's root, '/course' under `/course/`. Outside Vite
 * (plain Node scripts) there is no `import.meta.env`, and the site is at the root.
 */
const BASE_URL: string = import.meta.env?.BASE_URL ?? '/';
const BASE = BASE_URL.replace(/\/$/, '');

/**
 * The base a SCORM package is built under (src/lms/package/relative-site.ts then makes it
 * relative). An LMS serves the package from a folder known only at run time and answers no
 * directory, so there a page link names its `index.html`, and no service worker is registered.
 */
export const PACKAGE_BASE = '/__package__/';
export const IN_PACKAGE = BASE_URL === PACKAGE_BASE;

/** A site path (starting with `/`) with the base path in front: what a link or fetch uses. */
export function sitePath(path: string): string {
  return BASE + path;
}

/** A site path (starting with `/`, without the base) as seen in `locale`, base path included. */
export function localePath(locale: Locale, path: string): string {
  if (IN_PACKAGE && path.endsWith('/')) return localePath(locale, `${path}index.html`);
  if (locale === DEFAULT_LOCALE) return sitePath(path);
  return sitePath(path === '/' ? `/${locale}/` : `/${locale}${path}`);
}

/** The locale a pathname (with or without the base path) belongs to, and the path without base and locale. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (BASE && (pathname === BASE || pathname.startsWith(`${BASE}/`))) pathname = pathname.slice(BASE.length) || '/';
  const match = /^\/(en)(\/.*)?$/.exec(pathname);
  if (!match) return { locale: DEFAULT_LOCALE, path: pathname };
  return { locale: match[1] as Locale, path: match[2] ?? '/' };
}

/** `getStaticPaths` params for a `[...locale]` route: `undefined` is the default locale. */
export function localeParams(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({
    params: { locale: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}
