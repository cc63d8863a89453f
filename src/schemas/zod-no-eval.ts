/**
 * Zod, configured before any schema is made: `jitless` keeps it from compiling parsers
 * with `new Function`, which the site's Content-Security-Policy forbids (zod would try,
 * be refused, report a violation and fall back). Every `import … from 'zod'` in the site's
 * bundles resolves here (`astro.config.mjs`, `vite.resolve.alias`).
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
