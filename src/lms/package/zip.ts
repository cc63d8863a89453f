/**
 * A SCORM package as a zip: `imsmanifest.xml` and the schema files at the root, then the
 * site. Pure: files in, bytes out. Already-compressed files (images, wasm, Pagefind's
 * chunks) are stored as they are.
 */
import { zipSync, type Zippable } from 'fflate';
import { manifest12, manifest2004, type ManifestInput, type ScormVersion } from './manifest.ts';

const STORED = /\.(png|jpe?g|webp|woff2?|wasm|pf_fragment|pf_index|pf_meta|pagefind)$/;

export interface PackageInput extends Omit<ManifestInput, 'files'> {
  version: ScormVersion;
  /** The relative site (relative-site.ts), by path. */
  site: Map<string, Uint8Array>;
  /** The version's schema files, by name. */
  schemas: Map<string, Uint8Array>;
}

/** The manifest of a package (the same one `packageZip` writes). */
export function packageManifest(input: Omit<PackageInput, 'schemas'>): string {
  const manifestInput = { ...input, files: [...input.site.keys()].sort() };
  return input.version === '1.2' ? manifest12(manifestInput) : manifest2004(manifestInput);
}

export function packageZip(input: PackageInput): Uint8Array {
  const files: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(packageManifest(input)) };
  for (const [name, data] of input.schemas) files[name] = data;
  for (const [path, data] of input.site) {
    if (path in files) throw new Error(`${path}: the site has a file where the package keeps its own`);
    files[path] = STORED.test(path) ? [data, { level: 0 }] : data;
  }
  // The zip's dates are fixed: the same site makes the same package.
  return zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
}
