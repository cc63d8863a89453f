/**
 * The offline course: after the pages are written, Pagefind indexes them and Workbox writes
 * `sw.js`, a service worker that precaches the whole built site (every page, script,
 * stylesheet, content file, the search index and the icons). Files named by their hash
 * (scripts, content JSON, Pagefind's chunks) are cached by that name and never fetched
 * again; the rest carry a revision from their bytes. A new release's worker waits until
 * the page tells it to take over (see `src/components/UpdateNotice.ts`); until then the old
 * release's files stay in the cache, so a page never meets another release's files.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

/** Files whose name changes with their bytes: Astro's bundles, the content JSON by hash, Pagefind's chunks. */
const HASHED = /^(_astro\/|content\/(scenarios|questions)\/|pagefind\/.*\.pf_)/;

/** Indexes the built pages for search (into `pagefind/`), as the search page expects; `keepIndexUrl`: results name `…/index.html`. */
export async function indexForSearch(dir: string, { keepIndexUrl = false } = {}): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes `sw.js` into the built site. Its precache URLs are relative to the worker, which is
 * served at the site's base path, so the same worker works at a domain's root or in a folder.
 */
export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}', 'pagefind/**/*'],
    // Pagefind also writes interfaces the search page does not use.
    globIgnores: ['pagefind/pagefind-{component-ui,modular-ui,highlight}.*'],
    swDest: join(dir, 'sw.js'),
    dontCacheBustURLsMatching: HASHED,
    // The largest file is a Pagefind wasm module (about 80 KB); a generous ceiling, so no file is left out silently.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // `/chapters/x/` is `chapters/x/index.html`; query strings (`/review/?chapter=…`) are read by the page, so any matches.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The first visit's page is served by the worker at once; a later release waits for the page's word.
    clientsClaim: true,
    skipWaiting: false,
    // One file: nothing for the worker to import, so nothing else to allow.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}
