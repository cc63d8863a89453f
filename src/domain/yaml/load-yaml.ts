/**
 * From the text of an authored YAML file (scenario, question bank) to validated
 * data, or to problems an author can act on: file, line, place, and what is wrong.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { COMPETENCIES } from '../scenario/competencies.ts';
import { isReservedName, reservedNameMessage } from '../../schemas/ids.ts';
import { LIMITS } from '../../schemas/limits.ts';

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
  if (issue.code === 'invalid_union') {
    // Say why the value fails the form it was written in (an id, say), not that no form fits.
    const written = issue.errors.find((option) => option.length > 0 && !option.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (written) return written.map(issueMessage).join('; ');
  }
  return issue.message;
}

/** What a kind of file may hold beyond its schema. */
export interface FileLimits {
  /** Characters in the whole file. */
  maxChars: number;
  /** What the file is, for the message: "a scenario file". */
  what: string;
}

const count = (n: number) => n.toLocaleString('en');

/** The line of the first alias (`*name`) in the document. */
function firstAliasLine(doc: Document, lines: LineCounter): number | null {
  let line: number | null = null;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** Keys JavaScript reserves, and lists or maps nested deeper than the limit, with their paths. */
function shapeIssues(value: unknown, path: YamlPath = []): LintIssue[] {
  if (typeof value !== 'object' || value === null) return [];
  // Placed at the first few keys, so the message stays readable.
  if (path.length >= LIMITS.nesting) return [{ path: path.slice(0, 6), message: `nested more than ${LIMITS.nesting} levels deep` }];
  if (Array.isArray(value)) return value.flatMap((v, i) => shapeIssues(v, [...path, i]));
  return Object.keys(value).flatMap((key) =>
    isReservedName(key) ? [{ path: [...path, key], message: reservedNameMessage(key) }] : shapeIssues((value as Record<string, unknown>)[key], [...path, key]),
  );
}

/**
 * Parses `source`, validates it with `schema`, then runs `lint` on the valid data.
 * `file` is the path shown in messages. A file over `limits` is refused before it is parsed.
 */
export function loadYaml<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  lint: (data: z.infer<S>) => LintIssue[],
  limits: FileLimits,
): YamlResult<z.infer<S>> {
  if (source.length > limits.maxChars) {
    const message = `${count(source.length)} characters; ${limits.what} may have at most ${count(limits.maxChars)}`;
    return { ok: false, problems: [{ file, line: 1, where: 'file size', message }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? null,
        where: 'YAML syntax',
        message: /Maximum call stack/.test(e.message)
          ? `nested more than ${LIMITS.nesting} levels deep`
          : e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliasCopies });
  } catch (error) {
    // The yaml package refuses an alias "bomb" (billion laughs) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `the aliases (*name) expand to more than ${LIMITS.aliasCopies} copies; write the repeated parts out instead`;
    return { ok: false, problems: [{ file, line: firstAliasLine(doc, lines), where: 'YAML aliases', message }] };
  }
  const at = (path: YamlPath, message: string): Problem => ({ file, line: lineOf(doc, lines, path), where: describePath(path), message });
  const shape = shapeIssues(data);
  if (shape.length > 0) return { ok: false, problems: shape.map((issue) => at(issue.path, issue.message)) };
  const parsed = schema.safeParse(data);
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
