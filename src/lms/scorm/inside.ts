/**
 * Every page: when it is shown in the launcher's frame with an LMS session open, load the
 * reporter (a dynamic import, so a page elsewhere loads nothing more than this check).
 */
function launcherSession() {
  try {
    return window.parent !== window ? window.parent.dojoLms : undefined;
  } catch {
    return undefined; // a parent of another origin is not our launcher
  }
}

const session = launcherSession();
if (session) void import('./reporter.ts').then((m) => m.reportToLauncher(session));

export {};
