/**
 * SCORM packages: the options (config file and arguments, with their mistakes named), the
 * outline a chosen set makes, the manifests (checked against the ADL/IMS schemas with
 * libxml2's validator, compiled to WebAssembly: xmllint-wasm), the site made relative, and
 * the zip's layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { PACKAGE_BASE } from '../../src/i18n/locales.ts';
import { launchQuery, manifest12, manifest2004, SCHEMA_FILES, type ManifestInput, type ScormVersion } from '../../src/lms/package/manifest.ts';
import { parseArgs, resolveOptions } from '../../src/lms/package/options.ts';
import { checkRefs, chosenOutline, courseOutline, type CourseFacts, type Outline } from '../../src/lms/package/outline.ts';
import { readCourse } from '../../src/lms/package/read-course.ts';
import { relativePage, relativeScript, relativeSite } from '../../src/lms/package/relative-site.ts';
import { packageZip } from '../../src/lms/package/zip.ts';

let course: CourseFacts;
let whole: Outline;
beforeAll(async () => {
  course = await readCourse();
  whole = courseOutline(course, 'zh');
});

const SITE_FILES = ['index.html', 'lms/index.html', 'chapters/crm-overview/index.html', '_astro/client.AbC123.js', 'content/index.json'];

/** The schemas a version's package carries, plus one that imports every namespace its manifest uses. */
function validator(version: ScormVersion) {
  const dir = version === '1.2' ? 'src/lms/package/schemas/scorm12' : 'src/lms/package/schemas/scorm2004';
  const imports: Record<ScormVersion, [string, string][]> = {
    '1.2': [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
    '2004': [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
  };
  const all = `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports[version]
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n')}\n</xs:schema>`;
  const preload = SCHEMA_FILES[version].map((name) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') }));
  return async (xml: string) => {
    const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: xml }], schema: [{ fileName: 'all.xsd', contents: all }], preload });
    return result.errors.map((e) => e.rawMessage);
  };
}

describe('options', () => {
  it('reads the config file, and arguments win', () => {
    const args = parseArgs(['--version', '2004', '--only=scenario:complaint-lscia, quiz:crm-overview']);
    expect(args).toEqual({ version: '2004', only: ['scenario:complaint-lscia', 'quiz:crm-overview'] });
    const parsed = resolveOptions({ file: 'scorm.config.yaml', source: 'version: 1.2\nlang: en\nout: pkg\n' }, args as object);
    expect(parsed).toEqual({
      ok: true,
      options: { versions: ['2004'], lang: 'en', only: ['scenario:complaint-lscia', 'quiz:crm-overview'], out: 'pkg', name: 'service-dojo-en' },
    });
  });

  it('reads the example config at the repository root as the whole course in both versions', () => {
    const parsed = resolveOptions({ file: 'scorm.config.yaml', source: readFileSync('scorm.config.yaml', 'utf8') }, {});
    expect(parsed).toMatchObject({ ok: true, options: { versions: ['1.2', '2004'], lang: 'zh', only: [] } });
  });

  it('names a bad version, language, argument or config key', () => {
    expect(resolveOptions(null, { version: '3' })).toEqual({ ok: false, error: 'unknown package version "3" (choose 1.2, 2004, both, cmi5)' });
    expect(resolveOptions(null, { lang: 'fr' })).toMatchObject({ ok: false, error: expect.stringContaining('"fr"') });
    expect(parseArgs(['--verison', '1.2'])).toMatch(/unknown argument "--verison"/);
    expect(parseArgs(['--out'])).toBe('--out needs a value');
    expect(resolveOptions({ file: 'scorm.config.yaml', source: 'olny: []' }, {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^scorm\.config\.yaml: .*olny/),
    });
    expect(resolveOptions({ file: 'scorm.config.yaml', source: 'version: 2004\n' }, {})).toMatchObject({ ok: true, options: { versions: ['2004'] } });
  });
});

