/** The name of the learner's database, apart from Dexie so that `quick-read.ts` can use it without loading Dexie. */
export const DB_NAME = 'service-dojo';
