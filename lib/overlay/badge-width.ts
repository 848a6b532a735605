/**
 * How wide a badge is drawn, in each of its three forms, so placement knows before drawing whether the
 * text fits whole (a badge is never cut to "1/1" or "Severe a…"). Widths come from the browser's own text
 * measure (a canvas context with the badge's fonts), not from a per-character guess: a guess is too small
 * for wide glyphs and chips and too big for narrow ones. Without a canvas (unit tests) a generous estimate.
 *
 *   full   everything the badge shows: figure, detail, marker chips, "unsaved"
 *   short  the figure alone ("1/1 · 1 day", "PA 88.9%?"); its words begin the full text, so the badge's
 *          name still begins with what it shows (WCAG 2.5.3)
 *   icon   the figure's first word ("1/1", "PA", "91.4%"), whole
 *   dot    a bullet in the badge's colours, where not even a word fits: a flag is here (its name and, on
 *          hover or focus, its whole text say which)
 *
 * The stylesheet (styles.ts) hides the parts a form leaves out, and shows them all on hover and focus.
 */
import type { BadgePresentation } from './badge-text';

export type BadgeForm = 'full' | 'short' | 'icon' | 'dot';

/** The dot form's text. */
export const DOT_TEXT = '•';

export interface BadgeWidths {
  full: number;
  short: number;
  icon: number;
  dot: number;
}

/** The badge's fonts and box, as in styles.ts (.al-badge, .al-detail, .al-chip). */
const FONT_FAMILY = "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";
export const BADGE_FONTS = {
  main: `600 12px ${FONT_FAMILY}`,
  detail: `400 12px ${FONT_FAMILY}`,
  chip: `600 11px ${FONT_FAMILY}`,
};
/** Padding 6 px each side and a 1 px border (icon form: 4 px padding). */
const BADGE_BOX = 14;
const ICON_BOX = 10;
/** A chip's padding (4 px each side) and border. */
const CHIP_BOX = 10;
/** Rounding and font hinting between the measure and the drawn text: never let a badge lose its last letter. */
const SLACK = 3;

/** Measures a string in a CSS font; null when the environment has no text measure. */
export type TextMeasure = (text: string, font: string) => number;

/** The figure's first word: the icon form's text. */
export function iconText(pres: Pick<BadgePresentation, 'text'>): string {
  return pres.text.split(' ')[0] ?? pres.text;
}

/** The rest of the figure after its first word (with its leading space), hidden in the icon form. */
export function afterIconText(pres: Pick<BadgePresentation, 'text'>): string {
  return pres.text.slice(iconText(pres).length);
}

/**
 * Widths of the three forms. Digits are measured as "0": the badge draws tabular figures, which take the
 * width of the font's figure "0" (a proportional "1" measured as itself would be too narrow).
 */
export function measureBadgeWidths(pres: Pick<BadgePresentation, 'text' | 'detail' | 'chips' | 'unsaved'>, measure: TextMeasure): BadgeWidths {
  const m = (s: string, font: string) => measure(s.replace(/\d/g, '0'), font);
  const space = m(' ', BADGE_FONTS.main);
  const main = m(pres.text, BADGE_FONTS.main);
  let extra = 0;
  if (pres.detail) extra += space + m(pres.detail, BADGE_FONTS.detail);
  for (const c of pres.chips) extra += space + CHIP_BOX + m(c, BADGE_FONTS.chip);
  if (pres.unsaved) extra += space + CHIP_BOX + m('unsaved', BADGE_FONTS.chip);
  const short = Math.ceil(BADGE_BOX + main + SLACK);
  return {
    full: Math.ceil(BADGE_BOX + main + extra + SLACK),
    short,
    icon: Math.min(short, Math.ceil(ICON_BOX + m(iconText(pres), BADGE_FONTS.main) + SLACK)),
    dot: Math.ceil(ICON_BOX + m(DOT_TEXT, BADGE_FONTS.main) + SLACK),
  };
}

/** Without a text measure: generous per-character widths (12 px semibold system font). */
export function estimateBadgeWidths(pres: Pick<BadgePresentation, 'text' | 'detail' | 'chips' | 'unsaved'>): BadgeWidths {
  return measureBadgeWidths(pres, (s, font) => s.length * (font === BADGE_FONTS.chip ? 7 : 7.6));
}

let canvasMeasure: TextMeasure | null | undefined;

/** The document's canvas text measure (one context, fonts set only when they change). */
function documentMeasure(doc: Document | undefined): TextMeasure | null {
  if (canvasMeasure !== undefined) return canvasMeasure;
  canvasMeasure = null;
  try {
    const ctx = doc?.createElement('canvas').getContext('2d');
    if (ctx && typeof ctx.measureText === 'function' && ctx.measureText('0').width > 0) {
      let font = '';
      canvasMeasure = (text, f) => {
        if (f !== font) ctx.font = font = f;
        return ctx.measureText(text).width;
      };
    }
  } catch {
    canvasMeasure = null;
  }
  return canvasMeasure;
}

const cache = new WeakMap<object, BadgeWidths>();

/** The widths of a presentation, measured once (presentations are kept per badge). */
export function badgeWidths(pres: BadgePresentation, doc: Document | undefined = globalThis.document): BadgeWidths {
  let w = cache.get(pres);
  if (!w) {
    const measure = documentMeasure(doc);
    cache.set(pres, (w = measure ? measureBadgeWidths(pres, measure) : estimateBadgeWidths(pres)));
  }
  return w;
}
