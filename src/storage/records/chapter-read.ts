/** A chapter the learner has read to the end. */
import { z } from 'zod';
import { time } from './fields.ts';

export const chapterReadRecord = z.object({
  /** Chapter slug; reading either language counts. */
  slug: z.string().min(1),
  /** The first time the end of the chapter came into view. */
  readAt: time,
});

export type ChapterRead = z.output<typeof chapterReadRecord>;
