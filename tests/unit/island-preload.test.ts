/** The build step that puts an island's preloads and Astro's island scripts after the page's main content. */
import { expect, it } from 'vitest';
import { islandScriptsLast } from '../../src/build/island-preload.ts';

const LOADER = '<script>(()=>{class f extends HTMLElement{};customElements.get("astro-island")||customElements.define("astro-island",f)})();</script>';
const DIRECTIVE =
  '<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).load=e;window.dispatchEvent(new Event("astro:load"));})();</script>';
const OWN = '<script>document.documentElement.dataset.ready="";</script>';
const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const LINKS = '<link rel="modulepreload" href="/_astro/a.js">';

it('moves the loader and the directives after the links, at the end of the main content, and keeps the rest in place', () => {
  const page = `<html><head>${STYLE}</head><body><main>${OWN}${DIRECTIVE}${LOADER}<astro-island><p>First line</p></astro-island></main><footer></footer></body></html>`;
  expect(islandScriptsLast(page, LINKS)).toBe(
    `<html><head>${STYLE}</head><body><main>${OWN}<astro-island><p>First line</p></astro-island>${LINKS}${DIRECTIVE}${LOADER}</main><footer></footer></body></html>`,
  );
});

it('puts them before the end of the body on a page without a main element', () => {
  const page = `<body>${LOADER}<astro-island></astro-island></body>`;
  expect(islandScriptsLast(page, '')).toBe(`<body><astro-island></astro-island>${LOADER}</body>`);
});

it('leaves a page without islands as it is', () => {
  const page = `<body><main>${OWN}<p>Text</p></main></body>`;
  expect(islandScriptsLast(page, '')).toBe(page);
});
