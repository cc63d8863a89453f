/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition. Every SCO launches the same
 * page, `lms/index.html`, told which item to run by its query (`?item=scenario:x`, plus
 * `&lang=en` in an English package); the rest of the site is one shared asset resource
 * the launch page depends on.
 *
 * - 1.2: one SCO resource per item whose href carries the query. The 1.2 item has a
 *   `parameters` attribute too, but LMSs of that era honour it unevenly; an href with a
 *   query is what they all launch.
 * - 2004: one SCO resource; each item's `parameters` carries the query (CAM 4th ed.
 *   3.4.1.12: appended to the resource's href by the LMS).
 * No mastery score or sequencing rules: the launch page reports completion, success and
 * score itself. The 2004 organization allows choice and flow (Previous/Next) between items.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Outline, Sco } from './outline.ts';

export type ScormVersion = '1.2' | '2004';

export const LAUNCH_PAGE = 'lms/index.html';

export interface ManifestInput {
  /** The manifest's identifier (a name without spaces). */
  identifier: string;
  lang: Locale;
  outline: Outline;
  /** Every file of the site in the package, launch page included, as zip paths. */
  files: readonly string[];
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An xs:ID from any text: letters, digits, `-`, `_` and `.`, starting with a letter. */
function xmlId(...parts: string[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_');
}

/** The query a SCO's launch page is given. */
export function launchQuery(sco: Sco, lang: Locale): string {
  return `?item=${encodeURIComponent(sco.ref).replace(/%3A/g, ':')}${lang === 'en' ? '&lang=en' : ''}`;
}

/** A file path as an href (URI-escaped, slashes kept). */
function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function sharedResource(files: readonly string[], scormType: string): string {
  const list = files
    .filter((f) => f !== LAUNCH_PAGE)
    .map((f) => `      <file href="${xmlEscape(fileHref(f))}"/>`)
    .join('\n');
  return `    <resource identifier="site" type="webcontent" ${scormType}="asset">\n${list}\n    </resource>`;
}

function organization(input: ManifestInput, item: (sco: Sco) => string, extra = ''): string {
  const groups = input.outline.groups
    .map((g) =>
      [`      <item identifier="${xmlId('group', g.key)}">`, `        <title>${xmlEscape(g.title)}</title>`, ...g.items.map(item), '      </item>'].join('\n'),
    )
    .join('\n');
  return [
    '  <organizations default="course">',
    '    <organization identifier="course">',
    `      <title>${xmlEscape(input.outline.title)}</title>`,
    groups,
    extra,
    '    </organization>',
    '  </organizations>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function manifest12(input: ManifestInput): string {
  const scos = input.outline.groups.flatMap((g) => g.items);
  const item = (sco: Sco) =>
    `        <item identifier="${xmlId('item', sco.ref)}" identifierref="${xmlId('sco', sco.ref)}">\n          <title>${xmlEscape(sco.title)}</title>\n        </item>`;
  const resources = scos.map(
    (sco) =>
      `    <resource identifier="${xmlId('sco', sco.ref)}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(LAUNCH_PAGE + launchQuery(sco, input.lang))}">\n      <file href="${LAUNCH_PAGE}"/>\n      <dependency identifierref="site"/>\n    </resource>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId(input.identifier)}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    organization(input, item),
    '  <resources>',
    ...resources,
    sharedResource(input.files, 'adlcp:scormtype'),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

export function manifest2004(input: ManifestInput): string {
  const item = (sco: Sco) =>
    `        <item identifier="${xmlId('item', sco.ref)}" identifierref="sco" parameters="${xmlEscape(launchQuery(sco, input.lang))}">\n          <title>${xmlEscape(sco.title)}</title>\n        </item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId(input.identifier)}" version="1.0"`,
    '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '  </metadata>',
    organization(input, item, '      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>'),
    '  <resources>',
    `    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_PAGE}">`,
    `      <file href="${LAUNCH_PAGE}"/>`,
    '      <dependency identifierref="site"/>',
    '    </resource>',
    sharedResource(input.files, 'adlcp:scormType'),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The schema files each version's package carries at its root (from src/lms/package/schemas/). */
export const SCHEMA_FILES: Record<ScormVersion, string[]> = {
  '1.2': ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd'],
  '2004': [
    'imscp_v1p1.xsd',
    'adlcp_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'XMLSchema.dtd',
    'datatypes.dtd',
  ],
};
