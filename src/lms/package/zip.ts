/**
 * A SCORM package as a zip: `imsmanifest.xml` and the schema files at the root, then the
 * site; a cmi5 package has `cmi5.xml` at the root instead (and no schema files). Pure: files in, bytes out. Already-compressed files (images, wasm, Pagefind's
 * chunks) are stored as they are.
 */
import { zipSync, type Zippable } from 'fflate';
import { COURSE_STRUCTURE, courseStructure } from '../cmi5/course-structure.ts';
import { manifest12, manifest2004, type ManifestInput } from './manifest.ts';
import type { PackageFormat } from './options.ts';

const STORED = /\.(png|jpe?g|webp|woff2?|wasm|pf_fragment|pf_index|pf_meta|pagefind)$/;

export interface PackageInput extends Omit<ManifestInput, 'files'> {
  version: PackageFormat;
  /** The relative site (relative-site.ts), by path. */
  site: Map<string, Uint8Array>;
  /** The version's schema files, by name. */
  schemas: Map<string, Uint8Array>;
}

/** The file that describes a package to the LMS, by format. */
export const manifestName = (version: PackageFormat) => (version === 'cmi5' ? COURSE_STRUCTURE : 'imsmanifest.xml');

/** The manifest (or cmi5 course structure) of a package (the same one `packageZip` writes). */
export function packageManifest(input: Omit<PackageInput, 'schemas'>): string {
  if (input.version === 'cmi5') return courseStructure(input);
  const manifestInput = { ...input, files: [...input.site.keys()].sort() };
  return input.version === '1.2' ? manifest12(manifestInput) : manifest2004(manifestInput);
}

export function packageZip(input: PackageInput): Uint8Array {
  const files: Zippable = { [manifestName(input.version)]: new TextEncoder().encode(packageManifest(input)) };
  for (const [name, data] of input.schemas) files[name] = data;
  for (const [path, data] of input.site) {
    if (path in files) throw new Error(`${path}: the site has a file where the package keeps its own`);
    files[path] = STORED.test(path) ? [data, { level: 0 }] : data;
  }
  // The zip's dates are fixed: the same site makes the same package.
  return zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
}
