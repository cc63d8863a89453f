/** An "LMS" for the browser tests: a page on the site's origin with a SCORM API from scorm-again, framing a SCO as an LMS does. */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';

export type ScormVersion = '1.2' | '2004';

/** Opens `harness` (a URL on the site's origin), puts a new API there (loaded with `cmi` when given) and frames `src` in `#sco`. */
export async function frameInLms(page: Page, harness: string, version: ScormVersion, src: string, cmi?: object): Promise<FrameLocator> {
  await page.route(harness, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body></body></html>',
    }),
  );
  await page.goto(harness);
  await page.addScriptTag({ content: readFileSync('node_modules/scorm-again/dist/scorm-again.min.js', 'utf8') });
  await page.evaluate(
    ({ version, cmi, src }) => {
      const w = window as unknown as Record<string, new (settings: object) => { loadFromJSON(json: object): void }>;
      const api = new w[version === '1.2' ? 'Scorm12API' : 'Scorm2004API']!({ logLevel: 5 });
      if (cmi) api.loadFromJSON(cmi);
      (window as unknown as Record<string, unknown>)[version === '1.2' ? 'API' : 'API_1484_11'] = api;
      const frame = document.createElement('iframe');
      frame.id = 'sco';
      frame.title = 'SCO';
      frame.style.cssText = 'width: 100%; height: 900px; border: 0';
      frame.src = src;
      document.body.append(frame);
    },
    { version, cmi, src },
  );
  return page.frameLocator('#sco');
}
