/** Which modules the build gathers into the role-play page's one script of shared small modules. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { leafGroup, sharedLeaves } from '../../src/build/leaf-chunk.ts';

/** A folder holding `files` (name → source). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leaves-'));
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  return dir;
}

it('takes modules that import nothing, or only such modules, and leaves out any that reach a package or JSX', () => {
  const dir = project({
    'entry.ts': "import { a } from './a.ts';\nimport { b } from './b.ts';\nimport { c } from './c.ts';\nimport View from './view.tsx';\nimport './side.ts';",
    'a.ts': "import type { T } from './types.ts';\nexport const a = 1;",
    'b.ts': "import { a } from './a.ts';\nexport { d } from './d.ts';\nexport const b = a;",
    'c.ts': "import { useState } from 'react';\nimport { a } from './a.ts';\nexport const c = [useState, a];",
    'd.ts': 'export const d = 4;',
    'side.ts': 'export {};',
    'view.tsx': 'export default function View() { return null; }',
    'types.ts': 'export type T = number;',
  });
  const found = [...sharedLeaves([join(dir, 'entry.ts')])].map((file) => file.slice(dir.length + 1)).sort();
  // Not the entry (it reaches React through c.ts), c.ts, the component, or the type-only module (never imported at run time).
  expect(found).toEqual(['a.ts', 'b.ts', 'd.ts', 'side.ts']);
});

it('puts the leaves a page script imports in one file, those a page script loads later in another, the rest in a third', () => {
  const dir = project({
    'island.tsx': "import { a } from './a.ts';\nimport { b } from './b.ts';\nimport { c } from './c.ts';\nimport { r } from './r.ts';",
    'a.ts': 'export const a = 1;',
    'b.ts': 'export const b = 2;',
    'c.ts': 'export const c = 3;',
    'r.ts': "import { useState } from 'react';\nexport const r = useState;",
    'Page.astro':
      "---\nimport { c } from './c.ts';\n---\n<p>{c}</p>\n<script>\n  import { a } from './a.ts';\n  void import('./b.ts').then(({ b }) => b + a);\n</script>\n<script is:inline>import('./c.ts');</script>",
  });
  const group = leafGroup([join(dir, 'island.tsx')], dir);
  const names = Object.fromEntries(['a.ts', 'b.ts', 'c.ts', 'r.ts', 'island.tsx'].map((f) => [f, group.name(join(dir, f))]));
  // The page's server-side import of c.ts and its inline script are not its bundled script.
  expect(names).toEqual({ 'a.ts': 'page-leaves', 'b.ts': 'later-leaves', 'c.ts': 'call-leaves', 'r.ts': null, 'island.tsx': null });
  expect(group.minShareCount).toBe(2);
});
