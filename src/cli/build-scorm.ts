/**
 * `npm run build:scorm [-- --only scenario:complaint-lscia,quiz:crm-overview --version 1.2|2004|both|cmi5 --lang zh|en --out dir --name name --config file]`
 *
 * Builds the site under the package base into a temporary folder (the normal `dist/` is
 * not touched), makes it work from any folder (src/lms/package/relative-site.ts), indexes
 * it for search with page links that name their index.html, and writes one SCORM zip per
 * version (or one cmi5 zip, `--version cmi5`). Settings come from `scorm.config.yaml` when it exists; arguments win.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { PACKAGE_BASE } from '../i18n/locales.ts';
import { LAUNCH_PAGE, SCHEMA_FILES } from '../lms/package/manifest.ts';
import { parseArgs, resolveOptions } from '../lms/package/options.ts';
import { checkRefs, chosenOutline, courseOutline } from '../lms/package/outline.ts';
import { readCourse } from '../lms/package/read-course.ts';
import { relativeSite } from '../lms/package/relative-site.ts';
import { packageZip } from '../lms/package/zip.ts';

const SCHEMA_DIR: Record<string, string> = { '1.2': 'src/lms/package/schemas/scorm12', '2004': 'src/lms/package/schemas/scorm2004' };

function fail(message: string): never {
  console.error(`build:scorm: ${message}`);
  process.exit(1);
}

async function readTree(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split(sep).join('/'), await readFile(full));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

const started = performance.now();
const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') fail(args);
const configFile = args.config ?? 'scorm.config.yaml';
if (args.config && !existsSync(configFile)) fail(`no config file ${configFile}`);
const config = existsSync(configFile) ? { file: configFile, source: await readFile(configFile, 'utf8') } : null;
const parsed = resolveOptions(config, args);
if (!parsed.ok) fail(parsed.error);
const { options } = parsed;

const whole = courseOutline(await readCourse(), options.lang);
const problems = checkRefs(whole, options.only);
if (problems.length > 0) fail(`cannot package these items:\n  ${problems.join('\n  ')}`);
const outline = options.only.length > 0 ? chosenOutline(whole, options.only) : whole;

// The site is built outside the repository: the type check and the linter never see it.
const siteDir = await mkdtemp(join(tmpdir(), 'service-dojo-scorm-'));
let site: Map<string, Uint8Array>;
try {
  console.log(`build:scorm: building the site under ${PACKAGE_BASE}`);
  await promisify(execFile)('npx', ['astro', 'build', '--outDir', siteDir], { env: { ...process.env, SITE_BASE: PACKAGE_BASE }, maxBuffer: 64 * 1024 * 1024 });
  site = relativeSite(await readTree(siteDir));
} finally {
  await rm(siteDir, { recursive: true, force: true });
}
if (!site.has(LAUNCH_PAGE)) console.warn(`build:scorm: warning: the site has no ${LAUNCH_PAGE} yet; every SCO launches it`);

await mkdir(options.out, { recursive: true });
for (const version of options.versions) {
  const schemas = new Map<string, Uint8Array>();
  for (const name of version === 'cmi5' ? [] : SCHEMA_FILES[version]) schemas.set(name, await readFile(join(SCHEMA_DIR[version]!, name)));
  const zip = packageZip({ version, identifier: options.name, lang: options.lang, outline, site, schemas });
  const file = join(options.out, version === 'cmi5' ? `${options.name}-cmi5.zip` : `${options.name}-scorm${version.replace('.', '')}.zip`);
  await writeFile(file, zip);
  const items = outline.groups.reduce((n, g) => n + g.items.length, 0);
  console.log(
    `build:scorm: ${file}: ${version === 'cmi5' ? 'cmi5' : `SCORM ${version}`}, ${items} item(s), ${site.size + schemas.size + 1} files, ${(zip.length / 1024).toFixed(0)} KB`,
  );
}
console.log(`build:scorm: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
