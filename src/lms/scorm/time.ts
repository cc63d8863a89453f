/** Session time in each standard's format. */

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours at least two digits, at most four). */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration such as `PT1H2M3.45S`. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

/** 1.2 CMITime (`HH:MM:SS`) and 2004 time (second precision, local time as the LMS expects none). */
export function clock12(at: Date): string {
  return at.toISOString().slice(11, 19);
}

export function timestamp2004(at: Date): string {
  return at.toISOString().slice(0, 19);
}
