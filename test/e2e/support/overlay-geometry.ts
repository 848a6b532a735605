import type { Page } from '@playwright/test';

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
    for (const c of Array.from(document.body.querySelectorAll('input:not([type=hidden]),select,textarea,button,img,svg,[role=button],[role=combobox],[role=checkbox]'))) {
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
