/**
 * Every page: when it is shown in the launcher's frame with an LMS session open, load the
 * reporter. Two steps (`in-frame.ts`, then the reporter and the store), so that pages
 * elsewhere carry only this check, not the list of the reporter's files.
 */
function insideLauncher() {
  try {
    return window.parent !== window && window.parent.dojoLms !== undefined;
  } catch {
    return false; // a parent of another origin is not our launcher
  }
}

if (insideLauncher()) void import('./in-frame.ts');

export {};
