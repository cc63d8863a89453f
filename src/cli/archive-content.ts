/**
 * `npm run archive:content`: adds the current version of every scenario and question
 * bank to `content-archive/`, so the site keeps serving it after the content changes.
 * Commit the files it writes.
 */
import { archiveMissingVersions, ARCHIVE_DIR } from '../build/content-archive.ts';

const written = await archiveMissingVersions();
for (const file of written) console.log(`archived ${file}`);
console.log(written.length > 0 ? `${written.length} new version(s) in ${ARCHIVE_DIR}/: commit them.` : `${ARCHIVE_DIR}/ already holds every current version.`);
