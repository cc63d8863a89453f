/** The LRS setting an assignment link carries, checked as the link is read (kept apart so pages that only show a setting load no zod). */
import { z } from 'zod';
import { KEY, SECRET, checkEndpoint } from './endpoint.ts';

export const lrsSchema = z.strictObject({
  endpoint: z.string().refine((e) => {
    const checked = checkEndpoint(e);
    return checked.ok && checked.endpoint === e;
  }, 'not an LRS endpoint'),
  key: z.string().regex(KEY),
  secret: z.string().regex(SECRET),
});
