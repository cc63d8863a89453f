/**
 * Registers the service worker (src/build/service-worker.ts) and handles its updates: when
 * a new release's worker is installed and waiting, the notice appears; the worker takes
 * over, and the page reloads, only at a safe moment (update-moment.ts; the role-play player
 * and the exam mark the page busy with `data-busy` on the root element while a call or an
 * exam is under way). Until then the old worker keeps serving this page the files of its
 * own release.
 */
import { IN_PACKAGE, sitePath } from '../i18n/locales.ts';
import { pageChange, updateStep, type UpdateTrigger } from './update-moment.ts';

/** How long a click or the reload button waits for the new worker before going on without it. */
const TAKE_OVER_MS = 4000;

export function startUpdates(notice: HTMLElement): void {
  // An LMS serves a SCORM package its own way: no worker there (see src/i18n/locales.ts).
  if (!('serviceWorker' in navigator) || IN_PACKAGE) return;
  const sw = navigator.serviceWorker;
  // The development server has no worker; one left from a built site on the same address would serve stale pages.
  if (import.meta.env.DEV) {
    void sw.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
    return;
  }
  const scope = sitePath('/');
  const ready = notice.querySelector<HTMLElement>('[data-ready]')!;
  const deferred = notice.querySelector<HTMLElement>('[data-deferred]')!;
  /** The installed worker of the new release; null once it has taken over (from another tab, say). */
  let waiting: ServiceWorker | null = null;
  let offered = false;
  let applying = false;
  let controlled = sw.controller !== null;

  function offer(worker: ServiceWorker | null) {
    waiting = worker;
    offered = true;
    ready.hidden = false;
  }

  /** Lets the new worker take over, then loads `to` (or this page again) from it. */
  function apply(to?: URL) {
    applying = true;
    let gone = false;
    const go = () => {
      if (gone) return;
      gone = true;
      if (to) location.assign(to);
      else location.reload();
    };
    if (!waiting || waiting.state === 'activated') return go();
    sw.addEventListener('controllerchange', go, { once: true });
    // A worker that does not take over in time (a phone too busy, a worker gone redundant) must not
    // swallow the learner's click: the page goes on anyway, under whichever worker is in charge.
    setTimeout(go, TAKE_OVER_MS);
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  function step(trigger: UpdateTrigger, to?: URL): boolean {
    const next = updateStep(trigger, { ready: offered, busy: document.documentElement.dataset.busy !== undefined });
    if (next === 'apply') apply(to);
    if (next === 'defer') deferred.hidden = false;
    return next === 'apply';
  }

  ready.querySelector('button')!.addEventListener('click', () => step('notice'));

  document.addEventListener('click', (event) => {
    if (!offered || event.defaultPrevented || !(event.target instanceof Element)) return;
    const link = event.target.closest('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const modified = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    const to = pageChange({ href: link.href, target: link.target, download: link.hasAttribute('download'), modified }, new URL(location.href), scope);
    if (to && step('link', to)) event.preventDefault();
  });

  // A worker that takes over while this page did not ask (another tab applied the update):
  // this page is now an old release under the new worker, so it offers the reload too.
  sw.addEventListener('controllerchange', () => {
    if (controlled && !applying) offer(null);
    controlled = true;
  });

  const register = async () => {
    const registration = await sw.register(sitePath('/sw.js'), { scope });
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        // Installed while another worker controls the page: a new release, waiting for its moment.
        if (worker.state === 'installed' && sw.controller) offer(worker);
      });
    });
  };
  // After the page has loaded: caching the course must not slow its first screen.
  // Without a worker (a browser that refuses one, say) the site still works online: nothing to tell.
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
