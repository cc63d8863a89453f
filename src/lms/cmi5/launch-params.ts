/**
 * The five parameters a cmi5 LMS adds to an AU's launch URL (cmi5 quartz, 8.1): the xAPI
 * `endpoint`, the one-time `fetch` URL for the auth token, the learner as an xAPI `actor`
 * (JSON, an account), the `registration` (a UUID) and the AU's `activityId` (an IRI).
 * Pure: a launch with none of them is not cmi5 (`null`); one with some of them wrong or
 * missing names the first problem.
 */
import type { Agent } from '../../domain/xapi/statement.ts';

export const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

export interface Cmi5Launch {
  /** Ends in `/`: `statements` and `activities/state` hang off it. */
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export type LaunchProblem = `${(typeof CMI5_PARAMS)[number]}-${'missing' | 'invalid'}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An absolute IRI: a scheme, then no spaces. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function parseActor(text: string): Agent | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  // cmi5 names the learner by an account (9.2); checked by hand so the launcher carries no schema library.
  if (typeof data !== 'object' || data === null) return null;
  const { objectType, name, account } = data as { objectType?: unknown; name?: unknown; account?: { homePage?: unknown; name?: unknown } };
  if ((objectType !== undefined && objectType !== 'Agent') || (name !== undefined && typeof name !== 'string')) return null;
  if (typeof account?.homePage !== 'string' || !IRI.test(account.homePage) || typeof account.name !== 'string' || account.name === '') return null;
  return { objectType: 'Agent', ...(name !== undefined && { name }), account: { homePage: account.homePage, name: account.name } };
}

export const isCmi5Launch = (params: URLSearchParams) => CMI5_PARAMS.some((name) => params.has(name));

export function parseCmi5Launch(params: URLSearchParams): { ok: true; launch: Cmi5Launch } | { ok: false; problem: LaunchProblem } | null {
  if (!isCmi5Launch(params)) return null;
  for (const name of CMI5_PARAMS) if (!params.get(name)) return { ok: false, problem: `${name}-missing` };
  const value = (name: (typeof CMI5_PARAMS)[number]) => params.get(name)!;
  const endpoint = httpUrl(value('endpoint'));
  if (!endpoint || endpoint.search || endpoint.hash) return { ok: false, problem: 'endpoint-invalid' };
  if (!httpUrl(value('fetch'))) return { ok: false, problem: 'fetch-invalid' };
  const actor = parseActor(value('actor'));
  if (!actor) return { ok: false, problem: 'actor-invalid' };
  if (!UUID.test(value('registration'))) return { ok: false, problem: 'registration-invalid' };
  if (!IRI.test(value('activityId'))) return { ok: false, problem: 'activityId-invalid' };
  const href = endpoint.href;
  return {
    ok: true,
    launch: {
      endpoint: href.endsWith('/') ? href : `${href}/`,
      fetch: value('fetch'),
      actor,
      registration: value('registration').toLowerCase(),
      activityId: value('activityId'),
    },
  };
}
