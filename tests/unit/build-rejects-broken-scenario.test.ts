/** A broken scenario must stop `astro build` with the file, line, node and reason. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve('.');
const site = mkdtempSync(join(tmpdir(), 'dojo-build-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

it('fails the build and names the problem', () => {
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(site, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  mkdirSync(join(site, 'scenarios'));
  cpSync(join(root, 'tests/fixtures/scenarios/broken/dangling-target.yaml'), join(site, 'scenarios/dangling-target.yaml'));

  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = build.stdout + build.stderr;
  expect(build.status, output).not.toBe(0);
  expect(output).toContain('scenarios/dangling-target.yaml:26: node "greet", choice 1, next: leads to "hold", which is neither a node nor an ending');
}, 120_000);
