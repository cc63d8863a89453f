/**
 * The launcher (`lms/index.html?item=<kind>:<id>&lang=en`): finds the LMS, opens the
 * session once, puts back an unfinished attempt from suspend data, then shows the item's
 * page in a frame, where the page reports to the session (`reporter.ts`). Without an LMS
 * it says so and shows the item all the same, reporting nothing. A launch URL with cmi5
 * parameters opens a cmi5 session instead (`../cmi5/open.ts`, loaded only then).
 */
import { isCmi5Launch } from '../cmi5/launch-params.ts';
import { findConnection } from './api.ts';
import { itemPage, parseItem, type Item } from './item.ts';
import { openSession } from './session.ts';

const params = new URLSearchParams(location.search);
const locale = params.get('lang') === 'en' ? 'en' : 'zh';
const status = document.getElementById('lms-status')!;
const frame = document.getElementById('lms-frame') as HTMLIFrameElement;
const words = (key: string) => status.dataset[`${locale}${key}`] ?? '';

document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
document.title = words('Title');
document.getElementById('lms-title')!.textContent = words('Title');
frame.title = words('Frame');
const say = (key: 'Connecting' | 'Connected' | 'Noapi' | 'Baditem') => {
  status.textContent = words(key);
  status.dataset.state = key.toLowerCase();
};

/** The SCORM session, with an unfinished call put back from suspend data; null without an LMS. */
async function scormSession(item: Item) {
  const connection = findConnection(window);
  if (!connection?.initialize()) return null;
  const session = openSession(connection, item);
  if (item.kind === 'scenario') {
    const data = connection.get('cmi.suspend_data');
    if (data) {
      const outcome = await import('./restore.ts').then((m) => m.restoreSuspended(item.id, data, locale)).catch((e: unknown) => e);
      if (outcome !== 'restored' && outcome !== 'kept') console.warn('suspend data not used:', outcome);
    }
  }
  return session;
}

async function launch() {
  const item = parseItem(params.get('item'));
  if (!item) return say('Baditem');
  say('Connecting');
  const page = new URL(`../${itemPage(item, locale)}`, location.href).href;
  const session = isCmi5Launch(params)
    ? await import('../cmi5/open.ts').then((m) => m.openCmi5(params, item)).catch((e: unknown) => (console.warn('cmi5 launch failed:', e), null))
    : await scormSession(item);
  if (session) {
    window.dojoLms = session;
    addEventListener('pagehide', () => session.end());
  }
  say(session ? 'Connected' : 'Noapi');
  frame.src = page;
}

void launch();
