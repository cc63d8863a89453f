/** A page in the launcher's frame: report its records to the launcher's session (`inside.ts` loads this). */
const session = window.parent.dojoLms;
if (session) {
  const { reportToLauncher } = await import('./reporter.ts');
  reportToLauncher(session);
}

export {};
