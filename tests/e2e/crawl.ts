/**
 * A crawler over a served build: every page found in the build folder or linked from
 * one, and every link, script, style, image and island module they name, must answer
 * 200. Fragments and other sites are not followed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The URL path of every built page (`index.html`), under `base`. */
export function builtPages(dir: string, base: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return builtPages(full, `${base}${name}/`);
    return name === 'index.html' ? [base] : [];
  });
}

const ATTRIBUTES = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g;

export interface CrawlResult {
  pages: number;
  resources: number;
  /** `url (found on page): what went wrong`. */
  broken: string[];
}

export async function crawl(origin: string, start: readonly string[]): Promise<CrawlResult> {
  const seen = new Map<string, string>(start.map((path) => [new URL(path, origin).href, '(start)']));
  const queue = [...seen.keys()];
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url);
    if (response.status !== 200) {
      broken.push(`${new URL(url).pathname} (on ${seen.get(url)}): HTTP ${response.status}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) {
      await response.arrayBuffer();
      continue;
    }
    pages++;
    const html = await response.text();
    for (const [, raw] of html.matchAll(ATTRIBUTES)) {
      const target = new URL(raw!.replaceAll('&amp;', '&'), url);
      if (target.origin !== origin) continue;
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.set(target.href, new URL(url).pathname);
        queue.push(target.href);
      }
    }
  }
  return { pages, resources: seen.size - pages, broken };
}
