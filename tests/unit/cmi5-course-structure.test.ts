/**
 * The cmi5 package: `--version cmi5`, and its `cmi5.xml` (cmi5 quartz, section 13). No
 * published XSD of the course structure is on npm, so its shape is checked here: the
 * namespace, a course, a block per chapter, one AU per item in course order with its
 * launch URL, moveOn and mastery score, titles and descriptions as langstrings, ids unique.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CMI5_NAMESPACE, COURSE_STRUCTURE, courseStructure } from '../../src/lms/cmi5/course-structure.ts';
import { resolveOptions } from '../../src/lms/package/options.ts';
import { allRefs, chosenOutline, courseOutline, type Outline } from '../../src/lms/package/outline.ts';
import { readCourse } from '../../src/lms/package/read-course.ts';
import { packageZip } from '../../src/lms/package/zip.ts';

let zh: Outline;
let en: Outline;
beforeAll(async () => {
  const course = await readCourse();
  zh = courseOutline(course, 'zh');
  en = courseOutline(course, 'en');
});

/** Each element as name, attributes and direct text, in document order (the generator writes no nested text). */
function elements(xml: string) {
  return [...xml.matchAll(/<([a-zA-Z]+)((?:\s+[a-zA-Z:]+="[^"]*")*)\s*>([^<]*)/g)].map(([, name, attrs, text]) => ({
    name: name!,
    attrs: Object.fromEntries([...attrs!.matchAll(/([a-zA-Z:]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])),
    text: text!,
  }));
}

describe('options', () => {
  it('--version cmi5 makes one cmi5 package', () => {
    expect(resolveOptions(null, { version: 'cmi5' })).toMatchObject({ ok: true, options: { versions: ['cmi5'] } });
    expect(resolveOptions({ file: 'scorm.config.yaml', source: 'version: cmi5\n' }, {})).toMatchObject({ ok: true, options: { versions: ['cmi5'] } });
  });
});

describe('cmi5.xml', () => {
  it('is a course, a block per group and an AU per item, in course order', () => {
    const xml = courseStructure({ identifier: 'service-dojo-zh', lang: 'zh', outline: zh });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<courseStructure xmlns="' + CMI5_NAMESPACE + '">')).toBe(true);
    const all = elements(xml);
    expect(all.filter((e) => e.name === 'course')).toHaveLength(1);
    expect(all.filter((e) => e.name === 'block')).toHaveLength(zh.groups.length);
    const aus = all.filter((e) => e.name === 'au');
    const urls = all.filter((e) => e.name === 'url').map((e) => e.text);
    expect(aus).toHaveLength(allRefs(zh).length);
    expect(urls).toEqual(allRefs(zh).map((ref) => `lms/index.html?item=${ref}`));
    const ids = all.filter((e) => e.attrs.id).map((e) => e.attrs.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:service-dojo:service-dojo-zh(:[A-Za-z0-9._~%:-]+)?$/);
    // Every course, block and AU has a title and a description, each one zh-CN langstring.
    const langstrings = all.filter((e) => e.name === 'langstring');
    expect(langstrings).toHaveLength(2 * (1 + zh.groups.length + aus.length));
    for (const l of langstrings) expect(l).toMatchObject({ attrs: { lang: 'zh-CN' }, text: expect.stringMatching(/\S/) });
  });

  it('role-plays and the exam move on when completed or passed, with their pass mark; reading and practice when completed', () => {
    const xml = courseStructure({ identifier: 'p', lang: 'zh', outline: zh });
    const aus = elements(xml).filter((e) => e.name === 'au');
    const byRef = new Map(aus.map((au) => [decodeURIComponent(au.attrs.id!.replace('urn:service-dojo:p:au:', '')), au.attrs]));
    expect(byRef.get('scenario:complaint-lscia')).toMatchObject({ moveOn: 'CompletedOrPassed', masteryScore: '0.6' });
    expect(byRef.get('exam:short')).toMatchObject({ moveOn: 'CompletedOrPassed', masteryScore: expect.stringMatching(/^(0(\.\d{1,4})?|1)$/) });
    expect(byRef.get('chapter:crm-overview')).toEqual({ id: 'urn:service-dojo:p:au:chapter:crm-overview', moveOn: 'Completed' });
    expect(byRef.get('quiz:crm-overview')).toEqual({ id: 'urn:service-dojo:p:au:quiz:crm-overview', moveOn: 'Completed' });
  });

  it('an English package launches English pages and escapes the ampersand', () => {
    const outline = chosenOutline(en, ['scenario:complaint-lscia']);
    const xml = courseStructure({ identifier: 'service-dojo-en', lang: 'en', outline });
    expect(xml).toContain('<url>lms/index.html?item=scenario:complaint-lscia&amp;lang=en</url>');
    expect(xml).toContain('<langstring lang="en">');
    expect(elements(xml).filter((e) => e.name === 'au')).toHaveLength(1);
  });
});

describe('the cmi5 zip', () => {
  it('has cmi5.xml at its root beside the site, and no SCORM manifest', () => {
    const site = new Map([
      ['lms/index.html', new TextEncoder().encode('<html></html>')],
      ['index.html', new TextEncoder().encode('<html></html>')],
    ]);
    const outline = chosenOutline(zh, ['scenario:complaint-lscia']);
    const files = unzipSync(packageZip({ version: 'cmi5', identifier: 'x', lang: 'zh', outline, site, schemas: new Map() }));
    expect(Object.keys(files).sort()).toEqual([COURSE_STRUCTURE, 'index.html', 'lms/index.html']);
    expect(new TextDecoder().decode(files[COURSE_STRUCTURE])).toBe(courseStructure({ identifier: 'x', lang: 'zh', outline }));
  });
});
