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
  'store.error.conflict': 'This record was changed in another tab or window; reload the page before going on.',
  'store.error.quota':
    'This device’s storage is full, so this was not saved; everything saved before is still there. Free some space (delete files or other sites’ data), then try again, and export a backup from “My progress” first.',
  'store.error.failed': 'The browser refused to save (it may be in private mode, or its storage is broken).',
  'store.notKept':
    'This browser would not open its storage (private mode?), so your progress on this page is kept only until you close it, not on this device.',
};
