/**
 * Makes a site built under `PACKAGE_BASE` work from any folder, as an LMS serves a SCORM
 * package (Moodle: `/pluginfile.php/<context>/mod_scorm/content/<revision>/`, known only
 * when the learner opens it). Pure: it takes and returns file contents by path.
 *
 * - In a page, the base becomes the way up from that page (`../../` two folders down), and a
 *   link to a folder, by the base or relative (`../other-chapter/`), names its `index.html`
 *   (an LMS answers no directory).
 * - In a script (all of Astro's live in `_astro/`), the base literal becomes the folder above
 *   the script itself, computed when it runs: `new URL("../", import.meta.url).pathname`.
 * - Inline scripts and styles carry the page's CSP hashes; none may hold the base (they
 *   would need new hashes), and none does: the check below stops the build if one ever does.
 */
import { PACKAGE_BASE } from '../../i18n/locales.ts';

/** Files of a site build the package leaves out: the service worker and the host's 404 page. */
export const LEFT_OUT = new Set(['sw.js', '404.html']);

const IN_PAGE = new RegExp(`${escape(PACKAGE_BASE)}([^"'\\s&<>()#?]*)`, 'g');
const SCRIPT_LITERAL = new RegExp(`(["'\`])${escape(PACKAGE_BASE)}\\1`, 'g');
/** A link written relative to the page (`../other-chapter/#part` in a chapter's text, `./`) that names a folder. */
const RELATIVE_FOLDER = /\bhref="(\.{1,2}\/(?:[^"#?]*\/)?)([#?][^"]*)?"/g;
const RUNTIME_BASE = '(new URL("../",import.meta.url).pathname)';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `./` for a page at the root, `../../` for `a/b/index.html`. */
export function wayUp(path: string): string {
  const depth = path.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A page with every base-prefixed URL made relative to where the page lies. */
export function relativePage(path: string, html: string): string {
  for (const [, tag, body] of html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g))
    if (body!.includes(PACKAGE_BASE)) throw new Error(`${path}: an inline <${tag}> holds the base path; its CSP hash would need computing again`);
  const up = wayUp(path);
  return html
    .replace(IN_PAGE, (_, rest: string) => up + (rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest))
    .replace(RELATIVE_FOLDER, (_, folder: string, after: string | undefined) => `href="${folder}index.html${after ?? ''}"`);
}

/** A script with the base literal computed from the script's own URL. */
export function relativeScript(path: string, code: string): string {
  if (!code.includes(PACKAGE_BASE)) return code;
  if (!/^_astro\/[^/]+\.js$/.test(path)) throw new Error(`${path}: the base path in a script outside _astro/`);
  const out = code.replace(SCRIPT_LITERAL, RUNTIME_BASE);
  if (out.includes(PACKAGE_BASE)) throw new Error(`${path}: the base path inside a longer string; only the bare base can be computed at run time`);
  return out;
}

/**
 * The package's files from the built site's: pages and scripts made relative, the rest as
 * they are. Stops on any other text file still naming the base.
 */
export function relativeSite(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const text = new TextDecoder();
  const bytes = new TextEncoder();
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of files) {
    if (LEFT_OUT.has(path)) continue;
    if (path.endsWith('.html')) out.set(path, bytes.encode(relativePage(path, text.decode(data))));
    else if (path.endsWith('.js')) {
      const code = text.decode(data);
      const made = relativeScript(path, code);
      out.set(path, made === code ? data : bytes.encode(made));
    } else {
      if (/\.(css|json|webmanifest|svg|txt|xml)$/.test(path) && text.decode(data).includes(PACKAGE_BASE)) throw new Error(`${path}: names the base path`);
      out.set(path, data);
    }
  }
  return out;
}
