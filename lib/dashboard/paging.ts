/**
 * The pupil list in pages: a 2,000-row table is slow to draw and not what anyone reads. Pure: the list's
 * length, the page asked for and the page size in; which rows to show and the page links out. Sorting and
 * filtering happen on the whole list first (work-lists.ts); a page is only a slice of the result.
 */

export const LIST_PAGE_SIZE = 100;

export interface Page {
  /** 1-based, clamped to 1…pages. */
  page: number;
  /** At least 1 (an empty list is one empty page). */
  pages: number;
  /** Slice bounds into the list: rows [start, end). */
  start: number;
  end: number;
  total: number;
}

/** The page `asked` of a list of `total` rows (clamped: a list that shrank under a later page shows its last page). */
export function pageOf(total: number, asked: number, size: number = LIST_PAGE_SIZE): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pages, Math.max(1, Number.isFinite(asked) ? Math.floor(asked) : 1));
  const start = (page - 1) * size;
  return { page, pages, start, end: Math.min(total, start + size), total };
}

/**
 * The page numbers to offer as links: the first, the last, and the current one with a neighbour each side;
 * `'gap'` where numbers are left out (shown as "…"). Every page when there are 7 or fewer.
 */
export function pageLinks(page: number, pages: number): (number | 'gap')[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const keep = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  // Near either end, keep a run of five so the links do not jump about as the user steps through.
  if (page <= 3) for (let n = 2; n <= 5; n++) keep.add(n);
  if (page >= pages - 2) for (let n = pages - 4; n < pages; n++) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(n - prev === 2 ? n - 1 : 'gap');
    out.push(n);
  });
  return out;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "Showing 1–100 of 2,000 pupils" (a range only when the list spans more than one page). */
export function showingWords(p: Page, stored: number): string {
  const noun = (n: number) => (n === 1 ? 'pupil' : 'pupils');
  if (p.pages === 1) return `Showing ${p.total} of ${stored} ${noun(stored)}`;
  return `Showing ${count(p.start + 1)}–${count(p.end)} of ${count(p.total)} ${noun(p.total)}`;
}
