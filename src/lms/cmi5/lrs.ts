/**
 * The AU's calls to its LMS (cmi5 quartz, 8.2 and 10.0): the auth token from the one-time
 * fetch URL, the `LMS.LaunchData` state document, and statements, sent one after another
 * in the order they were made (cmi5 wants initialized first and terminated last), each
 * with the token as Basic auth. A statement the LRS refuses or cannot take is logged and
 * the next goes on: the learner's own record is already kept in the browser.
 */
import type { Statement } from '../../domain/xapi/statement.ts';
import type { Cmi5Launch } from './launch-params.ts';

export const XAPI_VERSION = '1.0.3';

export type Cmi5Failure = 'fetch-failed' | 'no-token' | 'state-failed';

export class Cmi5Error extends Error {
  constructor(readonly code: Cmi5Failure) {
    super(code);
  }
}

/** POSTs to the fetch URL once (it answers only the first time); the token or why not. */
export async function fetchToken(launch: Cmi5Launch, fetcher: typeof fetch): Promise<string> {
  const response = await fetcher(launch.fetch, { method: 'POST', credentials: 'omit' }).catch(() => null);
  if (!response?.ok) throw new Cmi5Error('fetch-failed');
  const body = (await response.json().catch(() => null)) as { 'auth-token'?: unknown } | null;
  const token = body?.['auth-token'];
  if (typeof token !== 'string' || token === '') throw new Cmi5Error('no-token');
  return token;
}

export interface Cmi5Lrs {
  launchData(): Promise<unknown>;
  /** Queues a statement behind the ones before it; `leaving`: the page is going (the request outlives it). */
  send(statement: Statement, leaving?: boolean): Promise<void>;
}

export function cmi5Lrs(launch: Cmi5Launch, token: string, fetcher: typeof fetch): Cmi5Lrs {
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION };
  let queue = Promise.resolve();
  return {
    async launchData() {
      const query = new URLSearchParams({
        stateId: 'LMS.LaunchData',
        activityId: launch.activityId,
        agent: JSON.stringify(launch.actor),
        registration: launch.registration,
      });
      const response = await fetcher(`${launch.endpoint}activities/state?${query}`, { headers, credentials: 'omit' }).catch(() => null);
      if (!response?.ok) throw new Cmi5Error('state-failed');
      return response.json().catch(() => null);
    },
    send(statement, leaving = false) {
      const post = async () => {
        const response = await fetcher(`${launch.endpoint}statements`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(statement),
          credentials: 'omit',
          keepalive: leaving,
        }).catch(() => null);
        if (!response?.ok) console.warn(`cmi5: the LRS did not take the ${statement.verb.display['en-US']} statement`, response?.status);
      };
      queue = queue.then(post);
      return queue;
    },
  };
}
