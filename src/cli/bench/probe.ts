/**
 * The benchmark's in-page probe, installed as an init script (Playwright serialises the
 * function, so it uses nothing from outside it). A requestAnimationFrame loop over the top
 * document and its same-origin iframes (the peer renders in one) records the frame in which
 * each mark first holds; a 3 px glyph carrying `elementtiming="frame:<n>"`, added in that
 * frame, gives the frame's presentation time through Element Timing.
 *
 * - firstLine: the first line of the call is visible (rendered, opaque, inside the frame's
 *   viewport sideways, topmost at its centre when on screen, its fonts loaded or the 3 s
 *   font block period over);
 * - choice: the first choice button is actionable (connected, enabled, visible, topmost,
 *   not inside an `[inert]` part, nor inside an un-hydrated `astro-island[ssr]` unless the
 *   page holds its click until the island is live: `data-held-choice`);
 * - live: the same choice is the live call's own button (a click is answered at once);
 * - gates: buttons standing between load and the choices are clicked the first frame they
 *   are actionable (ours: the start of a timed call; the peer: its start and continue);
 * - next: after the benchmark clicks the choice, the next content is visible;
 * - ready: every island hydrated and no loading line left (the page-load measurements).
 * It also collects LCP, layout shifts (CLS), paint and Event Timing entries
 * (durationThreshold 16) from every frame.
 */
export interface ProbeConfig {
  text: { firstLine?: string; choice?: string; next?: string };
  gates: { sel: string; once: boolean }[];
  /** Texts of loading lines; `ready` waits until none is shown. */
  loading: string[];
}

export interface ProbeState {
  marks: Record<string, number>;
  fp: Record<number, number>;
  pointerdown: number | null;
  lcp: { t: number; size: number; what: string }[];
  /** Layout shifts without recent input, before the probe first clicked anything (its clicks are not trusted input). */
  cls: number;
  clickedAt: number | null;
  et: { id: string; t: number }[];
  /** Event Timing entries of the click; `handlers` is their processing time (processingEnd − processingStart). */
  events: { name: string; start: number; duration: number; handlers: number }[];
  errors: string[];
  armed: boolean;
  stop: boolean;
}

