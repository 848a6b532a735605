// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlankBoxes } from '../../../lib/overlay/hit-tests';

/** A page whose every point hits its root element (blank), or a text paragraph (not blank), counting hit tests. */
function fakePage(content: 'blank' | 'text') {
  const root = { nodeType: 1 } as unknown as Element;
  const para = { nodeType: 1, matches: () => false, closest: () => null, childNodes: [{ nodeType: 3, nodeValue: 'Notes' }] } as unknown as Element;
  let hits = 0;
  const doc = {
    documentElement: root,
    body: {},
    elementFromPoint: () => (hits++, content === 'blank' ? root : para),
    elementsFromPoint: () => (hits++, [content === 'blank' ? root : para]),
  } as unknown as Document;
  return { doc, hits: () => hits };
}

const host = {} as Element;
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe("BlankBoxes: the dock's hit tests, remembered until the page moves", () => {
  it('asks each point of a new box once, then answers from memory', () => {
    const p = fakePage('blank');
    const blanks = new BlankBoxes(p.doc, host);
    expect(blanks.blank(box(900, 800, 1200, 880), 1366, 900)).toBe(true);
    const asked = p.hits();
    expect(asked).toBeGreaterThan(20);
    expect(blanks.blank(box(900, 800, 1200, 880), 1366, 900)).toBe(true);
    // The pill in the same corner lies inside the open dock's blank box: no new hit test.
    expect(blanks.blank(box(1100, 850, 1200, 880), 1366, 900)).toBe(true);
    expect(p.hits()).toBe(asked);
  });

  it('asks again after forget (a scroll, a resize, a page change) and for another window size', () => {
    const p = fakePage('blank');
    const blanks = new BlankBoxes(p.doc, host);
    blanks.blank(box(900, 800, 1200, 880), 1366, 900);
    const asked = p.hits();
    blanks.blank(box(900, 800, 1200, 880), 1024, 900);
    expect(p.hits()).toBeGreaterThan(asked);
    const again = p.hits();
    blanks.forget();
    blanks.blank(box(900, 800, 1200, 880), 1366, 900);
    expect(p.hits()).toBeGreaterThan(again);
  });

  it('a box over text is not blank, and a box inside it is asked, not assumed', () => {
    const p = fakePage('text');
    const blanks = new BlankBoxes(p.doc, host);
    expect(blanks.blank(box(900, 800, 1200, 880), 1366, 900)).toBe(false);
    const asked = p.hits();
    expect(blanks.blank(box(900, 800, 1200, 880), 1366, 900)).toBe(false);
    expect(p.hits()).toBe(asked);
    expect(blanks.blank(box(1100, 850, 1200, 880), 1366, 900)).toBe(false);
    expect(p.hits()).toBeGreaterThan(asked);
  });
});
