/**
 * `cmi5.xml`, the course structure of a cmi5 package (cmi5 quartz, section 13): the course,
 * one block per outline group (a chapter, or the mock exam), one AU per item. Every AU
 * launches the same page as a SCORM item, `lms/index.html?item=<ref>` (relative to the
 * package). Ids are the publisher's: URNs made of the package name and the item's ref,
 * stable from one build to the next.
 */
import type { Locale } from '../../i18n/locales.ts';
import { LANGUAGE_TAGS } from '../../domain/xapi/vocabulary.ts';
import { LAUNCH_PAGE, launchQuery, xmlEscape } from '../package/manifest.ts';
import type { Outline, Sco } from '../package/outline.ts';

export const COURSE_STRUCTURE = 'cmi5.xml';
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export interface CourseStructureInput {
  /** The package's name (no spaces): the ids' common part. */
  identifier: string;
  lang: Locale;
  outline: Outline;
}

/** What satisfies an AU: a role-play or the exam once finished or passed; reading and practice once done. */
export function moveOnOf(sco: Sco): 'CompletedOrPassed' | 'Completed' {
  return sco.ref.startsWith('scenario:') || sco.ref.startsWith('exam:') ? 'CompletedOrPassed' : 'Completed';
}

export const publisherId = (identifier: string, ...parts: string[]) =>
  ['urn:service-dojo', identifier, ...parts].map((p) => encodeURIComponent(p).replace(/%3A/g, ':')).join(':');

/** The pass mark as cmi5 writes it: a share of the full score, at most 4 decimals. */
export const masteryScore = (share: number) => String(Math.round(share * 10_000) / 10_000);

export function courseStructure({ identifier, lang, outline }: CourseStructureInput): string {
  const tag = LANGUAGE_TAGS[lang];
  const words = (name: 'title' | 'description', text: string, indent: string) =>
    `${indent}<${name}><langstring lang="${tag}">${xmlEscape(text)}</langstring></${name}>`;
  const au = (sco: Sco, group: string) => {
    const mastery = sco.passShare === undefined ? '' : ` masteryScore="${masteryScore(sco.passShare)}"`;
    return [
      `    <au id="${xmlEscape(publisherId(identifier, 'au', sco.ref))}" moveOn="${moveOnOf(sco)}"${mastery}>`,
      words('title', sco.title, '      '),
      words('description', `${group} · ${sco.title}`, '      '),
      `      <url>${xmlEscape(LAUNCH_PAGE + launchQuery(sco, lang))}</url>`,
      '    </au>',
    ].join('\n');
  };
  const blocks = outline.groups.map((g) =>
    [
      `  <block id="${xmlEscape(publisherId(identifier, 'block', g.key))}">`,
      words('title', g.title, '    '),
      words('description', `${outline.title} · ${g.title}`, '    '),
      ...g.items.map((sco) => au(sco, g.title)),
      '  </block>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${xmlEscape(publisherId(identifier))}">`,
    words('title', outline.title, '    '),
    words('description', outline.title, '    '),
    '  </course>',
    ...blocks,
    '</courseStructure>',
    '',
  ].join('\n');
}
