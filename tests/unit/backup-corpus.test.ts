/**
 * Every bad backup file in `tests/fixtures/backups/` (made by `make.mjs`, one class of
 * defect each) is refused with exactly the problem `expected.json` names, and the
 * store it was imported into is unchanged. Files too big to keep are made here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '../../src/storage/backup-bounds.ts';
import { importBackup } from '../../src/storage/backup.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import type { BackupProblem } from '../../src/storage/problems.ts';

const dir = new URL('../fixtures/backups/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const expected = JSON.parse(read('expected.json')) as Record<string, BackupProblem>;
const corpus = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json' && f !== 'good.json');
const good = JSON.parse(read('good.json'));

/** A store holding the good file's records and one chapter of its own. */
async function seeded() {
  const store = memoryStore();
  await importBackup(store, read('good.json'));
  await store.markChapterRead('crm-systems', 1);
  return store;
}

async function refusedWith(file: string | Blob): Promise<BackupProblem> {
  const store = await seeded();
  const before = await store.exportRecords();
  const result = await importBackup(store, file);
  expect(await store.exportRecords()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (result.ok) throw new Error('a bad file was imported');
  return result.problem;
}

describe('the corpus of bad backup files', () => {
  it('names a problem for every file, and a file for every problem', () => {
    expect(corpus.sort()).toEqual(Object.keys(expected).sort());
    expect(corpus.length).toBeGreaterThan(30);
  });

  it.each(corpus)('%s is refused with its problem and changes nothing', async (name) => {
    expect(await refusedWith(read(name))).toEqual(expected[name]);
  });

  it('the good file they are made from imports', async () => {
    const result = await importBackup(memoryStore(), read('good.json'));
    expect(result).toMatchObject({ ok: true, changes: { attempts: { added: 1 }, exams: { added: 1 }, profile: { added: 1 } } });
  });
});

describe('files too big to keep in the corpus', () => {
  const big = (extra: number) => JSON.stringify(good).padEnd(BACKUP_LIMITS.bytes + extra, ' ');

  it('a file over the size limit is refused before it is read, as a file or as text', async () => {
    const file = new Blob([big(1)]);
    file.text = () => Promise.reject(new Error('read a file that was too large'));
    expect(await refusedWith(file)).toEqual({ code: 'too-large', megabytes: 20 });
    expect(await refusedWith(big(1))).toEqual({ code: 'too-large', megabytes: 20 });
  });

  it('text under the limit in characters but over it in bytes is refused too', async () => {
    const chinese = JSON.stringify(good).padEnd(Math.ceil(BACKUP_LIMITS.bytes / 3) + 10_000, '。');
    expect(await refusedWith(chinese)).toEqual({ code: 'too-large', megabytes: 20 });
  });

  it('a table with more records than the limit', async () => {
    const f = structuredClone(good);
    f.tables.chapterReads = Array.from({ length: BACKUP_LIMITS.records + 1 }, (_, i) => ({ slug: `c${i}`, readAt: 1 }));
    expect(await refusedWith(JSON.stringify(f))).toEqual({ code: 'too-many-records', table: 'chapterReads', limit: BACKUP_LIMITS.records });
  });

  it('a file at the limits is accepted', async () => {
    const f = structuredClone(good);
    f.tables.chapterReads = Array.from({ length: BACKUP_LIMITS.records }, (_, i) => ({ slug: `c${i}`, readAt: 1 }));
    f.tables.exams[0].written = { 'crm-overview-01': ['长'.repeat(BACKUP_LIMITS.chars)] };
    const result = await importBackup(memoryStore(), JSON.stringify(f));
    expect(result).toMatchObject({ ok: true, changes: { chapterReads: { added: BACKUP_LIMITS.records } } });
  });
});
