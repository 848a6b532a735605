/**
 * Reads what one register cell shows, however the MIS draws it: a `<select>`, a text `<input>`, a
 * pressed button among P/A/L buttons, plain text, or an icon that carries its meaning only in
 * `title`/`aria-label`/`data-*`. Turning that into a code is the reader's mapping (codes-map.ts).
 *
 * Unsaved rule (default for every reader; a reader may add a marker selector):
 *  - input: its current value differs from its saved value — the `value` attribute (the browser's
 *    `defaultValue`) or a `data-saved-value` attribute when the page keeps one;
 *  - select: the selected option is not the one marked `selected` in the markup (`defaultSelected`),
 *    or differs from `data-saved-value`;
 *  - any control or cell: it matches the reader's `unsaved` marker (e.g. a "changed" flag the MIS sets).
 */
import { clean, labelOf, textOf } from './text';

export interface MarkSelectors {
  /** The mark control or element inside the cell, when the cell holds more than the mark. */
  mark?: string;
  /** Descendants to ignore when reading text (note indicators, hidden duplicates). */
  skip?: string;
  /** Marks an edit not yet saved in the MIS (on the control, the cell or the row). */
  unsaved?: string;
  /** Marks a cell that holds no session for this pupil (not on roll, weekend), read as "not recorded". */
  noSession?: string;
}

export type MarkSource = 'select' | 'input' | 'button' | 'text' | 'icon' | 'data';

export interface RawMark {
  /** Machine value where the page has one (option value, input value, data-code); else the text. */
  value: string;
  /** What a person sees or hears: option text, cell text, or an icon's label. */
  text: string;
  via: MarkSource;
  /** The title / aria-label the mark's element carries, when any (iSAMS keeps the government code there). */
  label?: string;
  saved: boolean;
  minutesLate?: number;
}

const CONTROL = 'select, input:not([type="hidden"]):not([type="number"]):not([type="checkbox"]):not([type="radio"])';
const PRESSED = '[aria-pressed="true"], [aria-checked="true"], [aria-selected="true"], input[type="radio"]';
const NO_SESSION_WORDS = /^(not a school day|non-school day|no session|weekend|not on roll|before admission|after leaving)$/i;
const ROW_ROLES = new Set(['row', 'listitem', 'article']);
const ICON = '[title], [aria-label], img[alt], [data-code], [data-mark]';
/** Things that draw a mark without words; an empty span or div is just an empty mark box. */
export const DRAWN = 'svg, img, i, canvas, [role="img"], [class*="icon" i], [class*="tick" i], [class*="cross" i]';
const MINUTES = 'input[type="number"], [data-minutes-late]';

function currentValue(el: Element): string {
  const v = (el as HTMLInputElement).value;
  return typeof v === 'string' ? v : (el.getAttribute('value') ?? '');
}

function selectedOption(sel: Element): { current?: Element; saved?: Element } {
  const options = Array.from(sel.querySelectorAll('option'));
  const current = options.find((o) => (o as HTMLOptionElement).selected) ?? options[0];
  const saved = options.find((o) => o.hasAttribute('selected')) ?? options[0];
  return { current, saved };
}

export function minutesLateIn(cell: Element): number | undefined {
  // Fast path for the common cell (a bare box or text): no descendant search needed.
  const only = cell.childElementCount === 1 ? cell.firstElementChild : null;
  const simple = cell.childElementCount === 0 || (only !== null && only.childElementCount === 0 && only.getAttribute('type') !== 'number');
  const el = simple
    ? cell.hasAttribute('data-minutes-late') ? cell : only?.hasAttribute('data-minutes-late') ? only : null
    : (cell.querySelector(MINUTES) ?? (cell.matches('[data-minutes-late]') ? cell : null));
  if (!el) return undefined;
  const raw = el.getAttribute('data-minutes-late') ?? currentValue(el);
  const n = Number(clean(raw));
  return raw.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Options a caller that walks rows can pass so per-row facts are not re-derived per cell. */
export interface CellContext {
  /** Whether the cell's row (or card) carries the unsaved marker; checked once per row by the caller. */
  rowUnsaved?: boolean;
}

/**
 * Where an unsaved marker may sit: the control, its ancestors up to the row or card, or inside the
 * cell. When the caller already checked the row, the walk stops at the cell.
 */
function markedUnsaved(el: Element, cell: Element, sel: MarkSelectors, ctx?: CellContext): boolean {
  if (!sel.unsaved) return false;
  if (ctx?.rowUnsaved) return true;
  const stopAtCell = ctx?.rowUnsaved === false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.matches(sel.unsaved)) return true;
    if (stopAtCell && e === cell) break;
    if (e.tagName === 'TR' || e.tagName === 'LI' || e.tagName === 'BODY' || ROW_ROLES.has(e.getAttribute('role') ?? '')) break;
  }
  // The walk up from a lone, childless control already covered everything inside the cell.
  if (el !== cell && el.parentElement === cell && cell.childElementCount === 1 && el.childElementCount === 0) return false;
  return cell.childElementCount > 0 && cell.querySelector(sel.unsaved) !== null;
}

