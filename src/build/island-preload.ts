/**
 * After the build, each page whose islands hydrate on load gets a `<link rel="modulepreload">`
 * for every script those islands import statically. Without them the browser learns of the
 * scripts one import at a time, each a round trip, once Astro's island script runs.
 *
 * The links go at the end of the page's main content, not in the head, so the scripts are
 * requested once the text before them is in: on a slow line they would otherwise share the
 * bandwidth with it. In the head they held back the role-play's first line by a quarter (its
 * paint at 1028 ms against 748, at 4x CPU and Slow 4G), and the call went live no sooner. An
 * island loads its scripts only once its own children are parsed (Astro's `await-children`), so
 * the links still come before it needs them.
 *
 * Astro's own inline island scripts (its loader, 1.8 KB gzipped, and the directives that start
 * hydration) move there too, after the links: they are needed only once the islands' children
 * are in, and before an island they held back its first line (the role-play's came after
 * 11.3 KB of the page, gzipped, with them; 9.5 without).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `import … from "x.js"`, and `export … from "x.js"`: an island shared with another is a re-export of a common chunk. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^()"'`;]*?from\s*)?["']([^"']+\.js)["']/g;

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}

/** Astro's loader (it defines `<astro-island>`) and its hydration directives (`(self.Astro||(self.Astro={})).load=…`). */
const isIslandScript = (body: string) => body.includes('customElements.define("astro-island"') || body.includes('(self.Astro||(self.Astro={})).');

/** The page with `links` and Astro's inline island scripts at the end of its main content (or body). */
export function islandScriptsLast(html: string, links: string): string {
  const moved: string[] = [];
  const rest = html.replace(/<script>([\s\S]*?)<\/script>/g, (script, body: string) => (isIslandScript(body) ? (moved.push(script), '') : script));
  const at = rest.includes('</main>') ? rest.lastIndexOf('</main>') : rest.lastIndexOf('</body>');
  if (at < 0 || (links === '' && moved.length === 0)) return html;
  return rest.slice(0, at) + links + moved.join('') + rest.slice(at);
}

/**
 * The scripts in the order to request them: the largest first. Over HTTP/1.1 a browser opens six
 * connections to a host and queues the rest; React DOM (66 KB of the role-play's 98) came last in
 * import order, so the call went live only once it alone had crossed the line after the others.
 */
function largestFirst(urls: string[], sizes: Map<string, number>): string[] {
  return urls.sort((a, b) => sizes.get(b)! - sizes.get(a)!);
}

/** Adds the links to the pages in `dist` (served under `base`); returns how many pages got them. */
export async function preloadIslandScripts(dist: string, base: string): Promise<number> {
  // Each script is read once, for its imports and its size, whatever the number of pages that load it.
  const imports = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  const importsOf = async (url: string): Promise<string[]> => {
    const known = imports.get(url);
    if (known) return known;
    const code = await readFile(join(dist, url.slice(base.length)), 'utf8');
    const found = [...code.matchAll(STATIC_IMPORT)].map((m) => new URL(m[1]!, `http://site${url}`).pathname);
    imports.set(url, found);
    sizes.set(url, Buffer.byteLength(code));
    return found;
  };
  const closure = async (url: string, seen: Set<string>) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const next of await importsOf(url)) await closure(next, seen);
  };
  let pages = 0;
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const urls = new Set<string>();
    for (const [island] of html.matchAll(/<astro-island\b[^>]*\bclient="load"[^>]*>/g))
      for (const [, url] of island.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) await closure(url!, urls);
    const links = largestFirst([...urls], sizes)
      .map((url) => `<link rel="modulepreload" href="${url}">`)
      .join('');
    const moved = islandScriptsLast(html, links);
    if (moved === html) continue;
    await writeFile(file, moved);
    if (urls.size > 0) pages++;
  }
  return pages;
}
