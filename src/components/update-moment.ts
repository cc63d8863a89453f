/**
 * When a waiting release may take over. Taking over reloads the page, so it happens only
 * when the learner asks for it on the notice while nothing is under way, or when they
 * follow a link to another page of the site (the page they leave is done with either way).
 * A learner who asks mid-call or mid-exam is told the update waits for the next page.
 */
export type UpdateTrigger = 'notice' | 'link';
export type UpdateStep = 'apply' | 'defer' | 'ignore';

export function updateStep(trigger: UpdateTrigger, page: { ready: boolean; busy: boolean }): UpdateStep {
  if (!page.ready) return 'ignore';
  if (trigger === 'link') return 'apply';
  return page.busy ? 'defer' : 'apply';
}

/** What a click on a link asks for, as far as it matters here. */
export interface LinkClick {
  href: string;
  /** The link's `target` attribute, '' when absent. */
  target: string;
  download: boolean;
  /** Ctrl, Meta, Shift or Alt held, or not the main button: the browser opens a tab or a window. */
  modified: boolean;
}

/**
 * The page of the site a link click loads in this tab, or null: another origin, outside the
 * site's base path, another tab, a download, or a jump within the same page.
 */
export function pageChange(click: LinkClick, from: URL, scope: string): URL | null {
  if (click.modified || click.download || (click.target !== '' && click.target !== '_self')) return null;
  const to = new URL(click.href, from);
  if (to.origin !== from.origin || !to.pathname.startsWith(scope)) return null;
  if (to.pathname === from.pathname && to.search === from.search) return null;
  return to;
}
