/**
 * The two other builds the browser tests need besides `dist/`: the site under the base path
 * `/course/` (`base-path.spec.ts`) and the SCORM zips (`scorm-package.spec.ts`). `npm test`
 * builds them right after `dist/`, while the unit tests run, so that no browser test waits
 * for a build or shares the machine with one (`node tests/e2e/test-sites.ts`). One build
 * at a time: Astro builds of one project share its content store. A spec run on its own
 * builds its site when the one on disk is missing or older than `dist/`.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const COURSE_BASE = '/course/';
export const COURSE_SITE = 'dist-e2e/course';
export const SCORM_DIR = 'dist-e2e/scorm';
/** The files each build writes last: a build that stopped half-way is not taken for a whole one. */
const COURSE_DONE = `${COURSE_SITE}/sw.js`;
const SCORM_DONE = `${SCORM_DIR}/course-scorm2004.zip`;

/** Built after the `dist/` being tested (so from the same source), and whole. */
function fresh(file: string): boolean {
  return existsSync(file) && existsSync('dist/index.html') && statSync(file).mtimeMs >= statSync('dist/index.html').mtimeMs;
}

/** Builds `COURSE_SITE` unless it is fresh. */
export async function courseSite(): Promise<void> {
  if (!fresh(COURSE_DONE)) await run('npx', ['astro', 'build', '--outDir', COURSE_SITE], { env: { ...process.env, SITE_BASE: COURSE_BASE } });
}

/** The folder holding `course-scorm12.zip` and `course-scorm2004.zip`. */
export async function scormZips(): Promise<string> {
  if (!fresh(SCORM_DONE))
    await run('node', ['src/cli/build-scorm.ts', '--out', SCORM_DIR, '--name', 'course', '--version', 'both'], { maxBuffer: 64 * 1024 * 1024 });
  return SCORM_DIR;
}

if (import.meta.main) {
  const started = performance.now();
  await courseSite();
  await scormZips();
  console.log(`test sites: ${COURSE_SITE}/ and ${SCORM_DIR}/ in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
