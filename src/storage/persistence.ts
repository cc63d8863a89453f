/**
 * Persistent storage: a browser may delete a site's IndexedDB to make room, and Safari
 * deletes what scripts wrote after seven days without a visit, unless the site is granted
 * persistent storage. The store asks at the first save that matters on a page
 * (`askPersistence`), and `/progress` shows the answer (`persistence`).
 */

export type Persistence =
  /** The browser will not delete the record to make room. */
  | 'granted'
  /** Asked, and refused: the record may be deleted; export regularly. */
  | 'refused'
  /** Not asked yet: nothing has been saved on this device. */
  | 'not-asked'
  /** This browser cannot be asked. */
  | 'unsupported';

/** The browser's last answer, kept so `/progress` can tell "refused" from "not asked". */
const ANSWER = 'service-dojo.storage-persist';

let asked = false;

/** Asks once per page, and only while the storage is not persistent yet. */
export async function askPersistence(): Promise<void> {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  asked = true;
  try {
    if (await navigator.storage.persisted()) return;
    const granted = await navigator.storage.persist();
    localStorage.setItem(ANSWER, granted ? 'granted' : 'refused');
  } catch {
    // A browser that will not say leaves the answer as it was.
  }
}

export async function persistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return localStorage.getItem(ANSWER) ? 'refused' : 'not-asked';
  } catch {
    return 'unsupported';
  }
}
