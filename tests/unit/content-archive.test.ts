/**
 * Every version the site has published stays fetchable: the current version of each
 * scenario and question bank must be in `content-archive/`, and no archived file may
 * have been edited since (its content must still hash to its name).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveMissingVersions, archivedVersions, archivePath, currentVersions, recomputedHash, servedVersions } from '../../src/build/content-archive.ts';

const current = await currentVersions();
const archived = await archivedVersions();

describe('content archive', () => {
  it('holds the current version of every scenario and question bank', () => {
    const have = new Set(archived.map((v) => archivePath(v)));
    const missing = current.filter((v) => !have.has(archivePath(v))).map((v) => `${v.kind} ${v.id} version ${v.hash} (${archivePath(v)})`);
    expect(missing, 'Content changed but its new version is not archived: run `npm run archive:content` and commit content-archive/.').toEqual([]);
    expect(current.filter((v) => v.kind === 'scenarios').length).toBeGreaterThan(0);
    expect(current.filter((v) => v.kind === 'questions').length).toBeGreaterThan(0);
  });

  it('never changes an archived version: each file still hashes to its name and names its own id', () => {
    const edited = archived
      .filter((v) => recomputedHash(v) !== v.hash || v.file.hash !== v.hash || (v.kind === 'scenarios' ? v.file.id : v.file.chapter) !== v.id)
      .map((v) => archivePath(v));
    expect(edited, 'An archived file was edited; restore it from git (a changed scenario gets a new file via `npm run archive:content`).').toEqual([]);
  });

  it('writes what is missing, and the site serves archived and current versions alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archive-'));
    try {
      const written = await archiveMissingVersions(dir);
      expect(written.sort()).toEqual(current.map((v) => archivePath(v, dir)).sort());
      expect(await archiveMissingVersions(dir)).toEqual([]);
      expect((await archivedVersions(dir)).map((v) => recomputedHash(v))).toEqual((await archivedVersions(dir)).map((v) => v.hash));
      expect((await readdir(join(dir, 'scenarios'))).sort()).toEqual(
        current
          .filter((v) => v.kind === 'scenarios')
          .map((v) => v.id)
          .sort(),
      );
    } finally {
      await rm(dir, { recursive: true });
    }
    const served = new Set((await servedVersions()).map((v) => archivePath(v)));
    for (const v of [...archived, ...current]) expect(served.has(archivePath(v))).toBe(true);
  });
});
