/**
 * Finding the LMS's API and calling it. A small module rather than a wrapper from npm:
 * the one there (`pipwerks-scorm-api-wrapper`) is a global script from 2015 without
 * types or modules, and the part we need is ADL's search plus five calls.
 */
import type { ScormVersion } from './cmi.ts';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string | number;
}

interface Api2004 {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError(): string | number;
}

/** One standard's calls, named alike. */
export interface Connection {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

/** ADL's search: up the frame chain (at most `MAX_HOPS` frames), then the opener's chain. */
const MAX_HOPS = 500;

function lookUp<K extends 'API' | 'API_1484_11'>(start: Window, key: K): unknown {
  let win: Window | null = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
    try {
      const found = (win as unknown as Record<string, unknown>)[key];
      if (found) return found;
    } catch {
      return null; // a frame of another origin: the API cannot be beyond it
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

function search<K extends 'API' | 'API_1484_11'>(from: Window, key: K): unknown {
  const own = lookUp(from, key);
  if (own) return own;
  try {
    const opener = from.top?.opener as Window | null;
    return opener ? lookUp(opener, key) : null;
  } catch {
    return null;
  }
}

const ok = (result: string) => result === 'true';

/** The LMS's API as a connection (SCORM 2004 where both are offered), or null outside an LMS. */
export function findConnection(from: Window = window): Connection | null {
  const api2004 = search(from, 'API_1484_11') as Api2004 | null;
  if (api2004 && typeof api2004.Initialize === 'function') {
    return {
      version: '2004',
      initialize: () => ok(api2004.Initialize('')),
      get: (element) => api2004.GetValue(element),
      set: (element, value) => ok(api2004.SetValue(element, value)),
      commit: () => ok(api2004.Commit('')),
      finish: () => ok(api2004.Terminate('')),
    };
  }
  const api12 = search(from, 'API') as Api12 | null;
  if (api12 && typeof api12.LMSInitialize === 'function') {
    return {
      version: '1.2',
      initialize: () => ok(api12.LMSInitialize('')),
      get: (element) => api12.LMSGetValue(element),
      set: (element, value) => ok(api12.LMSSetValue(element, value)),
      commit: () => ok(api12.LMSCommit('')),
      finish: () => ok(api12.LMSFinish('')),
    };
  }
  return null;
}
