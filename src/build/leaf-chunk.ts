/**
 * Fewer, larger scripts for the modules a role-play page shares with other pages. The bundler
 * gives each module shared by a different set of islands a file of its own: the role-play page
 * asked for 29 scripts before its call was live, eleven of them under 0.3 KB (the locale list,
 * the translator, the clock's rules…). Over HTTP/1.1 a browser opens six connections to a host,
 * so every six requests cost one more round trip (150 ms on Slow 4G) before the call is live.
 * With these files it asks for 15, and its call went live 1.57 s after navigation instead of
 * 1.98 s (medians of 4 loads at 4x CPU and Slow 4G).
 *
 * Only modules that reach no package go in (`sharedLeaves`), so a file of them imports nothing
 * and a page that needs one of them loads no other page's code. They are split by what else
 * needs them (`leafGroup`), so that a light page loads little it did not need before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** `import … from './x'` and `export … from './x'`, type-only ones apart; not `import()`, which loads later. */
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;
const ANY_RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+['"]|^\s*import\s+['"]/gm;

/** A module of ours: its own modules it imports at run time, and whether it imports anything else (a package, or React's runtime by way of JSX). */
interface ModuleImports {
  ours: string[];
  outside: boolean;
}

/** Each module read once, for both walks of the graph (`sharedLeaves`, `reach`). */
const read = new Map<string, ModuleImports | null>();
function importsOf(file: string): ModuleImports | null {
  if (!read.has(file)) {
    if (!existsSync(file)) read.set(file, null);
    else {
      const code = readFileSync(file, 'utf8');
      const ours = [...code.matchAll(RUNTIME_IMPORT)].map(([, from, bare]) => resolve(dirname(file), (from ?? bare)!));
      read.set(file, { ours, outside: file.endsWith('.tsx') || [...code.matchAll(ANY_RUNTIME_IMPORT)].length > ours.length });
    }
  }
  return read.get(file)!;
}

/** Every module of ours `roots` import statically, the roots included. */
function reach(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const found = importsOf(file);
    if (seen.has(file) || !found) return;
    seen.add(file);
    found.ours.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * The modules of ours reachable by static imports from `entries` that import, at run time, only
 * other such modules: none of them pulls in React, XState, Dexie or another island's code.
 */
export function sharedLeaves(entries: string[]): Set<string> {
  const modules = [...reach(entries)];
  const leaves = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const file of modules) {
      const { ours, outside } = importsOf(file)!;
      if (!outside && !leaves.has(file) && ours.every((d) => leaves.has(d))) {
        leaves.add(file);
        grew = true;
      }
    }
  }
  return leaves;
}

/** What the bundled `<script>`s of the `.astro` files under `dir` import at once, and what they load later (`import()`). */
export function pageScriptImports(dir: string): { now: string[]; later: string[] } {
  const now: string[] = [];
  const later: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const [, script] of readFileSync(file, 'utf8').matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g))
      for (const [, dynamic, path] of script!.matchAll(/(?:from |import |(import)\()['"](\.[^'"]+)['"]/g))
        (dynamic ? later : now).push(resolve(dirname(file), path!));
  }
  return { now, later };
}

/**
 * The bundler's group (Rolldown's `codeSplitting.groups`) for the shared leaves of `islands`,
 * given the page scripts under `src`: one file of those a page script imports at once (the
 * home page's summary reads), one of those a page script loads later (a chapter's store), one
 * of the rest. A light page then loads only a little it did not need before.
 */
export function leafGroup(islands: string[], src: string) {
  const leaves = sharedLeaves(islands);
  const scripts = pageScriptImports(src);
  const now = reach(scripts.now);
  const later = reach(scripts.later);
  return {
    name: (id: string) => (!leaves.has(id) ? null : now.has(id) ? 'page-leaves' : later.has(id) ? 'later-leaves' : 'call-leaves'),
    // Only those that two islands or more share: the rest stay with their island.
    minShareCount: 2,
  };
}