describe('outline', () => {
  it('groups the whole course by chapter: reading, practice quiz, role-plays; then the mock exam', () => {
    expect(whole.groups).toHaveLength(course.chapters.length + 1);
    const first = whole.groups[0]!;
    expect(first.key).toBe(course.chapters[0]!.slug);
    expect(first.items.slice(0, 2).map((i) => i.ref)).toEqual([`chapter:${first.key}`, `quiz:${first.key}`]);
    const refs = whole.groups.flatMap((g) => g.items.map((i) => i.ref));
    for (const s of course.scenarios) expect(refs).toContain(`scenario:${s.id}`);
    expect(whole.groups.at(-1)!.items.map((i) => i.ref)).toEqual(['exam:full', 'exam:short']);
  });

  it('keeps a chosen set in course order, titled in the package language', () => {
    const en = chosenOutline(courseOutline(course, 'en'), ['scenario:complaint-lscia', 'quiz:crm-overview', 'exam:short']);
    const lscia = course.scenarios.find((s) => s.id === 'complaint-lscia')!;
    expect(en.title).toBe('Service Dojo');
    expect(en.groups.flatMap((g) => g.items)).toEqual([
      { ref: 'quiz:crm-overview', title: `Practice quiz: ${course.chapters.find((c) => c.slug === 'crm-overview')!.title.en}` },
      { ref: 'scenario:complaint-lscia', title: lscia.title.en, passShare: lscia.passMark / 100 },
      { ref: 'exam:short', title: expect.stringMatching(/^Mock exam: /), passShare: expect.any(Number) },
    ]);
  });

  it('names each unknown scenario, kind or missing id', () => {
    expect(checkRefs(whole, ['scenario:complaint-lscia', 'quiz:crm-overview'])).toEqual([]);
    const problems = checkRefs(whole, ['scenario:no-such-call', 'video:intro', 'quiz:', 'exam:final']);
    expect(problems[0]).toMatch(/^"scenario:no-such-call": no scenario "no-such-call" in the course \(scenario ids: .*complaint-lscia/);
    expect(problems[1]).toBe('"video:intro": unknown kind "video" (kinds: chapter, quiz, scenario, exam)');
    expect(problems[2]).toBe('"quiz:": no id after "quiz:"');
    expect(problems[3]).toMatch(/"exam:final": no exam "final".*full, short/);
  });
});

describe('manifests', () => {
  const chosen = (): ManifestInput => ({
    identifier: 'service-dojo-en',
    lang: 'en',
    outline: chosenOutline(courseOutline(course, 'en'), ['scenario:complaint-lscia', 'quiz:crm-overview']),
    files: SITE_FILES,
  });

  it('launch each item through the launch page with its query', () => {
    expect(launchQuery({ ref: 'scenario:complaint-lscia', title: '' }, 'zh')).toBe('?item=scenario:complaint-lscia');
    expect(launchQuery({ ref: 'quiz:crm-overview', title: '' }, 'en')).toBe('?item=quiz:crm-overview&lang=en');
    const m12 = manifest12(chosen());
    expect(m12).toContain('href="lms/index.html?item=scenario:complaint-lscia&amp;lang=en"');
    expect(m12).toContain('href="lms/index.html?item=quiz:crm-overview&amp;lang=en"');
    expect(m12.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    const m04 = manifest2004(chosen());
    expect(m04).toContain('identifierref="sco" parameters="?item=scenario:complaint-lscia&amp;lang=en"');
    expect(m04.match(/<item identifier="item-/g)).toHaveLength(2);
    expect(m04).not.toContain('exam:');
    // The shared resource lists the site, the launch page sits in the SCO's own resource.
    for (const m of [m12, m04]) {
      expect(m).toContain('<file href="_astro/client.AbC123.js"/>');
      expect(m.match(/<file href="lms\/index.html"\/>/g)).toHaveLength(m === m12 ? 2 : 1);
    }
  });

  it('are valid against the SCORM 1.2 schemas, and a broken one is not', async () => {
    const validate = validator('1.2');
    expect(await validate(manifest12({ ...chosen(), outline: whole, lang: 'zh' }))).toEqual([]);
    expect(await validate(manifest12(chosen()))).toEqual([]);
    const broken = manifest12(chosen()).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await validate(broken)).join('\n')).toMatch(/scormtype/);
  });

  it('are valid against the SCORM 2004 4th edition schemas, and a broken one is not', async () => {
    const validate = validator('2004');
    expect(await validate(manifest2004({ ...chosen(), outline: whole, lang: 'zh' }))).toEqual([]);
    expect(await validate(manifest2004(chosen()))).toEqual([]);
    const broken = manifest2004(chosen()).replace('<imsss:controlMode choice="true"', '<imsss:controlMode choise="true"');
    expect((await validate(broken)).join('\n')).toMatch(/choise/);
  });
});

describe('the site made relative', () => {
  it('makes page URLs relative to the page, naming index.html for folders', () => {
    const html = `<a href="${PACKAGE_BASE}chapters/x/index.html">a</a><a href="${PACKAGE_BASE}">home</a><script type="module" src="${PACKAGE_BASE}_astro/a.js"></script><astro-island props="{&quot;href&quot;:[0,&quot;${PACKAGE_BASE}progress/&quot;]}"></astro-island>`;
    expect(relativePage('en/chapters/x/index.html', html)).toBe(
      '<a href="../../../chapters/x/index.html">a</a><a href="../../../index.html">home</a><script type="module" src="../../../_astro/a.js"></script><astro-island props="{&quot;href&quot;:[0,&quot;../../../progress/index.html&quot;]}"></astro-island>',
    );
    expect(relativePage('index.html', `<link href="${PACKAGE_BASE}favicon.svg">`)).toBe('<link href="./favicon.svg">');
    const written = '<a href="../identifying-customers/#value">v</a><a href="./">all</a><a href="../x/index.html">i</a><a href="#main">m</a>';
    expect(relativePage('chapters/crm-overview/index.html', written)).toBe(
      '<a href="../identifying-customers/index.html#value">v</a><a href="./index.html">all</a><a href="../x/index.html">i</a><a href="#main">m</a>',
    );
  });

  it('refuses an inline script holding the base (its CSP hash would be stale)', () => {
    expect(() => relativePage('index.html', `<script>go("${PACKAGE_BASE}x")</script>`)).toThrow(/inline <script>/);
  });

  it('computes the base in a script from the script’s own URL', () => {
    expect(relativeScript('_astro/locales.js', `var n=\`${PACKAGE_BASE}\`.replace(/\\/$/,\`\`);`)).toBe(
      'var n=(new URL("../",import.meta.url).pathname).replace(/\\/$/,``);',
    );
    expect(() => relativeScript('_astro/x.js', `f("${PACKAGE_BASE}pagefind/")`)).toThrow(/longer string/);
    expect(() => relativeScript('lms/x.js', `f("${PACKAGE_BASE}")`)).toThrow(/outside _astro/);
  });

  it('leaves out the service worker and the 404 page', () => {
    const site = relativeSite(new Map(['sw.js', '404.html', 'favicon.svg'].map((p) => [p, new TextEncoder().encode('x')])));
    expect([...site.keys()]).toEqual(['favicon.svg']);
  });
});

describe('the zip', () => {
  it('has the manifest and the version’s schemas at its root, then the site', () => {
    const site = new Map(SITE_FILES.map((p) => [p, new TextEncoder().encode(p)]));
    for (const version of ['1.2', '2004'] as const) {
      const schemas = new Map(SCHEMA_FILES[version].map((n) => [n, new TextEncoder().encode(n)]));
      const files = unzipSync(packageZip({ version, identifier: 'p', lang: 'zh', outline: whole, site, schemas }));
      expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...SCHEMA_FILES[version], ...SITE_FILES].sort());
      expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain(
        version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>',
      );
    }
  });
});
