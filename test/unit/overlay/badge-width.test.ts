import { describe, expect, it } from 'vitest';
import { BADGE_FONTS, afterIconText, estimateBadgeWidths, iconText, measureBadgeWidths } from '../../../lib/overlay/badge-width';

/** A monospace "font": 10 px a character in the badge's fonts, 5 px in the chip font, 8 px in the detail font. */
const mono = (s: string, font: string) => s.length * (font === BADGE_FONTS.chip ? 5 : font === BADGE_FONTS.detail ? 8 : 10);

describe('badge widths in each form, from the text measure', () => {
  const pres = { text: 'PA 88.9%?', detail: null, chips: ['PN', '+1 more'], unsaved: true };
  it('full: figure, then a space and a boxed chip for each marker and for "unsaved"', () => {
    // 14 (padding, border) + 90 (figure) + 3 × (10 space + 10 chip box) + 5 × (2 + 7 + 7) chip text + 3 slack
    expect(measureBadgeWidths(pres, mono).full).toBe(14 + 90 + 3 * 20 + 5 * 16 + 3);
  });
  it('short: the figure alone; icon: its first word, with the icon\'s narrower padding', () => {
    const w = measureBadgeWidths(pres, mono);
    expect(w.short).toBe(14 + 90 + 3);
    expect(w.icon).toBe(10 + 20 + 3);
  });
  it('the detail is measured in its own (regular) font', () => {
    const w = measureBadgeWidths({ text: 'PA 90.0%', detail: 'Band 2 · 12/58 days', chips: [], unsaved: false }, mono);
    expect(w.full - w.short).toBe(10 + 8 * 'Band 2 · 12/58 days'.length);
  });
  it('digits are measured as the tabular "0" the badge draws', () => {
    const seen: string[] = [];
    measureBadgeWidths({ text: '1/1 · 1 day', detail: null, chips: [], unsaved: false }, (s, f) => (seen.push(s), mono(s, f)));
    expect(seen).toContain('0/0 · 0 day');
  });
  it('every form is at least as narrow as the one before it', () => {
    for (const text of ['1/1 · 1 day', 'SA 32.5% ↑', 'No marks', '100.0%', '10/10 sessions — 5 days of history']) {
      const w = estimateBadgeWidths({ text, detail: 'a detail', chips: ['PN'], unsaved: false });
      expect(w.full).toBeGreaterThan(w.short);
      expect(w.short).toBeGreaterThanOrEqual(w.icon);
      expect(w.dot).toBeLessThanOrEqual(24);
    }
  });
});

describe('the icon form shows the figure\'s first word, whole', () => {
  it.each([
    ['1/1 · 1 day', '1/1', ' · 1 day'],
    ['PA 88.9%?', 'PA', ' 88.9%?'],
    ['91.4% ↓', '91.4%', ' ↓'],
    ['No marks', 'No', ' marks'],
    ['100.0%', '100.0%', ''],
  ])('%s → %s + %s (together the whole figure, so the name still begins with what is shown)', (text, first, rest) => {
    expect(iconText({ text })).toBe(first);
    expect(afterIconText({ text })).toBe(rest);
    expect(iconText({ text }) + afterIconText({ text })).toBe(text);
  });
});
