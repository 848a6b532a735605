import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  what: string;
}

/**
 * Everything the overlay draws (badges shown, the dock's boxes, an open panel) and everything of the page a
 * user reads or operates (each line of text by Range.getClientRects, visible controls, table rows), as
 * viewport rectangles.
 */
export async function geometry(page: Page): Promise<{ ours: Rect[]; text: Rect[]; controls: Rect[]; rows: Rect[]; dock: Rect[] }> {
  return page.evaluate(() => {
    const r = (b: DOMRect, what: string) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom, what });
    const sized = (b: DOMRect) => b.width > 0.5 && b.height > 0.5;
    const host = document.querySelector('attendance-lens-overlay');
    const root = host?.shadowRoot;
    const ours: ReturnType<typeof r>[] = [];
    const dock: ReturnType<typeof r>[] = [];
    if (root) {
      for (const b of Array.from(root.querySelectorAll('.al-slot:not([data-hidden]) .al-badge'))) {
        const box = b.getBoundingClientRect();
        if (sized(box)) ours.push(r(box, `badge "${b.textContent}"`));
      }
      // A panel the page load opened by itself (none should be: panels open on the user's click, hover or focus).
      for (const b of Array.from(root.querySelectorAll('.al-panel'))) {
        const box = b.getBoundingClientRect();
        if (sized(box)) ours.push(r(box, 'panel'));
      }
      for (const b of Array.from(root.querySelectorAll('.al-dock:not([data-hidden]) > *'))) {
        const box = b.getBoundingClientRect();
        if (sized(box)) {
          ours.push(r(box, `dock ${b.className}`));
          dock.push(r(box, `dock ${b.className}`));
        }
      }
    }
    const text: ReturnType<typeof r>[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n.nodeValue ?? '').trim()) continue;
      const parent = n.parentElement;
      if (!parent || parent.closest('script,style,option,select,noscript,template')) continue;
      range.selectNodeContents(n);
      for (const b of Array.from(range.getClientRects())) if (sized(b)) text.push(r(b, `text "${(n.nodeValue ?? '').trim().slice(0, 30)}"`));
    }
    const controls: ReturnType<typeof r>[] = [];
    const CONTROLS = 'input:not([type=hidden]),select,textarea,button,img,svg,a[href],[tabindex]:not([tabindex="-1"]),[role=button],[role=combobox],[role=checkbox],[role=radio],[role=link],[role=tab],[role=switch]';
    for (const c of Array.from(document.body.querySelectorAll(CONTROLS))) {
      // A focusable container (a grid, a scrolling box) is not a control to keep clear: its cells are.
      if (c.tagName.toLowerCase() === 'attendance-lens-overlay' || c.querySelector('table,tr,[role=row],[role=grid]')) continue;
      if (!c.checkVisibility()) continue;
      const b = c.getBoundingClientRect();
      if (sized(b)) controls.push(r(b, `control ${c.tagName.toLowerCase()}${c.getAttribute('aria-label') ? ` "${c.getAttribute('aria-label')}"` : ''}`));
    }
    // Rows of data tables: a layout table's row (a page frame holding other tables) is not a register row.
    const rows = Array.from(document.body.querySelectorAll('tr,[role=row]'))
      .filter((e) => !e.querySelector('table,[role=grid],[role=table]'))
      .map((e) => r(e.getBoundingClientRect(), `row "${(e.textContent ?? '').trim().slice(0, 30)}"`))
      .filter((b) => b.right - b.left > 0.5 && b.bottom - b.top > 0.5);
    return { ours, text, controls, rows, dock };
  });
}

/** Pairs that overlap by more than half a pixel each way, for the failure message. */
export function overlaps(a: readonly Rect[], b: readonly Rect[]): string[] {
  const out: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (Math.min(x.right, y.right) - Math.max(x.left, y.left) > 0.5 && Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > 0.5) {
        out.push(`${x.what} [${Math.round(x.left)},${Math.round(x.top)}–${Math.round(x.right)},${Math.round(x.bottom)}] over ${y.what} [${Math.round(y.left)},${Math.round(y.top)}–${Math.round(y.right)},${Math.round(y.bottom)}]`);
      }
    }
  }
  return out;
}

/** The demo's register pages: take register, weekly grid and pupil page in both MIS styles (from its index). */
export async function demoRegisterPages(demoUrl: string): Promise<{ name: string; path: string }[]> {
  const { screenshotPages } = await import('../../../scripts/demo/screenshot-pages');
  const [index, forms] = await Promise.all([fetch(demoUrl).then((r) => r.text()), fetch(new URL('/forms/', demoUrl)).then((r) => r.text())]);
  return screenshotPages(index, forms).filter((p) => /^0[1-6]-/.test(p.name));
}

