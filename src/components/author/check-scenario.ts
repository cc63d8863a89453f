/**
 * Checking a scenario file in the browser, as the build does: the same loader (schema,
 * lint, id = file name) and the same warnings, with line numbers. What the build never
 * meets, a stranger's file does: one too large to be a scenario, text that is not YAML,
 * or YAML whose aliases expand without end (the `yaml` library refuses those); each
 * becomes a problem with a code the page words, never an exception.
 */
import { locateIssues, type Problem } from '../../domain/yaml/load-yaml.ts';
import { lintWarnings } from '../../domain/scenario/lint.ts';
import { loadScenario, type LoadedScenario } from '../../domain/scenario/load.ts';
import type { ForbiddenPhrase } from '../../schemas/scenario.ts';

import { MAX_SCENARIO_BYTES } from './limits.ts';

export { MAX_SCENARIO_BYTES };

/** A refusal before any line can be pointed at. */
export type Refusal = { code: 'empty' } | { code: 'too-large'; kb: number; maxKb: number } | { code: 'unreadable'; detail: string };

export type Checked =
  | { ok: true; loaded: LoadedScenario; warnings: Problem[]; fileName: string }
  | { ok: false; problems: Problem[]; fileName: string }
  | { ok: false; refusal: Refusal; fileName: string };

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** The id the file should carry, for a pasted text (no file name): its `id:` line, else "scenario". */
export function nameFor(source: string, fileName?: string): string {
  if (fileName) return fileName.replace(/^.*[\\/]/, '');
  const id = /^id:\s*['"]?([a-z][a-z0-9-]*)['"]?\s*$/m.exec(source)?.[1];
  return `${id ?? 'scenario'}.yaml`;
}

export function checkScenario(source: string, shared: readonly ForbiddenPhrase[], fileName?: string): Checked {
  const name = nameFor(source, fileName);
  const bytes = byteLength(source);
  if (bytes > MAX_SCENARIO_BYTES)
    return { ok: false, fileName: name, refusal: { code: 'too-large', kb: Math.ceil(bytes / 1024), maxKb: MAX_SCENARIO_BYTES / 1024 } };
  if (source.trim() === '') return { ok: false, fileName: name, refusal: { code: 'empty' } };
  let result: ReturnType<typeof loadScenario>;
  try {
    result = loadScenario(name, source, shared);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName: name, refusal: { code: 'unreadable', detail } };
  }
  if (!result.ok) return { ok: false, fileName: name, problems: result.problems };
  // Warnings are located in the text as written: the shared phrases merged in do not move lines.
  return { ok: true, fileName: name, loaded: result.value, warnings: locateIssues(name, source, lintWarnings(result.value.scenario)) };
}
