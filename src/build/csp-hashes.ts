/**
 * After the build, each page's Content-Security-Policy names by hash only the inline scripts
 * and styles that page holds. Astro puts the hashes of every inline script and style of the
 * whole site into every page (23 on a role-play page, 5 of them its own): as random base64
 * they do not compress, and they came before the first line of every page (0.9 KB gzipped).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './island-preload.ts';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline elements the policy governs: scripts without `src` (data blocks such as JSON are not run) and style elements. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** The hashes, as a policy writes them, of the page's inline scripts and styles, exactly as the browser hashes them. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag === 'script' && (/\bsrc=/.test(attributes!) || /\btype="application\/(ld\+)?json"/.test(attributes!))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The page with a policy whose hash sources are only those of its own inline scripts and styles. */
export function withOwnHashes(html: string): string {
  const policy = html.match(POLICY);
  if (!policy) return html;
  const own = inlineHashes(html);
  const pruned = policy[2]!
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => !source.startsWith("'sha256-") || own.has(source))
        .join(' '),
    )
    .join(';');
  return html.replace(POLICY, `$1${pruned}$3`);
}

/** Rewrites the pages in `dist`; returns the hash sources taken out, over all pages. */
export async function pruneCspHashes(dist: string): Promise<number> {
  let removed = 0;
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const pruned = withOwnHashes(html);
    if (pruned === html) continue;
    removed += (html.match(/'sha256-/g)?.length ?? 0) - (pruned.match(/'sha256-/g)?.length ?? 0);
    await writeFile(file, pruned);
  }
  return removed;
}
