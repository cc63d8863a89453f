/** Interface strings (English): what islands say while content loads, when it cannot, and when a save fails. */
import type { common as zh } from '../zh/common.ts';

export const common: Record<keyof typeof zh, string> = {
  'common.loading': 'Loading…',
  'content.unreachable': 'The course content could not be loaded. Check your connection and try again.',
  'content.missing': 'This part of the course content is not on the site; it may have been withdrawn.',
  'content.invalid': 'The course content that arrived is incomplete. Please try again later.',
  'content.retry': 'Try again',
  'store.error.not-found': 'This record no longer exists; reload the page.',
  'store.error.not-active': 'This attempt or exam is already finished and cannot change.',
  'store.error.time-cap': 'The extra time is already at its limit.',
  'store.error.failed': 'The browser refused to save (its storage may be full, or it is in private mode).',
};
