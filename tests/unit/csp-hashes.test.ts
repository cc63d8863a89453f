/** A page's policy keeps the hash sources of its own inline scripts and styles, and only those. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../src/build/csp-hashes.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const SCRIPT = "document.documentElement.dataset.held = '按住'";
const STYLE = 'astro-island{display:contents}';
const OTHER = hash('code of another page');

function page(policy: string, body: string): string {
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1]!;

describe('withOwnHashes', () => {
  it('keeps the hashes of the inline script and style on the page and drops the rest, other sources untouched', () => {
    const html = page(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)} ${OTHER};style-src 'self' ${OTHER} ${hash(STYLE)};style-src-attr 'unsafe-inline'`,
      `<script>${SCRIPT}</script><style>${STYLE}</style><p>正文</p>`,
    );
    expect(policyOf(withOwnHashes(html))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)};style-src 'self' ${hash(STYLE)};style-src-attr 'unsafe-inline'`,
    );
    expect(withOwnHashes(html).replace(policyOf(withOwnHashes(html)), '')).toBe(html.replace(policyOf(html), ''));
  });

  it('does not count scripts that load a file or hold data: the policy does not hash them', () => {
    const data = '{"a":1}';
    const html = page(
      `script-src 'self' ${hash(data)} ${hash('')}`,
      `<script type="module" src="/_astro/a.js"></script><script type="application/json">${data}</script>`,
    );
    expect(policyOf(withOwnHashes(html))).toBe("script-src 'self'");
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<html><body><script>${SCRIPT}</script></body></html>`;
    expect(withOwnHashes(html)).toBe(html);
  });
});
