import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, pageLinks, pageOf, showingWords } from '../../../lib/dashboard/paging';

describe('the list in pages', () => {
  it('slices 2,000 rows into 20 pages of 100, the last page ending at the last row', () => {
    expect(LIST_PAGE_SIZE).toBe(100);
    expect(pageOf(2000, 1)).toEqual({ page: 1, pages: 20, start: 0, end: 100, total: 2000 });
    expect(pageOf(2000, 2)).toEqual({ page: 2, pages: 20, start: 100, end: 200, total: 2000 });
    expect(pageOf(2001, 21)).toEqual({ page: 21, pages: 21, start: 2000, end: 2001, total: 2001 });
  });

  it('clamps a page the list no longer has (it shrank under a filter or a re-read) to the last, and nonsense to the first', () => {
    expect(pageOf(250, 9)).toMatchObject({ page: 3, pages: 3, start: 200, end: 250 });
    expect(pageOf(250, 0).page).toBe(1);
    expect(pageOf(250, Number.NaN).page).toBe(1);
    expect(pageOf(0, 4)).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
  });

  it('every row is on exactly one page', () => {
    for (const total of [0, 1, 99, 100, 101, 1999, 2000]) {
      const { pages } = pageOf(total, 1);
      const seen: number[] = [];
      for (let n = 1; n <= pages; n++) {
        const p = pageOf(total, n);
        for (let i = p.start; i < p.end; i++) seen.push(i);
      }
      expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
    }
  });

  it('offers every page when there are few, else the first, the last and the neighbours of the current one', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageLinks(20, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
    // A gap of one page shows that page rather than "…".
    expect(pageLinks(4, 8)).toEqual([1, 2, 3, 4, 5, 'gap', 8]);
    expect(pageLinks(5, 20)).toEqual([1, 'gap', 4, 5, 6, 'gap', 20]);
  });

  it('always includes the current page, the first and the last, in order without repeats', () => {
    for (let pages = 1; pages <= 40; pages++)
      for (let page = 1; page <= pages; page++) {
        const links = pageLinks(page, pages);
        const nums = links.filter((n): n is number => n !== 'gap');
        expect(nums).toContain(page);
        expect(nums[0]).toBe(1);
        expect(nums.at(-1)).toBe(pages);
        expect([...nums].sort((a, b) => a - b)).toEqual(nums);
        expect(new Set(nums).size).toBe(nums.length);
        expect(links.length).toBeLessThanOrEqual(9);
      }
  });

  it('says which rows are shown: a range across pages, the plain count on one page', () => {
    expect(showingWords(pageOf(2000, 1), 2000)).toBe('Showing 1–100 of 2,000 pupils');
    expect(showingWords(pageOf(2000, 20), 2000)).toBe('Showing 1,901–2,000 of 2,000 pupils');
    expect(showingWords(pageOf(150, 2), 2000)).toBe('Showing 101–150 of 150 pupils');
    expect(showingWords(pageOf(12, 1), 30)).toBe('Showing 12 of 30 pupils');
    expect(showingWords(pageOf(1, 1), 1)).toBe('Showing 1 of 1 pupil');
  });
});
