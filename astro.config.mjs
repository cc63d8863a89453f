// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { archiveMissingVersions } from './src/build/content-archive.ts';
import { leafGroup } from './src/build/leaf-chunk.ts';
import { pruneCspHashes } from './src/build/csp-hashes.ts';
import { preloadIslandScripts } from './src/build/island-preload.ts';
import { indexForSearch, writeServiceWorker } from './src/build/service-worker.ts';
import { PACKAGE_BASE } from './src/i18n/locales.ts';

/**
 * The site can be served under a path (`SITE_BASE=/course/ npm run build`); every link,
 * fetch and asset goes through `import.meta.env.BASE_URL`.
 */
const base = process.env.SITE_BASE ?? '/';

/**
 * Before pages are written, the current scenario and question-bank versions join the archive.
 * @type {import('astro').AstroIntegration}
 */
const contentArchive = {
  name: 'content-archive',
  hooks: {
    'astro:build:start': async ({ logger }) => {
      for (const file of await archiveMissingVersions()) logger.info(`archived ${file}`);
    },
  },
};

/**
 * After the build, pages preload the scripts of the islands they hydrate on load (see src/build/island-preload.ts).
 * @type {import('astro').AstroIntegration}
 */
const islandPreload = {
  name: 'island-preload',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      logger.info(`island scripts preloaded on ${await preloadIslandScripts(fileURLToPath(dir), base)} pages`);
    },
  },
};

/**
 * Each page's policy names only its own inline scripts and styles (see src/build/csp-hashes.ts).
 * @type {import('astro').AstroIntegration}
 */
const ownHashes = {
  name: 'csp-own-hashes',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      logger.info(`${await pruneCspHashes(fileURLToPath(dir))} hash sources of other pages' inline code taken out of page policies`);
    },
  },
};

/**
 * A SCORM package is built under `PACKAGE_BASE`: an LMS answers no directory, so its search
 * results name `index.html`, and it serves the package its own way, so there is no worker.
 */
const inPackage = base === PACKAGE_BASE;

/**
 * Last, the search index and the service worker that keeps the whole course, index included,
 * for use offline (see src/build/service-worker.ts).
 * @type {import('astro').AstroIntegration}
 */
const offline = {
  name: 'offline',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const out = fileURLToPath(dir);
      logger.info(`search index: ${await indexForSearch(out, { keepIndexUrl: inPackage })} pages`);
      if (inPackage) return;
      const { count, size } = await writeServiceWorker(out);
      logger.info(`service worker precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
    },
  },
};

/** The one script inlined by hand (the role-play page's early-click holder), allowed by its hash. */
const holdFirstChoice = readFileSync(new URL('./src/scripts/hold-first-choice.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`[]} */
const inlineScriptHashes = [`sha256-${createHash('sha256').update(holdFirstChoice).digest('base64')}`];

export default defineConfig({
  output: 'static',
  // The stylesheet (4 KB gzipped) goes into each page: the first line is painted without another round trip.
  build: { inlineStylesheets: 'always' },
  site: 'https://service-dojo.example',
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), react(), contentArchive, islandPreload, ownHashes, offline],
  /**
   * A Content-Security-Policy on every page: scripts and styles only from the site or
   * with the hashes Astro computes for what it inlines (no 'unsafe-inline' for scripts);
   * 'wasm-unsafe-eval' lets the search compile its WebAssembly. Inline style attributes are
   * allowed (they cannot run code). Nothing from another origin.
   */
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data: blob:",
        // A class's Learning Record Store is named at run time (in an assignment link), so no build can list its origin:
        // fetch may reach any https origin, and http only on the instructor's own machine. Scripts, frames and the rest stay 'self'.
        "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
        "font-src 'self'",
        "media-src 'self' blob:",
        "worker-src 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      // Style attributes (React's `style={…}` rendered on the server) are allowed; style elements still need a hash.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  // Zod without `new Function` (see src/schemas/zod-no-eval.ts): the policy allows no eval.
  vite: {
    resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/schemas/zod-no-eval.ts', import.meta.url)) }] },
    // The small modules the role-play page shares with others, in one script (see src/build/leaf-chunk.ts).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  leafGroup(
                    ['./src/components/ScenarioPlayer.tsx', './src/components/scenario/chat/ChatPlayer.tsx'].map((f) =>
                      fileURLToPath(new URL(f, import.meta.url)),
                    ),
                    fileURLToPath(new URL('./src', import.meta.url)),
                  ),
                ],
              },
            },
          },
        },
      },
    },
  },
});
