/**
 * The overlay's one stylesheet, adopted by its one shadow root. Sizes in px: the host page's root
 * font size must not scale our badges. `.al-root` resets everything inherited from the host element
 * (a page's `* { color: red !important; font-size: 40px }` reaches the host, and inherited values
 * would flow into the shadow tree).
 */
import type { Tone } from './badge-text';
import { BADGE_HEIGHT } from './layout';
import { TONES, UI } from './palette';
import { DOT_TEXT } from './badge-width';

const toneRules = (Object.keys(TONES) as Tone[])
  .map((t) => {
    const c = TONES[t];
    return `.al-badge.t-${t}{background:${c.bg};color:${c.fg};border-color:${c.border}}`;
  })
  .join('\n');

const focusRing = `outline:2px solid ${UI.focus};outline-offset:1px;box-shadow:0 0 0 4px ${UI.focusHalo}`;

export const OVERLAY_CSS = `
.al-root{all:initial;display:block;position:absolute;left:0;top:0;width:0;height:0;
  --al-font:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font:12px/16px var(--al-font);color:${UI.panelFg};
  letter-spacing:normal;word-spacing:normal;text-transform:none;text-align:left;text-indent:0;
  white-space:normal;direction:ltr;visibility:visible;cursor:auto;pointer-events:none}
.al-root *,.al-root *::before,.al-root *::after{box-sizing:border-box}
.al-layer,.al-outlines{position:absolute;left:0;top:0;width:0;height:0}
.al-slot{position:absolute;left:0;top:0;white-space:nowrap;will-change:transform;pointer-events:auto}
.al-slot[data-hidden]{visibility:hidden;pointer-events:none}
/* No room for the whole badge: its figure alone (short), the figure's first word (icon) or a bullet (dot),
   never a cut word; whole again while hovered or focused. The bullet is drawn, not text: the badge's text
   (and name) stay its words. Widths per form: badge-width.ts. */
.al-slot[data-mode=short] .al-extra,.al-slot[data-mode=icon] .al-extra,.al-slot[data-mode=icon] .al-rest,
.al-slot[data-mode=dot] .al-main,.al-slot[data-mode=dot] .al-extra{display:none}
.al-slot[data-mode=dot]:not(:hover,:focus-within) .al-badge::before{content:'${DOT_TEXT}'}
.al-slot:is([data-mode=icon],[data-mode=dot]) .al-badge{padding:0 4px}
.al-slot:is([data-mode=short],[data-mode=icon],[data-mode=dot]):is(:hover,:focus-within){max-width:none !important;z-index:1}
.al-slot:is([data-mode=short],[data-mode=icon],[data-mode=dot]):is(:hover,:focus-within) :is(.al-main,.al-extra,.al-rest){display:inline}
/* Each slot is a stacking context (will-change): the open one goes above the badges after it. */
.al-slot.al-open{z-index:1}
.al-badge{all:unset;box-sizing:border-box;display:inline-block;vertical-align:top;max-width:100%;height:${BADGE_HEIGHT}px;
  padding:0 6px;border:1px solid;border-radius:10px;font:600 12px/18px var(--al-font);
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer;font-variant-numeric:tabular-nums;user-select:none}
.al-badge:focus-visible{${focusRing}}
.al-badge.prov{border-style:dashed}
${toneRules}
.al-detail{font-weight:400}
.al-chip{display:inline-block;vertical-align:top;margin-top:1px;padding:0 4px;border-radius:4px;font:600 11px/14px var(--al-font);
  background:${UI.chipBg};color:${UI.chipFg};border:1px solid ${UI.chipFg}}
.al-chip.unsaved{background:${UI.unsavedBg};color:${UI.unsavedFg};border-color:${UI.unsavedBg}}
.al-panel{position:absolute;z-index:2;top:24px;left:0;width:320px;max-height:420px;overflow:auto;padding:12px;background:${UI.panelBg};
  color:${UI.panelFg};border:1px solid ${UI.line};border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);
  font:13px/18px var(--al-font);white-space:normal;cursor:auto}
.al-panel:focus-visible{${focusRing}}
.al-panel h2{all:unset;display:block;font:700 14px/20px var(--al-font);margin:0 24px 4px 0}
.al-panel h3{all:unset;display:block;font:700 12px/16px var(--al-font);margin:10px 0 2px;color:${UI.muted}}
.al-panel p{margin:0 0 4px}
.al-panel ul{margin:0;padding:0 0 0 16px}
.al-panel li{margin:0 0 2px}
.al-muted{color:${UI.muted}}
.al-note{margin:6px 0;padding:4px 6px;border-left:3px solid ${UI.unsavedBg};background:#f4f0fa;color:${UI.panelFg}}
.al-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.al-btn{all:unset;box-sizing:border-box;display:inline-block;padding:3px 8px;border:1px solid ${UI.buttonBg};border-radius:6px;
  background:${UI.buttonBg};color:${UI.buttonFg};font:600 12px/16px var(--al-font);cursor:pointer}
.al-btn.secondary{background:${UI.panelBg};color:${UI.link}}
.al-btn:focus-visible{${focusRing}}
.al-btn[aria-pressed=true]{background:${UI.highlight};border-color:${UI.highlight};color:#ffffff}
.al-btn:disabled{cursor:default;background:${UI.panelBg};color:${UI.muted};border-color:${UI.line}}
.al-close{position:absolute;right:6px;top:6px;padding:0 6px}
/* Fixed in the window's bottom-left corner (see placeDock). */
.al-dock{position:absolute;left:0;top:0;width:max-content;max-width:min(440px,calc(100vw - 24px));display:flex;flex-direction:column;gap:4px;
  pointer-events:auto;font:12px/16px var(--al-font);color:${UI.panelFg}}
.al-dock[data-hidden]{visibility:hidden}
.al-dock.al-fixed{position:fixed;transform:none !important}
.al-bar,.al-hint{background:${UI.panelBg};border:1px solid ${UI.line};border-radius:6px;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:3px 6px}
.al-bar,.al-hint{display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px}
.al-dock .al-btn{padding:0 6px;font-size:12px;line-height:18px}
.al-bar strong{font-weight:700}
.al-hint p{margin:0}
.al-hint .al-actions{margin:0}
.al-outline{position:absolute;left:0;top:0;pointer-events:none;border:3px solid ${UI.highlight};box-shadow:0 0 0 2px ${UI.focusHalo},inset 0 0 0 1px ${UI.focusHalo};border-radius:3px}
.al-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/**
 * One constructed stylesheet per document, shared by every mount. Falls back to a `<style>` element
 * where a constructed sheet cannot be adopted (Firefox content scripts' Xray wrappers can refuse a
 * sheet created in the content script's compartment).
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

export function adoptOverlayStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Ctor();
      sheet.replaceSync(OVERLAY_CSS);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.prepend(style);
  }
}
