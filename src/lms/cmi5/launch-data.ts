/**
 * The LMS's `LMS.LaunchData` state document (cmi5 quartz, 10.0), as far as the AU uses it:
 * the context template every cmi5 statement starts from (with the session id), the launch
 * mode (only `Normal` may be judged) and the mastery score. Pure.
 */
import { z } from 'zod';

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const activity = z.looseObject({ id: z.string().min(1) });
const activities = z.array(activity).optional();

const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({
    contextActivities: z.looseObject({ parent: activities, grouping: activities, category: activities, other: activities }).optional(),
    extensions: z.looseObject({ [SESSION_ID]: z.string().min(1) }),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  masteryScore: z.number().min(0).max(1).optional(),
  moveOn: z.string().optional(),
  returnURL: z.string().optional(),
});

export type LaunchData = z.output<typeof launchDataSchema>;
export type ContextTemplate = LaunchData['contextTemplate'];

/** The launch data, or null when the document is not one (then the AU reports nothing). */
export function parseLaunchData(data: unknown): LaunchData | null {
  const checked = launchDataSchema.safeParse(data);
  return checked.success ? checked.data : null;
}

export const sessionIdOf = (data: LaunchData) => data.contextTemplate.extensions[SESSION_ID];