function isControl(el: Element): boolean {
  if (el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const raw = el.getAttribute('type');
  if (raw === null || raw === 'text') return true;
  const type = raw.toLowerCase();
  return type !== 'hidden' && type !== 'number' && type !== 'checkbox' && type !== 'radio';
}

/** The cell's mark control: its only child when that is one (no search), else the first inside. */
function controlIn(scope: Element): Element | null {
  if (isControl(scope)) return scope;
  if (scope.childElementCount === 0) return null;
  const only = scope.childElementCount === 1 ? scope.firstElementChild : null;
  if (only && only.childElementCount === 0) return isControl(only) ? only : null;
  return scope.querySelector(CONTROL);
}

/** The cell's only content when that is one plain text box (no label, no minutes late): else null. */
function bareBox(cell: Element, sel: MarkSelectors): Element | null {
  const box = cell.firstElementChild;
  if (sel.mark || !box || box !== cell.lastElementChild || box.tagName !== 'INPUT' || box.childElementCount !== 0) return null;
  if (!isControl(box) || box.hasAttribute('data-minutes-late')) return null;
  return cell.hasAttributes() && cell.hasAttribute('data-minutes-late') ? null : box;
}

/** The same rules as the general path (value vs saved value, unsaved marker), without searching. */
function readBareBox(box: Element, cell: Element, sel: MarkSelectors, ctx?: CellContext): RawMark {
  const value = clean(currentValue(box));
  const savedValue = box.getAttribute('data-saved-value') ?? box.getAttribute('value') ?? '';
  let saved = value === clean(savedValue);
  if (saved && sel.unsaved) {
    if (ctx?.rowUnsaved === undefined) saved = !markedUnsaved(box, cell, sel, ctx);
    else saved = !ctx.rowUnsaved && !box.matches(sel.unsaved) && !(cell.hasAttributes() && cell.matches(sel.unsaved));
  }
  return { value, text: value, via: 'input', saved };
}

/**
 * A grid cell in one call: `null` when it holds no session for the pupil (see isNoSession), the mark
 * it shows, or `undefined` when that cannot be read. Saves a second look at the commonest cell.
 */
export function readSessionCell(cell: Element, sel: MarkSelectors = {}, ctx?: CellContext): RawMark | null | undefined {
  const box = sel.noSession ? null : bareBox(cell, sel);
  if (box) {
    // A locked (disabled) box that shows a mark is a saved mark; an empty one holds no session.
    if (box.hasAttribute('disabled') || (cell.hasAttributes() && cell.getAttribute('aria-disabled') === 'true')) {
      const value = clean(currentValue(box));
      return value ? { value, text: value, via: 'input', saved: true } : null;
    }
    return readBareBox(box, cell, sel, ctx);
  }
  if (isNoSession(cell, sel)) return null;
  return readMarkCell(cell, sel, ctx);
}

/**
 * What the cell shows, or `undefined` when it shows nothing a reader could take for a mark (which
 * callers report). An empty control or empty text reads as a blank mark ("").
 */
export function readMarkCell(cell: Element, sel: MarkSelectors = {}, ctx?: CellContext): RawMark | undefined {
  // Fast path for the commonest grid cell, one bare text box and nothing else: the same rules as
  // below (value vs saved value, unsaved marker), without searching the cell.
  const box = bareBox(cell, sel);
  if (box) return readBareBox(box, cell, sel, ctx);
  const scope = (sel.mark && (cell.matches(sel.mark) ? cell : cell.querySelector(sel.mark))) || cell;
  const minutesLate = minutesLateIn(cell);
  const extra = minutesLate !== undefined ? { minutesLate } : {};
  const control = controlIn(scope);
  if (control?.tagName === 'SELECT') {
    const { current, saved } = selectedOption(control);
    const value = current ? (current.getAttribute('value') ?? clean(current.textContent)) : '';
    const savedValue = control.getAttribute('data-saved-value');
    // A page that keeps `data-saved-value` up to date after saving says what is saved; the
    // `selected` attribute may still name the option the page was first rendered with.
    const isSaved = (savedValue !== null ? savedValue === value : current === saved) && !markedUnsaved(control, cell, sel, ctx);
    return { value, text: current ? clean(current.textContent) : '', via: 'select', saved: isSaved, ...extra };
  }
  if (control) {
    const value = clean(currentValue(control));
    const savedValue = control.getAttribute('data-saved-value') ?? control.getAttribute('value') ?? '';
    const isSaved = value === clean(savedValue) && !markedUnsaved(control, cell, sel, ctx);
    return { value, text: value, via: 'input', saved: isSaved, ...extra };
  }
  const pressed = Array.from(scope.querySelectorAll(PRESSED)).filter(
    (b) => b.tagName !== 'INPUT' || (b as HTMLInputElement).checked || b.hasAttribute('checked'),
  );
  if (pressed.length > 1) return undefined; // two marks chosen at once: refuse rather than guess
  const chosen = pressed[0];
  if (chosen) {
    const text = labelOf(chosen) || clean(chosen.textContent) || clean(chosen.getAttribute('value'));
    // An empty `value` on a toggle (common for "Present") says nothing: fall back to its words.
    const value = chosen.getAttribute('data-code') ?? (chosen.getAttribute('value') || text);
    return { value, text, via: 'button', saved: !markedUnsaved(chosen, cell, sel, ctx), ...extra };
  }
  // A group of mark buttons with none pressed: no mark chosen yet (blank), not the buttons' letters.
  if (scope.querySelectorAll('button[aria-pressed], [role="radio"], input[type="radio"]').length >= 2) {
    return { value: '', text: '', via: 'button', saved: !markedUnsaved(scope, cell, sel, ctx), ...extra };
  }
  const text = textOf(scope, sel.skip ? `${sel.skip}, script, style` : 'script, style');
  const dataCode = scope.getAttribute('data-code') ?? scope.getAttribute('data-mark');
  const labelled = labelOf(scope) ? scope : scope.querySelector('[title], [aria-label]');
  const label = labelled ? labelOf(labelled) : '';
  if (label) Object.assign(extra, { label });
  if (dataCode !== null) return { value: clean(dataCode), text: text || label, via: 'data', saved: !markedUnsaved(scope, cell, sel, ctx), ...extra };
  if (text) return { value: text, text, via: 'text', saved: !markedUnsaved(scope, cell, sel, ctx), ...extra };
  const icon = scope.matches(ICON) && labelOf(scope) ? scope : Array.from(scope.querySelectorAll(ICON)).find((e) => !(sel.skip && e.matches(sel.skip)));
  if (icon) {
    const code = icon.getAttribute('data-code') ?? icon.getAttribute('data-mark');
    const label = labelOf(icon);
    return { value: code ?? label, text: label, via: code !== null ? 'data' : 'icon', saved: !markedUnsaved(icon, cell, sel, ctx), ...extra };
  }
  // Something drawn with no words at all (an unlabelled icon) cannot be read; report, never guess.
  const drawn = Array.from(scope.querySelectorAll(DRAWN)).some((e) => !(sel.skip && e.closest(sel.skip)));
  if (drawn) return undefined;
  // An empty cell with no control is a blank mark, the same as an empty select.
  return { value: '', text: '', via: 'text', saved: !markedUnsaved(scope, cell, sel, ctx), ...extra };
}

/**
 * True when a cell holds no session for the pupil: the reader's marker, or a disabled control or
 * `aria-disabled` cell that shows nothing. Locked past weeks are normal in an MIS: a disabled control
 * that shows a mark is a saved mark, read like any other.
 */
export function isNoSession(cell: Element, sel: MarkSelectors = {}): boolean {
  if (sel.noSession && (cell.matches(sel.noSession) || cell.querySelector(sel.noSession))) return true;
  if (cell.hasAttributes()) {
    if (cell.getAttribute('aria-disabled') === 'true') return !shows(cell);
    // An empty cell whose label says there was no session that day.
    if (cell.childElementCount === 0 && NO_SESSION_WORDS.test(labelOf(cell)) && !clean(cell.textContent)) return true;
  }
  if (cell.childElementCount === 0) return false;
  const first = cell.firstElementChild;
  const control = first && (first.tagName === 'INPUT' || first.tagName === 'SELECT') ? first : cell.querySelector('select, input');
  return !!control?.hasAttribute('disabled') && !shows(cell);
}

/** Whether a cell shows anything a person could read as a mark (text, a chosen option, a box's value). */
function shows(cell: Element): boolean {
  const r = readMarkCell(cell);
  return !!r && !!(r.value || r.text || r.label);
}
