/**
 * The learner's record in IndexedDB. Versions only grow: a new version adds a
 * `this.version(n)` line (with an upgrade function when data must move) and a test
 * that opens the old version, seeds it and checks the data after the upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Step } from '../domain/scenario/machine.ts';
import type { ScoreResult } from '../domain/scenario/scoring.ts';

/** Bumped when the shape of a saved attempt changes; old ones are migrated or refused. */
export const ATTEMPT_FORMAT = 1;

export interface Attempt {
  id: string;
  format: number;
  scenarioId: string;
  /** The scenario's content hash when the attempt began. */
  contentHash: string;
  /** The language the learner played in. */
  locale: string;
  /** `superseded`: the scenario changed under an unfinished attempt. */
  status: 'active' | 'finished' | 'superseded';
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  steps: Step[];
  ending?: string;
  /** Kept for quick listing; always re-derivable from `steps` by replay. */
  score?: ScoreResult;
}

export interface ChapterRead {
  /** Chapter slug; reading either language counts. */
  slug: string;
  readAt: number;
}

export type DojoDb = Dexie & {
  attempts: EntityTable<Attempt, 'id'>;
  chapterReads: EntityTable<ChapterRead, 'slug'>;
};

export const DB_NAME = 'service-dojo';

export function openDojoDb(name = DB_NAME): DojoDb {
  const db = new Dexie(name) as DojoDb;
  db.version(1).stores({
    attempts: 'id, scenarioId, status, [scenarioId+status], finishedAt',
    chapterReads: 'slug',
  });
  return db;
}

let shared: DojoDb | undefined;
/** The one database instance a page uses. */
export function dojoDb(): DojoDb {
  shared ??= openDojoDb();
  return shared;
}