/** Waits until the overlay has drawn and placed its badges (two frames after they appear). */
export async function overlaySettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('attendance-lens-overlay')?.shadowRoot?.querySelector('.al-badge'), undefined, { timeout: 15_000 });
  await page.waitForTimeout(400);
  await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
}

/**
 * Badges whose text is not shown whole: cut (its content wider than its box: an ellipsis or a clipped word),
 * or showing words that do not begin its accessible name. A badge in a narrow place may show its figure alone,
 * the figure's first word or a bullet (data-mode short / icon / dot), whole; beside the table or in a gap it
 * shows all of it.
 */
export async function badgesNotWhole(page: Page): Promise<{ problems: string[]; shown: number; forms: Record<string, number> }> {
  return page.evaluate(() => {
    const root = document.querySelector('attendance-lens-overlay')?.shadowRoot;
    const problems: string[] = [];
    const forms: Record<string, number> = {};
    let shown = 0;
    for (const slot of Array.from(root?.querySelectorAll<HTMLElement>('.al-slot:not([data-hidden])') ?? [])) {
      const b = slot.querySelector<HTMLElement>('.al-badge');
      if (!b || b.getBoundingClientRect().width < 0.5) continue;
      shown++;
      const mode = slot.getAttribute('data-mode') ?? '?';
      forms[mode] = (forms[mode] ?? 0) + 1;
      const all = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
      const visible = b.innerText.replace(/\s+/g, ' ').trim();
      const name = b.getAttribute('aria-label') ?? '';
      if (b.scrollWidth > b.clientWidth) problems.push(`"${all}" (${mode}) cut: ${b.scrollWidth} px of content in ${b.clientWidth} px`);
      if (mode !== 'dot' && !name.startsWith(visible)) problems.push(`"${visible}" (${mode}) does not begin its name "${name.slice(0, 60)}"`);
      if ((mode === 'beside' || mode === 'gap') && visible !== all) problems.push(`"${all}" (${mode}) shows only "${visible}"`);
      if (mode !== 'dot' && !visible) problems.push(`"${all}" (${mode}) shows nothing`);
    }
    return { problems, shown, forms };
  });
}

export const SIZES = [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
] as const;

export const BADGE_STYLES = ['compact', 'full'] as const;

/** The user's badge size (Options → Overlay), as the options page stores it; pages loaded after it use it. */
export async function setBadgeStyle(serviceWorker: Worker, badgeStyle: (typeof BADGE_STYLES)[number]): Promise<void> {
  await serviceWorker.evaluate(async (style) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const prev = ((await c.storage.local.get('overlayPrefs')).overlayPrefs ?? {}) as object;
    await c.storage.local.set({ overlayPrefs: { ...prev, badgeStyle: style } });
  }, badgeStyle);
}

/** The width of each of the page's column headers, to a tenth of a pixel (our own are not columns). */
export function columnWidths(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll('th, [role="columnheader"]')).map((h) => Math.round(h.getBoundingClientRect().width * 10) / 10),
  );
}

/**
 * Saved MIS pages of different shapes (test/fixtures/mis), each served at its own loopback origin by
 * `context.route` (the content script's demo origins), at the path its urls.json gives.
 */
export const FIXTURE_PAGES = [
  { file: 'sims/take-register.html', port: 4661 },
  { file: 'isams/marks-grid.html', port: 4662 },
  { file: 'scholarpack/take-register-2024-layout.html', port: 4663 },
  { file: 'bromcom/marks-grid-2024-layout.html', port: 4664 },
].map(({ file, port }) => {
  const [dir, name] = file.split('/') as [string, string];
  const urls = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mis', dir, 'urls.json'), 'utf8')) as Record<string, string>;
  const real = new URL(urls[name] ?? `https://example.org/${name}`);
  return {
    name: file,
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${real.pathname}${real.search}`,
    html: readFileSync(join(ROOT, 'test/fixtures/mis', file), 'utf8'),
  };
});

/** Serves every fixture page at its loopback address in this context (or browser context without the extension). */
export async function routeFixtures(context: { route: Page['route'] }): Promise<void> {
  for (const f of FIXTURE_PAGES) {
    await context.route(`${f.origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: f.html }));
  }
}

