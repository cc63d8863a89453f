/**
 * Reading the result files an instructor drops into the gradebook. Each file is
 * checked whole (`readResultFile`): it is taken in full or refused with a reason,
 * never half-read. A file cut short (the usual damage when a file is sent through a
 * chat app) is told apart from one that is not JSON at all.
 */
import { MAX_RESULT_CHARS, readResultFile, type ResultFile, type ResultProblem } from '../assignment/result-file.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface DroppedFile {
  name: string;
  text: string;
}

/** A result file taken into the gradebook. */
export interface ImportedFile {
  /** A fingerprint of the file's text: the same file dropped twice is one file. */
  key: string;
  name: string;
  result: ResultFile;
  importedAt: number;
}

export type FileProblem = ResultProblem | { code: 'truncated' } | { code: 'empty' };

export interface RefusedFile {
  name: string;
  problem: FileProblem;
}

export interface ReadBatch {
  accepted: ImportedFile[];
  refused: RefusedFile[];
  /** Files identical to one already in the batch or the gradebook. */
  repeated: string[];
}

/** Characters a file may have before it is not even read (the UI checks the size first). */
export const MAX_FILE_CHARS = MAX_RESULT_CHARS;

/**
 * Whether text that does not parse as JSON is JSON cut short: it opens an object and
 * ends with brackets or a string still open.
 */
export function looksTruncated(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body.startsWith('{')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

export function readFile(file: DroppedFile): { ok: true; result: ResultFile } | { ok: false; problem: FileProblem } {
  const text = file.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const read = readResultFile(text);
  if (read.ok) return read;
  if (read.problem.code === 'not-json' && looksTruncated(text)) return { ok: false, problem: { code: 'truncated' } };
  return read;
}

/** Reads a batch of dropped files; `known` holds the keys already in the gradebook. */
export function readBatch(files: readonly DroppedFile[], known: ReadonlySet<string> = new Set(), now = Date.now()): ReadBatch {
  const batch: ReadBatch = { accepted: [], refused: [], repeated: [] };
  const seen = new Set(known);
  for (const file of files) {
    const read = readFile(file);
    if (!read.ok) {
      batch.refused.push({ name: file.name, problem: read.problem });
      continue;
    }
    const key = bytesToHex(sha256(utf8ToBytes(file.text.replace(/^\uFEFF/, '')))).slice(0, 32);
    if (seen.has(key)) {
      batch.repeated.push(file.name);
      continue;
    }
    seen.add(key);
    batch.accepted.push({ key, name: file.name, result: read.result, importedAt: now });
  }
  return batch;
}
