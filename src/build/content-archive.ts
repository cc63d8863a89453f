/**
 * Every published version of a scenario or question bank stays fetchable. The archive
 * (`content-archive/<scenarios|questions>/<id>/<hash>.json`, kept in the repository)
 * holds each version the site has served, so an attempt made on last term's scenario
 * can still be replayed and re-scored today. The build adds the current versions when
 * they are missing (`npm run archive:content` does the same) and serves every file.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashContent } from '../domain/content-hash.ts';
import { loadQuestionBank } from '../domain/quiz/load.ts';
import { contentHash } from '../domain/scenario/hash.ts';
import type { QuestionBankFile, ScenarioFile } from '../content-client/files.ts';
import { ContentError, readScenarioFolder, readYamlFolder } from './yaml-folder.ts';

export const ARCHIVE_DIR = 'content-archive';

export type ContentVersion =
  { kind: 'scenarios'; id: string; hash: string; file: ScenarioFile } | { kind: 'questions'; id: string; hash: string; file: QuestionBankFile };

/** The versions in the source files now (`scenarios/`, `content/questions/`). */
export async function currentVersions(): Promise<ContentVersion[]> {
  const scenarios = await readScenarioFolder('scenarios');
  if (scenarios.problems.length > 0) throw new ContentError('scenario files', scenarios.problems);
  const banks = await readYamlFolder('content/questions', loadQuestionBank);
  if (banks.problems.length > 0) throw new ContentError('question banks', banks.problems);
  return [
    ...scenarios.loaded.map(({ scenario, hash }): ContentVersion => ({ kind: 'scenarios', id: scenario.id, hash, file: { id: scenario.id, hash, scenario } })),
    ...banks.loaded.map((bank): ContentVersion => {
      const hash = hashContent(bank);
      return { kind: 'questions', id: bank.chapter, hash, file: { chapter: bank.chapter, hash, bank } };
    }),
  ];
}

/** The hash of what a version holds, worked out again (an archived file must match its name). */
export function recomputedHash(version: ContentVersion): string {
  return version.kind === 'scenarios' ? contentHash(version.file.scenario) : hashContent(version.file.bank);
}

export function archivePath(version: Pick<ContentVersion, 'kind' | 'id' | 'hash'>, dir = ARCHIVE_DIR): string {
  return join(dir, version.kind, version.id, `${version.hash}.json`);
}

/** Every archived version, named as its file is. */
export async function archivedVersions(dir = ARCHIVE_DIR): Promise<ContentVersion[]> {
  const versions: ContentVersion[] = [];
  for (const kind of ['scenarios', 'questions'] as const) {
    const kindDir = join(dir, kind);
    if (!existsSync(kindDir)) continue;
    for (const id of (await readdir(kindDir)).sort()) {
      for (const name of (await readdir(join(kindDir, id))).filter((n) => n.endsWith('.json')).sort()) {
        const file = JSON.parse(await readFile(join(kindDir, id, name), 'utf8'));
        versions.push({ kind, id, hash: name.slice(0, -'.json'.length), file } as ContentVersion);
      }
    }
  }
  return versions;
}

/** What the site serves: every archived version and the current ones. */
export async function servedVersions(dir = ARCHIVE_DIR): Promise<ContentVersion[]> {
  const byPath = new Map<string, ContentVersion>();
  for (const version of [...(await archivedVersions(dir)), ...(await currentVersions())]) byPath.set(archivePath(version, dir), version);
  return [...byPath.values()];
}

/** Writes the current versions the archive lacks; returns the files written. */
export async function archiveMissingVersions(dir = ARCHIVE_DIR): Promise<string[]> {
  const written: string[] = [];
  for (const version of await currentVersions()) {
    const path = archivePath(version, dir);
    if (existsSync(path)) continue;
    await mkdir(join(dir, version.kind, version.id), { recursive: true });
    await writeFile(path, `${JSON.stringify(version.file, null, 2)}\n`);
    written.push(path);
  }
  return written;
}
