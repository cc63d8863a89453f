/**
 * From the text of an authored YAML file (scenario, question bank) to validated
 * data, or to problems an author can act on: file, line, place, and what is wrong.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { COMPETENCIES } from '../scenario/competencies.ts';

export type YamlPath = (string | number)[];

/** A problem found by a rule beyond the schema, at the YAML key it is about. */
export interface LintIssue {
  path: YamlPath;
  message: string;
}

export interface Problem {
  file: string;
  line: number | null;
  /** Where in the file, in an author's words: `node "greet", choice 2, feedback`. */
  where: string;
  message: string;
}

export type YamlResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Keys whose children are named (`node "greet"`) or numbered from 1 (`choice 2`). */
const NAMED: Record<string, string> = { nodes: 'node', endings: 'ending' };
const NUMBERED: Record<string, string> = {
  next: 'route',
  choices: 'choice',
  questions: 'question',
  options: 'option',
  items: 'item',
  dialogue: 'line',
  parts: 'part',
  points: 'point',
  papers: 'paper',
  sections: 'section',
  types: 'type',
};

export function describePath(path: YamlPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (NAMED[key] && next !== undefined) {
      parts.push(`${NAMED[key]} "${String(next)}"`);
      i++;
    } else if (NUMBERED[key] && typeof next === 'number') {
      parts.push(`${NUMBERED[key]} ${next + 1}`);
      i++;
    } else {
      parts.push(key);
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

/** Zod's wording, rephrased for people who write content rather than code. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return last === 'scores' ? `unknown competency ${keys}; use one of: ${COMPETENCIES.join(', ')}` : `unknown key ${keys}: check the spelling`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined') && last !== undefined) {
    return `"${String(last)}" is missing`;
  }
  return issue.message;
}

/**
 * Parses `source`, validates it with `schema`, then runs `lint` on the valid data.
 * `file` is the path shown in messages.
 */
export function loadYaml<S extends z.ZodType>(file: string, source: string, schema: S, lint: (data: z.infer<S>) => LintIssue[]): YamlResult<z.infer<S>> {
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
  const at = (path: YamlPath, message: string): Problem => ({ file, line: lineOf(doc, lines, path), where: describePath(path), message });
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => at(issuePath(issue), issueMessage(issue))) };
  const problems = lint(parsed.data).map((issue) => at(issue.path, issue.message));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** Issues found apart from loading (the scenario lint's warnings), placed at their lines in `source`. */
export function locateIssues(file: string, source: string, issues: readonly LintIssue[]): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  return issues.map((issue) => ({ file, line: lineOf(doc, lines, issue.path), where: describePath(issue.path), message: issue.message }));
}

/** The id a file must carry: its name without `.yaml`. */
export function baseName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}