export interface TabStop {
  /** Our own control (inside the overlay's shadow root) or the page's. */
  ours: boolean;
  /** Stable per element for the walk, to see the walk come round and a badge reached twice. */
  id: number;
  what: string;
  /** A badge's top in document coordinates (row order). */
  top?: number;
  badge?: boolean;
  /** For a page element: what of ours covers it, if anything. */
  covered?: string;
}

/**
 * Presses Tab from the top of the page until focus comes round to the first stop again (or `max` presses),
 * and at each stop, once the overlay has had two frames to follow (scrolling into view, a panel closing),
 * checks that nothing of ours lies over the focused page element: its box against every box we draw, and
 * what the window shows at its centre and corners (through our shadow root).
 */
export async function tabWalk(page: Page, max = 800): Promise<{ stops: TabStop[]; cameRound: boolean }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
    (window as unknown as { __alWalk?: unknown }).__alWalk = { ids: new WeakMap<Element, number>(), n: 0 };
  });
  const stops: TabStop[] = [];
  let first: number | undefined;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(async (): Promise<TabStop | null> => {
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      const walk = (window as unknown as { __alWalk: { ids: WeakMap<Element, number>; n: number } }).__alWalk;
      const idOf = (e: Element) => {
        let id = walk.ids.get(e);
        if (id === undefined) walk.ids.set(e, (id = ++walk.n));
        return id;
      };
      const host = document.querySelector('attendance-lens-overlay');
      const root = host?.shadowRoot ?? null;
      const a = document.activeElement;
      if (!a || a === document.body || a === document.documentElement) return null;
      if (a === host) {
        const inner = root?.activeElement;
        if (!inner) return null;
        const b = inner.getBoundingClientRect();
        const badge = inner.classList.contains('al-badge');
        const where = inner.closest('.al-panel') ? 'in panel ' : inner.closest('.al-dock') ? 'in dock ' : '';
        return { ours: true, id: idOf(inner), badge, top: b.top + window.scrollY, what: `${where}${inner.className} "${(inner.getAttribute('aria-label') ?? inner.textContent ?? '').slice(0, 50)}"` };
      }
      const what = `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.getAttribute('name') ? `[name=${a.getAttribute('name')}]` : ''} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 30)}"`;
      const f = a.getBoundingClientRect();
      let covered: string | undefined;
      if (root && f.width > 0 && f.height > 0) {
        for (const el of Array.from(root.querySelectorAll('.al-slot:not([data-hidden]) .al-badge, .al-dock:not([data-hidden]) > *, .al-panel'))) {
          const b = el.getBoundingClientRect();
          if (Math.min(b.right, f.right) - Math.max(b.left, f.left) > 0.5 && Math.min(b.bottom, f.bottom) - Math.max(b.top, f.top) > 0.5) {
            covered = `box of ${el.className} [${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}] over [${Math.round(f.left)},${Math.round(f.top)}–${Math.round(f.right)},${Math.round(f.bottom)}] at scroll ${Math.round(window.scrollX)},${Math.round(window.scrollY)}`;
            break;
          }
        }
        // What a sighted user sees at the element's centre and just inside its corners: never ours.
        const inset = Math.min(2, f.width / 4, f.height / 4);
        const points: [number, number][] = [
          [(f.left + f.right) / 2, (f.top + f.bottom) / 2],
          [f.left + inset, f.top + inset],
          [f.right - inset, f.top + inset],
          [f.left + inset, f.bottom - inset],
          [f.right - inset, f.bottom - inset],
        ];
        for (const [x, y] of points) {
          if (covered || x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
          if (document.elementFromPoint(x, y) === host) covered = `point ${Math.round(x)},${Math.round(y)} shows ${root.elementFromPoint(x, y)?.className ?? 'our layer'}`;
        }
      }
      return { ours: false, id: idOf(a), what, ...(covered ? { covered } : {}) };
    });
    if (!stop) continue;
    if (first === undefined) first = stop.id;
    else if (stop.id === first) return { stops, cameRound: true };
    stops.push(stop);
  }
  return { stops, cameRound: false };
}

/** Our badges a user can see (not hidden slots: a row with no room even for a dot), with document tops. */
export function visibleBadges(page: Page): Promise<{ label: string; top: number }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('attendance-lens-overlay')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.al-badge') ?? [])
      .filter((b) => b.checkVisibility({ visibilityProperty: true }) && b.getBoundingClientRect().width > 0.5)
      .map((b) => ({ label: b.getAttribute('aria-label') ?? '', top: b.getBoundingClientRect().top + window.scrollY }));
  });
}
