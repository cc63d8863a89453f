/**
 * Front matter of a chapter (`content/chapters/<locale>/<slug>.mdx`). The body is
 * the teaching text; everything a page lays out around it lives here.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const chapterSchema = z.strictObject({
  /** Chapter number in the course (1–9). */
  chapter: z.number().int().min(1).max(9),
  title: nonEmpty,
  /** One or two sentences for the course list and search results. */
  description: nonEmpty,
  /** Hours in the lesson plan: classroom teaching and practice. */
  hours: z.strictObject({ class: z.number().min(0), practice: z.number().min(0) }),
  /** Objectives at the lesson plan's three levels: 了解 know, 掌握 master, 运用 apply. */
  objectives: z.strictObject({
    know: z.array(nonEmpty).min(1),
    master: z.array(nonEmpty).min(1),
    apply: z.array(nonEmpty).min(1),
  }),
  /** Key and hard points (重点难点). */
  keyPoints: z.array(nonEmpty).min(1),
  /** Key concepts taught in the chapter; `section` is the heading id that teaches it. */
  concepts: z.array(z.strictObject({ term: nonEmpty, definition: nonEmpty, section: nonEmpty.optional() })).min(1),
  /** The chapter summary, one point per item. */
  summary: z.array(nonEmpty).min(1),
  /** Ids of the scenarios (role-plays) that practise this chapter. */
  scenarios: z.array(nonEmpty).default([]),
});
export type ChapterData = z.infer<typeof chapterSchema>;
