import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../../../lib/overlay/contrast';
import { TONES, UI } from '../../../lib/overlay/palette';

const WHITE = '#ffffff';
const BLACK = '#000000';
// Text in the overlay is 11–14 px: "normal" text, so AA needs 4.5:1 (WCAG 2.2, 1.4.3).
const TEXT = 4.5;
// Component boundaries, focus indicators and outlines: 3:1 against what they sit on (1.4.11).
const NON_TEXT = 3;

describe('contrast arithmetic', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});

describe('overlay colours meet WCAG 2.2 AA', () => {
  for (const [tone, c] of Object.entries(TONES)) {
    it(`${tone} badge: text on its background, border on white and on the badge`, () => {
      expect(contrastRatio(c.fg, c.bg)).toBeGreaterThanOrEqual(TEXT);
      // The badge's edge against a white page (most MIS pages).
      expect(Math.max(contrastRatio(c.border, WHITE), contrastRatio(c.bg, WHITE))).toBeGreaterThanOrEqual(NON_TEXT);
      // Marker chips (dark on white) sit on the badge background: the chip's border must show.
      expect(Math.max(contrastRatio(UI.chipFg, c.bg), contrastRatio(UI.chipBg, c.bg))).toBeGreaterThanOrEqual(NON_TEXT);
    });
  }

  it('chips, panel text, muted text, links and buttons', () => {
    expect(contrastRatio(UI.chipFg, UI.chipBg)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(UI.unsavedFg, UI.unsavedBg)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(UI.panelFg, UI.panelBg)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(UI.muted, UI.panelBg)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(UI.link, UI.panelBg)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(UI.buttonFg, UI.buttonBg)).toBeGreaterThanOrEqual(TEXT);
    // Pressed summary counts: white on the highlight colour.
    expect(contrastRatio(WHITE, UI.highlight)).toBeGreaterThanOrEqual(TEXT);
    // Disabled controls are exempt from 1.4.3, but stay readable anyway.
    expect(contrastRatio(UI.muted, UI.panelBg)).toBeGreaterThanOrEqual(TEXT);
  });

  it('focus ring and row outline are visible on light and dark pages (two-colour rings)', () => {
    for (const page of [WHITE, BLACK, '#f6f7f9', '#1b1f24']) {
      const ring = Math.max(contrastRatio(UI.focus, page), contrastRatio(UI.focusHalo, page));
      expect(ring, `focus ring on ${page}`).toBeGreaterThanOrEqual(NON_TEXT);
      const outline = Math.max(contrastRatio(UI.highlight, page), contrastRatio(UI.focusHalo, page));
      expect(outline, `row outline on ${page}`).toBeGreaterThanOrEqual(NON_TEXT);
    }
    // The ring's dark part against every badge background it surrounds (the halo separates them).
    expect(contrastRatio(UI.focus, UI.focusHalo)).toBeGreaterThanOrEqual(NON_TEXT);
    // The panel's border against white pages.
    expect(contrastRatio(UI.line, WHITE)).toBeGreaterThanOrEqual(NON_TEXT);
  });
});
