/**
 * An assignment an instructor gives a class: what to do, by when, and on which
 * terms. There is no server: the assignment travels whole inside its share link
 * (`share-link.ts`), and comes back as the result files students hand in
 * (`result-file.ts`), which name it by `id` and by the link's checksum.
 */
import { z } from 'zod';
import { lrsSchema } from '../xapi/lrs-schema.ts';
import { moment, plainText, studentNumber } from './plain-text.ts';

export const ASSIGNMENT_FORMAT = 'service-dojo-assignment';
/** 1 (2026-12): the first version. Bumped when the shape changes; a newer version is refused. */
export const ASSIGNMENT_VERSION = 1;

/** Mock exam papers an assignment can ask for: the full paper, or the short one. */
export const EXAM_KINDS = ['full', 'short'] as const;
/** Extra shares of time an instructor can grant (+25 %, +50 %, +100 %). */
export const EXTRA_SHARES = [0.25, 0.5, 1] as const;

const extraShare = z.union(EXTRA_SHARES.map((s) => z.literal(s)));
/** A random id: 8–40 characters of base64url (letters, digits, `-`, `_`). */
const assignmentId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

export const assignmentSchema = z.strictObject({
  /** Always `service-dojo-assignment`: tells an assignment from any other JSON. */
  format: z.literal(ASSIGNMENT_FORMAT),
  /** The shape's version (`ASSIGNMENT_VERSION`). */
  version: z.literal(ASSIGNMENT_VERSION),
  /** Random, made when the instructor first creates it; kept when it is edited and shared again. */
  id: assignmentId,
  /** What students see as its name, e.g. 客户投诉演练. Plain text. */
  title: plainText(1, 80),
  /** The class it is for, e.g. 市场营销2301班; may be empty. Plain text. */
  className: plainText(0, 60),
  /** When the instructor last saved it (ms since 1970). */
  createdAt: moment,
  /**
   * Role-plays to play, each pinned to the version assigned: `hash` is the scenario's
   * content hash from `/content/index.json` when the assignment was made. A later
   * edit of the scenario does not change what was assigned (the archive keeps it).
   */
  scenarios: z.array(z.strictObject({ id: slug, hash: z.string().regex(/^[0-9a-f]{16}$/) })).max(20),
  /** Chapters whose quiz to practise (chapter slugs). */
  quizChapters: z.array(slug).max(12),
  /** A mock exam to sit, if any: the full paper or the short one. */
  exam: z.enum(EXAM_KINDS).optional(),
  /** Practice (feedback at once, take-backs) or test (feedback at the end) for the role-plays. */
  mode: z.enum(['practice', 'test']),
  /** Overall score, 0–100, a role-play attempt needs to count as passed. */
  passMark: z.number().int().min(0).max(100),
  /** When it is due (ms since 1970); later hand-ins are marked late, not refused. */
  due: moment,
  /** Attempts allowed per role-play; absent: no limit. */
  attemptsAllowed: z.number().int().min(1).max(20).optional(),
  /**
   * Extra time on timed moments: `share` for the whole class (absent: none), and
   * `students` for those who need it, by student number. A student gets the larger
   * of the two, and their own setting if that is larger still.
   */
  extraTime: z.strictObject({
    share: extraShare.optional(),
    students: z.array(z.strictObject({ number: studentNumber, share: extraShare })).max(100),
  }),
  /**
   * A Learning Record Store the class reports to (xAPI): a learner who opens the link sends
   * their results there until they stop it on their progress page. Absent: result files only.
   * The key travels in the link, so it should be one the LRS lets only write statements.
   */
  lrs: lrsSchema.optional(),
});

export type Assignment = z.output<typeof assignmentSchema>;
export type ExamKind = (typeof EXAM_KINDS)[number];
export type ExtraShare = (typeof EXTRA_SHARES)[number];
