/**
 * An instructor's LRS setting: the endpoint (the address `statements` hangs off) and the
 * Basic-auth key and secret the LRS issued. The endpoint must be https; plain http only on
 * the instructor's own machine (localhost, 127.0.0.1), for trying an LRS out.
 */
/** Why an endpoint, key or secret is refused (the interface words each code). */
export type LrsProblem =
  | 'endpoint-empty'
  | 'endpoint-not-a-url'
  | 'endpoint-not-https'
  | 'endpoint-has-credentials'
  | 'endpoint-has-query'
  | 'endpoint-too-long'
  | 'key-empty'
  | 'key-invalid'
  | 'secret-empty'
  | 'secret-invalid';

const MAX_ENDPOINT = 300;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Printable ASCII; a key cannot hold `:`, which ends it in Basic auth. */
export const KEY = /^[\x21-\x39\x3b-\x7e]{1,200}$/;
export const SECRET = /^[\x21-\x7e]{1,200}$/;

/** The endpoint as it will be used (ending in `/`), or why not. */
export function checkEndpoint(text: string): { ok: true; endpoint: string } | { ok: false; problem: LrsProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'endpoint-empty' };
  if (trimmed.length > MAX_ENDPOINT) return { ok: false, problem: 'endpoint-too-long' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'endpoint-not-a-url' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    return { ok: false, problem: url.protocol === 'http:' ? 'endpoint-not-https' : 'endpoint-not-a-url' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'endpoint-has-credentials' };
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#')) return { ok: false, problem: 'endpoint-has-query' };
  const endpoint = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { ok: true, endpoint };
}

export function checkLrs(setting: { endpoint: string; key: string; secret: string }): LrsProblem[] {
  const problems: LrsProblem[] = [];
  const endpoint = checkEndpoint(setting.endpoint);
  if (!endpoint.ok) problems.push(endpoint.problem);
  if (setting.key.trim() === '') problems.push('key-empty');
  else if (!KEY.test(setting.key.trim())) problems.push('key-invalid');
  if (setting.secret.trim() === '') problems.push('secret-empty');
  else if (!SECRET.test(setting.secret.trim())) problems.push('secret-invalid');
  return problems;
}

/** An LRS setting as an assignment carries it (its schema, `lrs-schema.ts`, checks it again whenever a link is read). */
export interface LrsSetting {
  endpoint: string;
  key: string;
  secret: string;
}

/** The statements resource of an endpoint. */
export const statementsUrl = (setting: Pick<LrsSetting, 'endpoint'>) => `${setting.endpoint}statements`;

/** The endpoint's host, as the learner is shown it. */
export const lrsHost = (setting: Pick<LrsSetting, 'endpoint'>) => new URL(setting.endpoint).host;