export function probe(cfg: ProbeConfig): void {
  if (window !== window.top) return;
  const B: ProbeState = { marks: {}, fp: {}, pointerdown: null, lcp: [], cls: 0, clickedAt: null, et: [], events: [], errors: [], armed: false, stop: false };
  (window as unknown as { __bench: ProbeState }).__bench = B;
  const toTop = (win: Window, t: number) => win.performance.timeOrigin + t - performance.timeOrigin;
  const observed = new Set<Window>();
  const blockedSince: Record<string, number> = {};
  interface Ctx {
    win: Window;
    doc: Document;
    oy: number;
  }

  function contexts(): Ctx[] {
    const out: Ctx[] = [{ win: window, doc: document, oy: 0 }];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const doc = frame.contentDocument;
        if (doc?.documentElement && frame.contentWindow) out.push({ win: frame.contentWindow, doc, oy: frame.getBoundingClientRect().top + frame.clientTop });
      } catch {
        // a cross-origin frame: not ours to look into
      }
    }
    return out;
  }
  function observe(win: Window) {
    if (observed.has(win)) return;
    observed.add(win);
    const on = (type: string, handle: (e: PerformanceEntry & Record<string, unknown>) => void, extra = {}) => {
      try {
        new (win as Window & typeof globalThis).PerformanceObserver((list: PerformanceObserverEntryList) =>
          list.getEntries().forEach((e) => handle(e as PerformanceEntry & Record<string, unknown>)),
        ).observe({
          type,
          buffered: true,
          ...extra,
        });
      } catch (e) {
        B.errors.push(`${type}: ${String(e)}`);
      }
    };
    on('largest-contentful-paint', (e) => {
      const el = e.element as Element | null;
      const text = (el?.textContent ?? '').trim();
      if (text !== '▪')
        B.lcp.push({ t: toTop(win, Number(e.renderTime || e.loadTime || e.startTime)), size: Number(e.size), what: `${el?.tagName}:${text.slice(0, 16)}` });
    });
    on('layout-shift', (e) => {
      if (!e.hadRecentInput && (B.clickedAt === null || toTop(win, e.startTime) < B.clickedAt)) B.cls += Number(e.value);
    });
    on('element', (e) => B.et.push({ id: String(e.identifier), t: toTop(win, Number(e.renderTime || e.loadTime)) }));
    on(
      'event',
      (e) => {
        if (['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name))
          B.events.push({ name: e.name, start: toTop(win, e.startTime), duration: e.duration, handlers: Number(e.processingEnd) - Number(e.processingStart) });
      },
      { durationThreshold: 16 },
    );
  }
  function findAll(doc: Document, text: string | undefined): HTMLElement[] {
    if (!text) return [];
    const out: HTMLElement[] = [];
    const found = doc.evaluate(`//body//text()[contains(., ${JSON.stringify(text)})]`, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < Math.min(found.snapshotLength, 6); i++) {
      const parent = found.snapshotItem(i)?.parentElement;
      if (parent) out.push(parent);
    }
    return out;
  }
  function opacity(el: Element, win: Window): number {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= Number(win.getComputedStyle(e).opacity || 1);
    return o;
  }
  function fontsReady(el: Element, c: Ctx, name: string, text: string): boolean {
    try {
      const cs = c.win.getComputedStyle(el);
      if (c.doc.fonts.check(`${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`, text)) return true;
    } catch {
      return true;
    }
    blockedSince[name] ??= performance.now();
    return performance.now() - blockedSince[name]! >= 3000;
  }
  function visible(el: Element | null, c: Ctx, name?: string, text?: string): boolean {
    if (!el?.isConnected || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2) return false;
    const vw = c.win.innerWidth;
    const vh = c.win.innerHeight;
    if (r.right <= 0 || r.left >= vw) return false;
    if (c.win !== window && (r.bottom <= 0 || r.top >= vh)) return false;
    if (opacity(el, c.win) < 0.02) return false;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    if (cy >= 0 && cy < vh && cx >= 0 && cx < vw && cy + c.oy >= 0 && cy + c.oy < window.innerHeight) {
      const top = c.doc.elementFromPoint(cx, cy);
      if (!top || !(top === el || el.contains(top) || top.contains(el))) return false;
    }
    return !(name && text) || fontsReady(el, c, name, text);
  }
  function actionable(button: HTMLButtonElement | null, c: Ctx): boolean {
    // A button in an island not yet hydrated does nothing, unless the page holds its click for the island (`data-held-choice`).
    const live = !button?.closest('astro-island[ssr]') || button.hasAttribute('data-held-choice');
    return !!button && !button.disabled && live && !button.closest('[inert]') && visible(button, c);
  }
  const stamped = new Set<number>();
  function stamp(f: number) {
    if (stamped.has(f)) return;
    stamped.add(f);
    const s = document.createElement('span');
    s.textContent = '▪';
    s.setAttribute('elementtiming', `frame:${f}`);
    s.setAttribute('aria-hidden', 'true');
    s.style.cssText = 'position:fixed;left:0;bottom:0;margin:0;padding:0;font:3px/1 monospace;color:#777;pointer-events:none;z-index:2147483647';
    document.body.appendChild(s);
    setTimeout(() => s.remove(), 3000);
  }
  function mark(name: string, f: number) {
    if (B.marks[name] != null) return;
    B.marks[name] = f;
    stamp(f);
  }
  const gateState = cfg.gates.map(() => ({ clicks: 0, last: -1e9 }));
  let frames = 0;

  function frame() {
    const f = ++frames;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (B.fp[f] = performance.now());
    channel.port2.postMessage(0);
    try {
      const cs = contexts();
      cs.forEach((c) => observe(c.win));
      const text = cfg.text;
      if (B.marks.firstLine == null && cs.some((c) => findAll(c.doc, text.firstLine).some((el) => visible(el, c, 'firstLine', text.firstLine))))
        mark('firstLine', f);
      if (B.marks.ready == null && document.readyState !== 'loading') {
        const hydrated = !document.querySelector('astro-island[ssr]');
        const loading = cfg.loading.some((line) => [...document.querySelectorAll('main p, main li')].some((el) => el.textContent?.trim() === line));
        if (hydrated && !loading) mark('ready', f);
      }
      // The call is live: the choice is the island's own button, not the first screen's held one.
      if (
        text.choice &&
        B.marks.live == null &&
        cs.some((c) =>
          findAll(c.doc, text.choice).some((el) => {
            const b = el.closest('button');
            return !b?.hasAttribute('data-held-choice') && actionable(b, c);
          }),
        )
      )
        mark('live', f);
      if (text.choice && B.marks.choice == null) {
        if (cs.some((c) => findAll(c.doc, text.choice).some((el) => actionable(el.closest('button'), c)))) mark('choice', f);
        else
          // The furthest gate that is actionable is clicked (a gate that ignores clicks while it animates is clicked again every 50 ms).
          for (let i = cfg.gates.length - 1; i >= 0; i--) {
            const gate = cfg.gates[i]!;
            const state = gateState[i]!;
            const button = cs.flatMap((c) => [...c.doc.querySelectorAll<HTMLButtonElement>(gate.sel)].filter((b) => actionable(b, c)))[0];
            if (!button) continue;
            if ((gate.once && state.clicks > 0) || performance.now() - state.last < 50) break;
            state.clicks++;
            state.last = performance.now();
            B.clickedAt ??= performance.now();
            button.click();
            break;
          }
      }
      if (B.armed && B.pointerdown != null && B.marks.next == null && cs.some((c) => findAll(c.doc, text.next).some((el) => visible(el, c)))) mark('next', f);
    } catch (e) {
      B.errors.push(String(e));
    }
    if (!B.stop) requestAnimationFrame(frame);
  }
  (window as unknown as { __arm: () => void }).__arm = () => {
    B.armed = true;
    for (const c of contexts()) c.win.addEventListener('pointerdown', (e) => (B.pointerdown ??= toTop(c.win, e.timeStamp)), { capture: true, once: true });
  };
  requestAnimationFrame(frame);
}
