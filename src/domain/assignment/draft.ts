/**
 * The instructor's form, as typed, turned into an assignment: every check the form
 * needs, with a problem code for each (the interface words them). Pure.
 */
import { checkEndpoint, checkLrs, type LrsProblem, type LrsSetting } from '../xapi/endpoint.ts';
import { EXAM_KINDS, EXTRA_SHARES, assignmentSchema, type Assignment, type ExamKind, type ExtraShare } from './assignment.ts';

/** What the form holds: text as typed, choices as picked. */
export interface Draft {
  title: string;
  className: string;
  scenarioIds: string[];
  quizChapters: string[];
  exam: ExamKind | '';
  mode: Assignment['mode'];
  passMark: string;
  /** The due moment (ms), or null when the field is empty. */
  due: number | null;
  attempts: string;
  classShare: ExtraShare | 0;
  /** One student a line: student number, a space, a percentage (25, 50 or 100). */
  students: string;
  /** A Learning Record Store for the class (all three empty: none). */
  lrsEndpoint?: string;
  lrsKey?: string;
  lrsSecret?: string;
}

export type DraftProblem =
  | { code: 'title' | 'class' | 'nothing' | 'due' | 'passMark' | 'attempts' }
  /** `line` counts from 1. */
  | { code: 'students'; line: number }
  /** The LRS setting, with the first thing wrong in it. */
  | { code: 'lrs'; lrs: LrsProblem };

export type BuiltAssignment = { ok: true; assignment: Assignment } | { ok: false; problem: DraftProblem };

const SHARE_OF_PERCENT = new Map(EXTRA_SHARES.map((s) => [String(s * 100), s]));

/** The students' lines as `{ number, share }`, or the first line that is not understood. */
export function parseStudents(text: string): { ok: true; students: Assignment['extraTime']['students'] } | { ok: false; line: number } {
  const students: Assignment['extraTime']['students'] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const match = /^\s*([A-Za-z0-9-]{1,32})\s+(\d{1,3})\s*%?\s*$/.exec(line);
    const share = match && SHARE_OF_PERCENT.get(match[2]!);
    if (!match || !share) return { ok: false, line: index + 1 };
    students.push({ number: match[1]!, share });
  }
  return { ok: true, students };
}

/** The LRS fields as a setting: none when all are empty, else checked. */
function lrsOf(draft: Draft): { ok: true; lrs?: LrsSetting } | { ok: false; problem: LrsProblem } {
  const typed = { endpoint: draft.lrsEndpoint ?? '', key: (draft.lrsKey ?? '').trim(), secret: (draft.lrsSecret ?? '').trim() };
  if (typed.endpoint.trim() === '' && typed.key === '' && typed.secret === '') return { ok: true };
  const [problem] = checkLrs(typed);
  const endpoint = checkEndpoint(typed.endpoint);
  if (problem || !endpoint.ok) return { ok: false, problem: problem ?? 'endpoint-not-a-url' };
  return { ok: true, lrs: { ...typed, endpoint: endpoint.endpoint } };
}

/** The draft as an assignment with this id, the scenarios pinned to their current hashes. */
export function buildAssignment(draft: Draft, context: { id: string; now: number; hashes: ReadonlyMap<string, string> }): BuiltAssignment {
  const fail = (problem: DraftProblem): BuiltAssignment => ({ ok: false, problem });
  const title = draft.title.trim();
  if (title === '' || title.length > 80) return fail({ code: 'title' });
  if (draft.className.trim().length > 60) return fail({ code: 'class' });
  const scenarios = draft.scenarioIds.flatMap((id) => {
    const hash = context.hashes.get(id);
    return hash ? [{ id, hash }] : [];
  });
  if (scenarios.length === 0 && draft.quizChapters.length === 0 && draft.exam === '') return fail({ code: 'nothing' });
  if (draft.due === null || !Number.isFinite(draft.due) || draft.due < 0) return fail({ code: 'due' });
  const passMark = Number(draft.passMark);
  if (!/^\d{1,3}$/.test(draft.passMark.trim()) || passMark > 100) return fail({ code: 'passMark' });
  const attempts = draft.attempts.trim();
  if (attempts !== '' && (!/^\d{1,2}$/.test(attempts) || Number(attempts) < 1 || Number(attempts) > 20)) return fail({ code: 'attempts' });
  const students = parseStudents(draft.students);
  if (!students.ok) return fail({ code: 'students', line: students.line });
  const lrs = lrsOf(draft);
  if (!lrs.ok) return fail({ code: 'lrs', lrs: lrs.problem });

  const assignment: Assignment = {
    format: 'service-dojo-assignment',
    version: 1,
    id: context.id,
    title,
    className: draft.className.trim(),
    createdAt: context.now,
    scenarios,
    quizChapters: [...draft.quizChapters],
    ...(EXAM_KINDS.find((k) => k === draft.exam) && { exam: draft.exam as ExamKind }),
    mode: draft.mode,
    passMark,
    due: Math.round(draft.due),
    ...(attempts !== '' && { attemptsAllowed: Number(attempts) }),
    extraTime: { ...(draft.classShare !== 0 && { share: draft.classShare }), students: students.students },
    ...(lrs.lrs && { lrs: lrs.lrs }),
  };
  // The schema has the last word (control characters in a title, too many students, …).
  const checked = assignmentSchema.safeParse(assignment);
  if (!checked.success) {
    const field = String(checked.error.issues[0]!.path[0]);
    return fail(field === 'extraTime' ? { code: 'students', line: 1 } : { code: field === 'className' ? 'class' : 'title' });
  }
  return { ok: true, assignment: checked.data };
}

/** The form filled in from an assignment, to edit it. */
export function draftOf(assignment: Assignment): Draft {
  return {
    title: assignment.title,
    className: assignment.className,
    scenarioIds: assignment.scenarios.map((s) => s.id),
    quizChapters: [...assignment.quizChapters],
    exam: assignment.exam ?? '',
    mode: assignment.mode,
    passMark: String(assignment.passMark),
    due: assignment.due,
    attempts: assignment.attemptsAllowed === undefined ? '' : String(assignment.attemptsAllowed),
    classShare: assignment.extraTime.share ?? 0,
    students: assignment.extraTime.students.map((s) => `${s.number} ${s.share * 100}`).join('\n'),
    lrsEndpoint: assignment.lrs?.endpoint ?? '',
    lrsKey: assignment.lrs?.key ?? '',
    lrsSecret: assignment.lrs?.secret ?? '',
  };
}

/** A random assignment id: 12 characters of base64url. */
export function newAssignmentId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}
