/**
 * Opens a cmi5 session for the launcher (`../scorm/launch.ts` loads this only when the
 * launch URL carries cmi5 parameters): reads the launch, takes the auth token, reads the
 * launch data, then sends `initialized`. Fails with a code when any step does.
 */
import type { Item } from '../scorm/item.ts';
import { parseLaunchData } from './launch-data.ts';
import { parseCmi5Launch } from './launch-params.ts';
import { cmi5Lrs, fetchToken } from './lrs.ts';
import { openCmi5Session } from './session.ts';

export async function openCmi5(params: URLSearchParams, item: Item, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const parsed = parseCmi5Launch(params);
  if (!parsed?.ok) throw new Error(`cmi5 launch: ${parsed?.problem ?? 'no parameters'}`);
  const { launch } = parsed;
  const lrs = cmi5Lrs(launch, await fetchToken(launch, fetcher), fetcher);
  const data = parseLaunchData(await lrs.launchData());
  if (!data) throw new Error('cmi5 launch: the LMS.LaunchData document is not one');
  return openCmi5Session(lrs, { launch, data, startedAt: Date.now() }, item);
}
