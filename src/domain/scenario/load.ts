/**
 * From the text of a scenario file to a validated scenario, or to problems an
 * author can act on: file, line, place in the scenario, and what is wrong.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { COMPETENCIES } from './competencies.ts';
import { contentHash } from './hash.ts';
import { lintScenario, type YamlPath } from './lint.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export interface Problem {
  file: string;
  line: number | null;
  /** Where in the scenario, in an author's words: `node "greet", choice 2, feedback`. */
  where: string;
  message: string;
}

export interface LoadedScenario {
  scenario: Scenario;
  hash: string;
}

export type LoadResult = { ok: true; value: LoadedScenario } | { ok: false; problems: Problem[] };

export function describePath(path: YamlPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if ((key === 'nodes' || key === 'endings') && next !== undefined) {
      parts.push(`${key === 'nodes' ? 'node' : 'ending'} "${String(next)}"`);
      i++;
    } else if (key === 'choices' && typeof next === 'number') {
      parts.push(`choice ${next + 1}`);
      i++;
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(', ');
}

/** The line of the deepest key on `path` that exists in the document. */
function lineOf(doc: Document, lines: LineCounter, path: YamlPath): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return null;
}

function issuePath(issue: z.core.$ZodIssue): YamlPath {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // For an unknown key, point at the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(issue.keys[0]!);
  return path;
}

/** Zod's wording, rephrased for people who write scenarios rather than code. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return last === 'scores'
      ? `unknown competency ${keys}; use one of: ${COMPETENCIES.join(', ')}`
      : `unknown key ${keys}: check the spelling`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined') && last !== undefined) {
    return `"${String(last)}" is missing`;
  }
  return issue.message;
}

/** `file` is the path shown in messages; the id must equal its base name. */
export function loadScenario(file: string, source: string): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? null,
        where: 'YAML syntax',
        message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const at = (path: YamlPath, message: string): Problem => ({
    file,
    line: lineOf(doc, lines, path),
    where: describePath(path),
    message,
  });

  const parsed = scenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => at(issuePath(issue), issueMessage(issue))) };
  }
  const scenario = parsed.data;
  const problems = lintScenario(scenario).map((issue) => at(issue.path, issue.message));
  const expectedId = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (scenario.id !== expectedId) {
    problems.unshift(at(['id'], `the id "${scenario.id}" must equal the file name "${expectedId}"`));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { scenario, hash: contentHash(scenario) } };
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}
