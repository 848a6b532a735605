// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay } from '../../../lib/overlay/mount';
import { summaryFor } from '../../../lib/pupil/page-summary';
import { makeBadge } from './badge-factory';

/**
 * A frame pass reads the page for every badge (its row's text and controls) before it writes anything of
 * its own: a read after a write makes the browser lay the page out again, once per row (issue 11: that was
 * most of a 30-pupil mount on a revisit). Reads of the page's rows and writes to our badge slots are
 * logged in the order they happen.
 */
describe('overlay frame pass', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    document.querySelectorAll('attendance-lens-overlay').forEach((e) => e.remove());
  });

  it('reads where every badge goes before it draws or moves one', () => {
    const n = 5;
    document.body.innerHTML = `<table style="overflow-x:visible;overflow-y:visible"><tbody style="overflow-x:visible;overflow-y:visible">${Array.from({ length: n }, (_, i) => `<tr data-i="${i}"><td>Pupil ${i}</td><td><select><option>/</option></select></td></tr>`).join('')}</tbody></table>`;
    const trs = Array.from(document.querySelectorAll('tr'));
    const log: string[] = [];
    const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON() {} }) as DOMRect;
    const rowOf = (el: Element) => el.closest('tr');
    const bcr = Element.prototype.getBoundingClientRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const tr = rowOf(this);
      if (!tr) return bcr.call(this);
      const i = Number(tr.getAttribute('data-i'));
      log.push(`read row ${i}`);
      return this === tr ? box(0, 40 * i, 300, 32) : box(200, 40 * i + 4, 60, 24);
    });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const tr = rowOf(this.startContainer instanceof Element ? this.startContainer : this.startContainer.parentElement!);
      const i = Number(tr?.getAttribute('data-i'));
      log.push(`read row ${i}`);
      const list = [box(4, 40 * i + 8, 80, 16)];
      return Object.assign(list, { item: (k: number) => list[k] ?? null }) as unknown as DOMRectList;
    });
    const setAttribute = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (this: Element, name: string, value: string) {
      if (this.classList.contains('al-slot') && (name === 'data-mode' || name === 'data-hidden')) log.push(`write ${name}`);
      return setAttribute.call(this, name, value);
    });

    const badges = trs.map((_, i) => makeBadge(10 + i, 20, { key: `p${i}`, pupilId: `pupil-${i}`, name: `Pupil ${i}` }));
    const handle = mountOverlay({
      rows: new Map(trs.map((tr, i) => [`p${i}`, tr])),
      badges,
      summary: summaryFor(badges, '7RB'),
      prefs: { style: 'compact', showFirstRunHint: false },
      handlers: {},
    });
    try {
      const writes = log.flatMap((l, i) => (l.startsWith('write') ? [i] : []));
      expect(writes.length, log.join('\n')).toBeGreaterThanOrEqual(n);
      const lastRead = log.findLastIndex((l) => l.startsWith('read'));
      expect(lastRead, log.join('\n')).toBeLessThan(writes[0]!);
      // Every row was measured for its badge (its text), not only its box.
      for (let i = 0; i < n; i++) expect(log.filter((l) => l === `read row ${i}`).length).toBeGreaterThan(1);
    } finally {
      handle.destroy();
    }
  });
});
