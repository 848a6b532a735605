/**
 * Collect: turns the form on a page into a FormSnapshot (plain data). Works on a browser Document
 * and on linkedom / happy-dom in Node (no layout: everything is read from structure and attributes).
 * Nothing is written to the page.
 */
import { hiddenTwinTest } from './hidden-twins';
import { datePartFromOptions } from './date-selects';
import { ariaIsChecked, ariaOptions, ariaWidgetOf, contentName, CONTROL_SELECTOR, isSelectOnlyCombobox, listboxOf } from './aria-controls';
import { farTextBefore, positionedLabels } from './collect-positioned';
import { dateFormatIn, isTrailingSubLabel, placeholderOptionLabel, sectionTitleOf, subLabelGroups, trailingSubLabelGroups } from './collect-groups';
import type { FieldOption, FieldSnapshot, FormSnapshot, LabelEvidence } from './snapshot';

type El = Element;

export interface CollectOptions {
  url?: string;
  /** In a real browser, the computed-style check; in Node, attributes and class names decide. */
  isRendered?: (el: El) => boolean;
  /** In a real browser, where an element is drawn (getBoundingClientRect): placed labels are read by it. */
  rectOf?: (el: El) => { left: number; top: number; width: number; height: number } | null;
}

const SKIP_INPUT_TYPES = new Set(['submit', 'button', 'image', 'reset']);
const TEXT_SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'TEMPLATE', 'NOSCRIPT', 'DATALIST']);
const HIDDEN_CLASS = /^(hidden|d-none|is-hidden|hide|js-hidden|invisible|sr-hidden)$|--hidden$/;

export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const tag = (el: El) => el.tagName.toUpperCase();
const NATIVE_TAG = /^(INPUT|SELECT|TEXTAREA)$/;

/** Visible text of an element (what a label shows), skipping controls and aria-hidden parts. */
export function textOf(el: El | null | undefined, skip?: ReadonlySet<El>): string {
  if (!el) return '';
  const out: string[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out.push(c.textContent ?? '');
      else if (c.nodeType === 1) {
        const e = c as El;
        if (TEXT_SKIP_TAGS.has(tag(e)) || e.getAttribute('aria-hidden') === 'true' || e.getAttribute('role') === 'listbox' || skip?.has(e)) continue;
        walk(e);
        if (/^(DIV|P|LI|BR|TD|TH|TR|H[1-6]|LEGEND|LABEL)$/.test(tag(e))) out.push(' ');
      }
    }
  };
  walk(el);
  return clean(out.join(''));
}

function ancestors(el: El, stop: El | null): El[] {
  const out: El[] = [];
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) out.push(p);
  return out;
}

function isHiddenByMarkup(el: El, root: El): boolean {
  for (const e of [el, ...ancestors(el, root.parentElement)]) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert')) return true;
    const style = (e.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (/display:none|visibility:hidden/.test(style)) return true;
    const cls = (e.getAttribute('class') ?? '').split(/\s+/);
    if (cls.some((c) => HIDDEN_CLASS.test(c) && !/visually-hidden/.test(c))) return true;
    if (tag(e) === 'DETAILS' && e !== el && !e.hasAttribute('open')) {
      // Inside a closed <details>, only the summary shows.
      if (!ancestors(el, e).some((a) => tag(a) === 'SUMMARY')) return true;
    }
  }
  return false;
}

function byId(doc: Document, id: string): El | null {
  try {
    return doc.getElementById(id);
  } catch {
    return null;
  }
}

function idsText(doc: Document, ids: string | null): string {
  const els = (ids ?? '').split(/\s+/).filter(Boolean).map((id) => byId(doc, id)).filter((e): e is El => !!e);
  // "QuestionId QuestionInfo" where the second sits inside the first (Microsoft Forms): its text once.
  return clean(els.filter((e) => !els.some((o) => o !== e && o.contains(e))).map((e) => textOf(e)).join(' '));
}

interface TableContext { column: string; row: string; left: string; section: string; caption: string }

function cellIndex(cell: El): number {
  let i = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) i += Number(c.getAttribute('colspan') ?? 1) || 1;
  return i;
}

function cellAt(row: El, index: number): El | null {
  let i = 0;
  for (const c of Array.from(row.children)) {
    if (!/^T[DH]$/.test(tag(c))) continue;
    const span = Number(c.getAttribute('colspan') ?? 1) || 1;
    if (index >= i && index < i + span) return c;
    i += span;
  }
  return null;
}

const hasControl = (el: El) => !!el.querySelector(CONTROL_SELECTOR);

function tableContext(el: El): TableContext | null {
  const cell = el.closest('td, th');
  if (!cell) return null;
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return null;
  const idx = cellIndex(cell);
  const rows: El[] = Array.from(table.querySelectorAll("tr")).filter((r) => r.closest("table") === table);
  // Header: the nearest row above made of header cells (or any text-only row in <thead>).
  let column = '';
  let section = '';
  const myRow = rows.indexOf(row);
  for (let r = myRow - 1; r >= 0; r--) {
    const above = rows[r]!;
    const isHeader = above.closest('thead') !== null || Array.from(above.children).every((c) => tag(c) === 'TH' || !textOf(c));
    const c = cellAt(above, idx);
    if (isHeader && c && !hasControl(c)) {
      // A header cell across the whole row is a section title ("SECTION A – PUPIL DETAILS").
      const cells = Array.from(above.children).filter((x) => /^T[DH]$/.test(tag(x)));
      if (cells.length === 1 && Number(c.getAttribute('colspan') ?? 1) > 1) section = textOf(c);
      else column = textOf(c);
      break;
    }
    if (hasControl(above)) continue;
  }
  let rowHeader = '';
  const first = row.firstElementChild;
  const th = Array.from(row.children).find((c) => tag(c) === 'TH' && c !== cell);
  if (th && !hasControl(th)) rowHeader = textOf(th);
  else if (first && first !== cell && !hasControl(first)) rowHeader = textOf(first);
  let left = '';
  let leftCell: El | null = null;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (hasControl(c)) break;
    const t = textOf(c);
    if (t) {
      left = t;
      leftCell = c;
      break;
    }
  }
  // "Gender [ ] UPN [ ]": a label cell after another field's cell heads this field, not the row's first cell.
  if (leftCell) {
    let controlBefore = false;
    for (let c = leftCell.previousElementSibling; c && !controlBefore; c = c.previousElementSibling) controlBefore = hasControl(c);
    if (controlBefore) rowHeader = left;
  }
  // The table's section title, when the column header is not it: the nearest row of one cell across
  // the table ("Child Details", "Parent/Carer 1"), header or data cell, short as a title is.
  if (!section) {
    for (let r = myRow - 1; r >= 0; r--) {
      const cells = Array.from(rows[r]!.children).filter((x) => /^T[DH]$/.test(tag(x)));
      const c0 = cells[0];
      if (cells.length !== 1 || !c0 || Number(c0.getAttribute('colspan') ?? 1) < 2 || hasControl(c0)) continue;
      const t = textOf(c0);
      // A data cell is a title only when it reads as one: a few words, no sentence ("Please complete…").
      // Set in bold as a whole (FrontPage's "SECTION 3: PARENT / CARER (with whom the pupil lives)"), it may run longer.
      const bold = c0.querySelector('b, strong');
      const most = bold && textOf(bold) === t ? 14 : 6;
      if (tag(c0) === 'TH' || (t && t.split(' ').length <= most && !/[.:?!]$/.test(t) && !/^(please|if|note|you|we|the)\b/i.test(t))) { section = t; break; }
    }
  }
  const caption = table.querySelector('caption');
  return { column, row: rowHeader, left, section: section || textOf(caption), caption: captionBelow(rows, myRow, idx) };
}

/**
 * A caption under the field ("Forename / Middle name(s) / Surname" in the row below three inputs):
 * the next row holds no control, and each of its texts sits under a cell of this row that holds one.
 */
function captionBelow(rows: El[], myRow: number, idx: number): string {
  const row = rows[myRow]!;
  const below = rows[myRow + 1];
  if (!below || hasControl(below)) return '';
  const cells = Array.from(below.children).filter((x) => /^T[DH]$/.test(tag(x)));
  const texts = cells.filter((c) => textOf(c));
  if (!texts.length) return '';
  for (const c of texts) {
    const above = cellAt(row, cellIndex(c));
    // Captions name things in a few words; a row of figures under the last row is a total, not captions.
    if (!above || !hasControl(above) || textOf(c).length > 40 || !/[a-z]/i.test(textOf(c))) return '';
  }
  const mine = cellAt(below, idx);
  return mine && Number(mine.getAttribute('colspan') ?? 1) === 1 ? textOf(mine) : '';
}

function legendsOf(el: El, root: El, doc: Document): { el: El; text: string }[] {
  const out: { el: El; text: string }[] = [];
  for (const a of ancestors(el, root.parentElement)) {
    if (tag(a) === 'FIELDSET') {
      const legend = Array.from(a.children).find((c) => tag(c) === 'LEGEND');
      // A fieldset with no legend may be named as any group is (Typeform: aria-labelledby its question title).
      const t = textOf(legend) || idsText(doc, a.getAttribute('aria-labelledby')) || clean(a.getAttribute('aria-label'));
      if (t) out.push({ el: a, text: t });
    } else if (/^(group|radiogroup)$/.test(a.getAttribute('role') ?? '')) {
      const t = idsText(doc, a.getAttribute('aria-labelledby')) || clean(a.getAttribute('aria-label'));
      if (t) out.push({ el: a, text: t });
    }
  }
  return out.reverse();
}

/**
 * Section titles around a field, outermost first: fieldset legends and group names, the table's
 * section row, and bold sub-headings (walkForm) each placed inside the groups that hold it.
 */
function sectionsOf(el: El, root: El, doc: Document, tableSection: { el: El; text: string } | null, subheads: SubHead[]): string[] {
  const outer = [...legendsOf(el, root, doc), ...(tableSection ? [tableSection] : [])];
  // A sub-heading sits inside the groups that contain it (after their titles) and over those that
  // do not (a fieldset after it, in its block: that fieldset's legend stays the innermost).
  const placed = subheads
    .filter((s) => !outer.some((o) => o.text === s.text))
    .map((s, i) => ({ s, at: outer.filter((o) => o.el.contains(s.el)).length, i }));
  const out: string[] = [];
  outer.forEach((o, k) => {
    for (const p of placed) if (p.at === k) out.push(p.s.text);
    out.push(o.text);
  });
  for (const p of placed) if (p.at >= outer.length) out.push(p.s.text);
  return out;
}

const DATE_PART_WORDS: Record<string, 'day' | 'month' | 'year'> = { day: 'day', dd: 'day', month: 'month', mm: 'month', year: 'year', yyyy: 'year', yy: 'year' };

function datePartOf(ownLabel: string, placeholder: string, name: string): 'day' | 'month' | 'year' | null {
  for (const t of [ownLabel, placeholder]) {
    const w = t.toLowerCase().replace(/[^a-z]/g, '');
    if (DATE_PART_WORDS[w]) return DATE_PART_WORDS[w]!;
  }
  const m = /(?:^|[-_.[])(day|month|year)\]?$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as 'day' | 'month' | 'year') : null;
}

interface Raw {
  el: El;
  heading: string;
  textBefore: string;
  /** Bold sub-headings in force for this field (see isBoldTitle). */
  subheads: SubHead[];
}

interface SubHead { el: El; text: string; scope: El }

/**
 * A block that is all bold text, short, and no question (no ":" or "?" at its end): "<p><strong>Second
 * parent or carer</strong></p>" between fields, as form builders' HTML widgets and old table layouts
 * title a block of fields without a fieldset or heading. Only a candidate: it is a sub-heading when
 * more text (the next field's label) comes before the next field; a bold line straight before a box
 * is that box's label.
 */
function isBoldTitle(e: El): string | null {
  // Cheap tests first: this runs on every block of the form.
  if (!/^(P|DIV|LI|DT|DD)$/.test(tag(e)) || (e.textContent ?? '').length > 200 || !e.querySelector('b, strong')) return null;
  if (e.querySelector(`${CONTROL_SELECTOR}, button, a[href], [role=button]`)) return null;
  const text = textOf(e);
  if (!text || text.length > 80 || text.split(' ').length > 8 || /[:?]$/.test(text) || !/[a-z]/i.test(text)) return null;
  let bold = true;
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (!bold) return;
      if (c.nodeType === 3) {
        if ((c.textContent ?? '').trim() && !(c.parentElement?.closest('b, strong') && e.contains(c.parentElement.closest('b, strong')))) bold = false;
      } else if (c.nodeType === 1 && !TEXT_SKIP_TAGS.has(tag(c as El)) && (c as El).getAttribute('aria-hidden') !== 'true') walk(c);
    }
  };
  walk(e);
  return bold ? text.replace(/\s*\*$/, '') : null;
}

/** The text since the last control that is near this one (never text from another layer or placed elsewhere). */
function nearTextBefore(since: (string | { n: Node; t: string })[], el: El): string {
  return clean(since.map((p) => (typeof p === 'string' ? p : farTextBefore(p.n, el) ? ' ' : p.t)).join(' ')).slice(-160);
}

/** Walk the form in document order: controls, the last heading and the text since the last control. */
function walkForm(root: El): { raws: Raw[]; buttons: { el: El; text: string; after: number }[]; trailing: Map<El, El> } {
  const raws: Raw[] = [];
  const trailing = new Map<El, El>();
  const buttons: { el: El; text: string; after: number }[] = [];
  let heading = '';
  let since: (string | { n: Node; t: string })[] = [];
  const passedIds = new Set<string>();
  // Bold sub-headings: the one waiting to see whether text follows it, and those in force.
  let pending: { el: El; text: string; mark: number; followed: boolean } | null = null;
  const hasText = (parts: (string | { t: string })[]) => /[a-z]/i.test(parts.map((x) => (typeof x === 'string' ? x : x.t)).join(' '));
  let subheads: SubHead[] = [];
  // The block of the last bold text seen: each block is asked once whether it is a bold title.
  let boldBlock: El | null = null;
  /** At a field: a waiting bold title with text after it becomes a sub-heading over its block. */
  const atField = (e: El): SubHead[] => {
    if (pending && (pending.followed || hasText(since.slice(pending.mark)))) {
      let scope: El | null = pending.el.parentElement;
      while (scope && !scope.contains(e)) scope = scope.parentElement;
      if (scope) subheads = [...subheads.filter((s) => s.scope !== scope), { el: pending.el, text: pending.text, scope }];
    }
    pending = null;
    return subheads.filter((s) => s.scope.contains(e));
  };
  // A heading that names a control (aria-labelledby, as Google Forms' question titles do) is that
  // question's label, not a section title: the section heading above it still holds for the field.
  const labelIds = new Set<string>();
  for (const c of Array.from(root.querySelectorAll('[aria-labelledby]')).filter((x) => x.matches(`${CONTROL_SELECTOR}, [role=listbox], [role=radiogroup]`))) for (const id of (c.getAttribute('aria-labelledby') ?? '').split(/\s+/)) if (id) labelIds.add(id);
  const namesControl = (e: El) => !!e.id && labelIds.has(e.id) && !e.querySelector(CONTROL_SELECTOR);
  const twin = hiddenTwinTest(root);
  const visit = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        since.push({ n: c, t: c.textContent ?? '' });
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as El;
      const t = tag(e);
      if (t === 'SCRIPT' || t === 'STYLE' || t === 'TEMPLATE' || t === 'NOSCRIPT' || t === 'OPTION') continue;
      // A <details> section's <summary> heads its fields like a heading ("3. Parent / carer").
      if ((/^H[1-6]$/.test(t) || t === 'SUMMARY') && !namesControl(e)) {
        heading = textOf(e);
        since.push(' ', heading, ' ');
        // A heading starts a new section: the bold sub-headings of the part it is in end here.
        subheads = subheads.filter((s) => !s.scope.contains(e));
        pending = null;
        continue;
      }
      // Titles that are not headings by tag (a Material card title, a card header, role=heading).
      const title = namesControl(e) ? null : sectionTitleOf(e, textOf);
      if (title) {
        heading = title;
        since.push(' ', heading, ' ');
        subheads = subheads.filter((s) => !s.scope.contains(e));
        pending = null;
        continue;
      }
      if (t === 'LABEL' && e.getAttribute('for') && passedIds.has(e.getAttribute('for')!)) continue;
      // Text the page does not show (a hidden error message, a hidden format note) labels nothing.
      if (!ariaWidgetOf(e) && !e.matches(CONTROL_SELECTOR) && !e.querySelector(`${CONTROL_SELECTOR}, [role]`) && (e.hasAttribute('hidden') || /display:none/.test((e.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()))) continue;
      // A label after a box in the same wrapper (Zoho's "First" / "Last" under the name boxes) is that
      // box's sub-label: it must not become the text before the next box.
      const last = raws[raws.length - 1];
      if (t === 'LABEL' && last && isTrailingSubLabel(e, last.el)) {
        trailing.set(last.el, e);
        continue;
      }
      // A combobox's list of options is its options, not text before the next field.
      if (e.getAttribute('role') === 'listbox' && !ariaWidgetOf(e)) continue;
      if (ariaWidgetOf(e)) {
        // A custom control (switch, tick box, radio, list, text box): its own text is its label or value.
        raws.push({ el: e, heading, textBefore: nearTextBefore(since, e), subheads: atField(e) });
        since = [];
        if (e.id) passedIds.add(e.id);
        continue;
      }
      if (t === 'BUTTON' || (t === 'INPUT' && /^(button|submit)$/i.test(e.getAttribute('type') ?? '')) || e.getAttribute('role') === 'button') {
        buttons.push({ el: e, text: t === 'INPUT' ? clean(e.getAttribute('value')) : textOf(e), after: raws.length - 1 });
        continue;
      }
      if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') {
        const type = (e.getAttribute('type') ?? '').toLowerCase();
        if (t === 'INPUT' && SKIP_INPUT_TYPES.has(type)) continue;
        // Rails' check_box (and radios sharing a name with an empty hidden input): the hidden twin carries the
        // unticked value. It is no question, takes no label and leaves the text before it to the visible control.
        if (t === 'INPUT' && twin(e)) continue;
        // A hidden field is no field a person sees: a bold title waits on for the next one.
        if (type === 'hidden' && pending) pending = { ...pending, followed: pending.followed || hasText(since.slice(pending.mark)), mark: 0 };
        raws.push({ el: e, heading, textBefore: nearTextBefore(since, e), subheads: type === 'hidden' ? subheads.filter((s) => s.scope.contains(e)) : atField(e) });
        since = [];
        if (e.id) passedIds.add(e.id);
        continue;
      }
      if (/^(DIV|P|LI|TR|TD|TH|LEGEND|FIELDSET|SECTION|BR|DT|DD|UL|OL|TABLE)$/.test(t)) since.push(' ');
      const before = raws.length;
      visit(e);
      // A wrapping label's text belongs to the control inside it, not to the next one.
      if (t === 'LABEL' && raws.length > before) since = [];
      // Bold text: is its block a bold title? (Asked here, at the rare bold element, not at every block.)
      if ((t === 'B' || t === 'STRONG') && raws.length === before) {
        const block = e.parentElement?.closest('p, div, li, dt, dd') ?? null;
        if (block && root.contains(block) && block !== boldBlock) {
          boldBlock = block;
          const text = isBoldTitle(block);
          if (text) pending = { el: block, text, mark: since.length, followed: false };
        } else if (block && pending?.el === block) pending = { ...pending, mark: since.length };
      }
      if (/^(DIV|P|LI|TD|TH|LEGEND|DT|DD)$/.test(t)) since.push(' ');
    }
  };
  visit(root);
  return { raws, buttons, trailing };
}

/** A custom control in its native counterpart's shape (tag, type, options, value, ticked). */
function ariaShape(el: El, widget: NonNullable<ReturnType<typeof ariaWidgetOf>>): { tag: FieldSnapshot['tag']; type: string; options: FieldOption[]; value: string; checked: boolean } {
  switch (widget) {
    case 'switch':
    case 'checkbox':
      return { tag: 'input', type: 'checkbox', options: [], value: '', checked: ariaIsChecked(el) };
    case 'radio':
      return { tag: 'input', type: 'radio', options: [], value: clean(el.getAttribute('data-value')), checked: ariaIsChecked(el) };
    case 'combobox':
    case 'listbox': {
      const options = ariaOptions(el);
      const chosen = options.find((o) => o.selected);
      // A list where several may be chosen is a multiple choice, which is not filled.
      const type = el.getAttribute('aria-multiselectable') === 'true' ? 'select-multiple' : 'select';
      // Nothing chosen: the text it shows is a prompt ("Choose…"), not a value.
      return { tag: 'select', type, options, value: chosen ? chosen.value : '', checked: false };
    }
    case 'textbox':
      return { tag: el.getAttribute('aria-multiline') === 'true' ? 'textarea' : 'input', type: el.getAttribute('aria-multiline') === 'true' ? 'textarea' : 'text', options: [], value: (el.textContent ?? '').trim(), checked: false };
  }
}

function optionsOf(el: El): FieldOption[] {
  // A text box that is a combobox with a listbox: its options are suggestions, as a datalist's are.
  if (tag(el) === 'INPUT' && el.getAttribute('role') === 'combobox' && listboxOf(el)) {
    return ariaOptions(el).map((o) => ({ ...o, selected: false, defaultSelected: false }));
  }
  // A text box with a <datalist>: its suggestions show the form the field expects ("Year 7", not "7").
  const listId = tag(el) === 'INPUT' ? el.getAttribute('list') : null;
  if (listId) {
    const list = el.ownerDocument?.getElementById(listId);
    if (!list || list.tagName !== 'DATALIST') return [];
    return Array.from(list.querySelectorAll('option')).map((o) => {
      const value = o.getAttribute('value') ?? clean(o.textContent);
      return { value, text: clean(o.textContent) || value, selected: false, disabled: o.hasAttribute('disabled'), defaultSelected: false };
    });
  }
  if (tag(el) !== 'SELECT') return [];
  return Array.from(el.querySelectorAll('option')).map((o) => ({
    value: o.getAttribute('value') ?? clean(o.textContent),
    text: clean(o.textContent),
    selected: (o as HTMLOptionElement).selected ?? o.hasAttribute('selected'),
    disabled: o.hasAttribute('disabled'),
    defaultSelected: o.hasAttribute('selected'),
  }));
}

function valueOf(el: El): string {
  const t = tag(el);
  if (t === 'SELECT') {
    const opts = Array.from(el.querySelectorAll('option'));
    const sel = opts.find((o) => (o as HTMLOptionElement).selected) ?? opts.find((o) => o.hasAttribute('selected'));
    const v = (el as HTMLSelectElement).value;
    if (typeof v === 'string' && opts.length && v !== undefined) return v;
    return sel ? (sel.getAttribute('value') ?? clean(sel.textContent)) : '';
  }
  if (t === 'TEXTAREA') return (el as HTMLTextAreaElement).value ?? el.textContent ?? '';
  const v = (el as HTMLInputElement).value;
  return typeof v === 'string' ? v : (el.getAttribute('value') ?? '');
}

/** Signature of a block's controls (types and label words without digits), for repeat detection. */
function blockSignature(block: El, labelOf: Map<El, string>, dateParts: Set<El>): string | null {
  const ctrls = Array.from(block.querySelectorAll(CONTROL_SELECTOR)).filter((c) => labelOf.has(c));
  // One split date (day, month, year) is one question, and several dates are not repeated blocks.
  if (ctrls.every((c) => dateParts.has(c))) return null;
  // At least two questions (a yes/no radio pair is one question, not a block).
  const questions = new Set(ctrls.map((c, i) => (/^(radio|checkbox)$/i.test(c.getAttribute('type') ?? '') && c.getAttribute('name') ? `n:${c.getAttribute('name')}` : `i:${i}`)));
  if (questions.size < 2) return null;
  return ctrls.map((c) => `${tag(c)}:${(c.getAttribute('type') ?? '').toLowerCase()}:${(labelOf.get(c) ?? '').replace(/\d+/g, '#').toLowerCase()}`).join('|');
}

/** A native <select> inside a combobox widget and hidden by it (display:none, offscreen): the value carrier. */
function hiddenSelectIn(widget: El): El | null {
  const sel = widget.querySelector('select');
  if (!sel) return null;
  const style = (sel.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  const hidden = /display:none|visibility:hidden/.test(style) || /(^|;)(left|top):-\d{3,}px/.test(style) || sel.getAttribute('aria-hidden') === 'true' || sel.hasAttribute('hidden');
  return hidden ? sel : null;
}

/** Picks the form to collect: the <form> with most controls, else the body if it holds controls. */
export function pickFormRoot(doc: Document): El | null {
  const count = (el: El) => Array.from(el.querySelectorAll(CONTROL_SELECTOR)).filter((c) => (NATIVE_TAG.test(tag(c)) ? !SKIP_INPUT_TYPES.has((c.getAttribute('type') ?? '').toLowerCase()) : !!ariaWidgetOf(c))).length;
  let best: El | null = null;
  let bestN = 0;
  for (const f of Array.from(doc.querySelectorAll('form'))) {
    const n = count(f);
    if (n > bestN) {
      best = f;
      bestN = n;
    }
  }
  if (best) return best;
  const body = doc.body ?? doc.documentElement;
  return body && count(body) > 0 ? body : null;
}

export function controlsOf(root: El): El[] {
  return walkForm(root).raws.map((r) => r.el);
}

export function buttonsOf(root: El): El[] {
  return walkForm(root).buttons.map((b) => b.el);
}

export function collectForm(doc: Document, opts: CollectOptions = {}): FormSnapshot | null {
  const root = pickFormRoot(doc);
  if (!root) return null;
  return collectFrom(doc, root, opts);
}

export function collectFrom(doc: Document, root: El, opts: CollectOptions = {}): FormSnapshot {
  const labelFor = new Map<string, El[]>();
  for (const l of Array.from(doc.querySelectorAll('label[for]'))) {
    const id = l.getAttribute('for')!;
    labelFor.set(id, [...(labelFor.get(id) ?? []), l]);
  }
  const { raws, buttons, trailing } = walkForm(root);
  const ownLabel = new Map<El, string>();
  const sigLabel = new Map<El, string>();
  const hiddenEl = (el: El) => isHiddenByMarkup(el, root) || (opts.isRendered ? !opts.isRendered(el) : false);
  // A question label over inputs with sub-labels: the sub-label is the input's label, the question its group.
  const groups = subLabelGroups(doc, raws.map((r) => r.el), textOf, hiddenEl);
  for (const [el, g] of trailingSubLabelGroups(raws.map((r) => r.el), trailing, textOf)) if (!groups.has(el)) groups.set(el, g);
  // In a table layout, a caption under the input is its own label and the row's header its question.
  const tables = raws.map((r) => tableContext(r.el));
  for (const [i, raw] of raws.entries()) {
    if (groups.has(raw.el)) continue;
    const t = tables[i];
    const row = raw.el.closest('tr');
    if (t?.caption && row) groups.set(raw.el, { question: t.row.replace(/\s*\*$/, ''), sub: t.caption, box: row });
  }
  // Placed layouts (a PDF's annotation layer): labels by geometry, not document order.
  const placed = positionedLabels(raws.map((r) => r.el), textOf, opts.rectOf);
  const fields: FieldSnapshot[] = raws.map((raw, index) => {
    const el = raw.el;
    const widget = ariaWidgetOf(el);
    // A widget drawn over a hidden native select: the select holds the options and the name submitted.
    const carrier = widget === 'combobox' ? hiddenSelectIn(el) : null;
    const aria = widget ? (carrier ? { tag: 'select' as const, type: 'select', options: optionsOf(carrier), value: valueOf(carrier), checked: false } : ariaShape(el, widget)) : null;
    const t = aria ? aria.tag.toUpperCase() : tag(el);
    const type = aria ? aria.type : t === 'SELECT' ? (el.hasAttribute('multiple') ? 'select-multiple' : 'select') : t === 'TEXTAREA' ? 'textarea' : (el.getAttribute('type') ?? 'text').toLowerCase() || 'text';
    const labels: LabelEvidence[] = [];
    const add = (source: LabelEvidence['source'], text: string) => {
      const c = clean(text);
      if (c && !labels.some((l) => l.text === c && l.source === source)) labels.push({ source, text: c });
    };
    const id = el.getAttribute('id');
    for (const l of (id && labelFor.get(id)) || []) add('label-for', textOf(l));
    const wrap = el.closest('label');
    // What describes the box inside its wrapping label (a toggle's "Yes" / "No" state texts, its
    // aria-describedby) is its description, not its name.
    const described = new Set((el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((d) => byId(doc, d)).filter((e): e is El => !!e && !!wrap?.contains(e)));
    if (wrap && (!wrap.getAttribute('for') || wrap.getAttribute('for') === id)) add('label-wrap', textOf(wrap, described));
    // A list that names itself in its aria-labelledby ("label button", Salesforce) adds what it shows — its
    // value or a "Select an Option" prompt — to the name: the label is the other part.
    add('aria-labelledby', idsText(doc, (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((x) => !x || x !== id || !ariaWidgetOf(el)).join(' ')));
    add('aria-label', el.getAttribute('aria-label') ?? '');
    // A custom tick box or radio is named by its own text, as a wrapping label names a native one.
    if ((widget === 'checkbox' || widget === 'switch' || widget === 'radio') && !labels.some((l) => l.source === 'aria-labelledby' || l.source === 'aria-label')) add('label-wrap', contentName(el, textOf));
    const table = tables[index];
    if (table) {
      add('column-header', table.column);
      add('row-header', table.row);
      if (table.left !== table.row) add('cell-left', table.left);
    }
    const geo = placed.get(el);
    // A placed column's header names whose the row is (“Parent/carer 2”), as a section does: it goes to the legends.
    if (geo?.label) add(geo.column ? 'row-header' : geo.where === 'right' ? 'label-wrap' : 'cell-left', geo.label);
    add('text-before', raw.textBefore);
    add('title', el.getAttribute('title') ?? '');
    add('placeholder', el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '');
    // A placed box's name was guessed by the tool that made the PDF ("Surname_2", "Text41"): it decides nothing.
    if (!geo) add('name', el.getAttribute('name') ?? '');
    const group = groups.get(el);
    if (group) {
      // Own label: the sub-label; the question (alone or run into the sub-label) goes to the legends.
      const q = clean(group.question).toLowerCase();
      const rest = labels.filter((l) => { const t = l.text.replace(/\s*\*\s*/g, ' ').trim().toLowerCase(); return t !== q && !t.startsWith(`${q} `) && l.text !== group.sub; });
      labels.splice(0, labels.length, { source: 'label-for', text: group.sub }, ...rest);
    }
    if (t === 'SELECT' && !labels.some((l) => /^(label-for|label-wrap|aria-label|aria-labelledby|column-header|row-header)$/.test(l.source))) {
      // Labelled only by its placeholder option ("Title", "-- Relationship to child --").
      const ph = placeholderOptionLabel(el);
      // It is the select's own text, so it ranks before the text around it.
      const at = labels.findIndex((l) => /^(cell-left|text-before|title|placeholder|name)$/.test(l.source));
      if (ph) labels.splice(at < 0 ? labels.length : at, 0, { source: 'placeholder', text: ph });
    }
    const own = labels.find((l) => l.source === 'label-for' || l.source === 'label-wrap' || l.source === 'aria-label' || l.source === 'aria-labelledby')?.text
      ?? (table?.column || '');
    ownLabel.set(el, own);
    // Rows of a table with no column header are told apart by their row labels ("Gender / UPN" is no repeat of "NC Year / Reg Group").
    // Boxes under a question ("Your name" / "Pupil name" over First / Last) are told apart by the question too.
    sigLabel.set(el, (group ? `${group.question}|` : '') + (own || table?.row || ''));
    const hidden = type === 'hidden' || isHiddenByMarkup(el, root) || (opts.isRendered ? !opts.isRendered(el) : false);
    const maxAttr = el.getAttribute('maxlength');
    return {
      index,
      tag: t.toLowerCase() as FieldSnapshot['tag'],
      type,
      name: el.getAttribute('name') ?? carrier?.getAttribute('name') ?? '',
      domId: id ?? '',
      labels,
      hint: [idsText(doc, el.getAttribute('aria-describedby')) || idsText(doc, el.closest('fieldset, [role=group], [role=radiogroup]')?.getAttribute('aria-describedby') ?? null),
        // A lone box's sub-label ("dd-MMM-yyyy", "Number") says how to answer: a hint, not the question.
        group ? '' : textOf(trailing.get(el) ?? null), geo?.ambiguous ?? ''].filter(Boolean).join(' '),
      legends: [...sectionsOf(el, root, doc, table?.section ? { el: el.closest('td, th')?.closest('table') ?? root, text: table.section } : null, raw.subheads), ...(geo?.column ? [geo.column] : []), ...(group?.question ? [group.question] : [])],
      heading: geo?.heading || raw.heading,
      options: aria ? aria.options : optionsOf(el),
      value: aria ? aria.value : valueOf(el),
      checked: aria ? aria.checked : (el as HTMLInputElement).checked ?? el.hasAttribute('checked'),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
      hidden,
      disabled: el.hasAttribute('disabled') || !!el.closest('fieldset[disabled]') || el.getAttribute('aria-disabled') === 'true',
      // A read-only box that opens a list to choose from is read-only to typing only (isSelectOnlyCombobox).
      readonly: (el.hasAttribute('readonly') && !isSelectOnlyCombobox(el)) || el.getAttribute('aria-readonly') === 'true',
      maxLength: maxAttr && /^\d+$/.test(maxAttr) ? Number(maxAttr) : null,
      repeat: null,
      datePart: null,
      container: '',
      ...(widget ? { widget } : {}),
      ...(carrier ? { drawnOverSelect: true } : {}),
    };
  });
  // Containers: the nearest fieldset / table row / group, as a stable key within this snapshot.
  const containerIds = new Map<El, string>();
  const keyOf = (e: El) => {
    let k = containerIds.get(e);
    if (!k) containerIds.set(e, (k = `c${containerIds.size}`));
    return k;
  };
  raws.forEach((raw, i) => {
    const g = groups.get(raw.el);
    const c = g ? g.box : raw.el.parentElement?.closest('fieldset, tr, [role=group], [role=radiogroup]');
    fields[i]!.container = c && root.contains(c) ? keyOf(c) : '';
  });
  // Split dates: 2–3 parts (day / month / year) sharing their nearest group.
  const partOf = (raw: Raw, f: FieldSnapshot) => {
    if (f.type === 'radio' || f.type === 'checkbox') return null;
    const own = ownLabel.get(raw.el) ?? '';
    return datePartOf(own, raw.el.getAttribute('placeholder') ?? '', own ? '' : f.name)
      ?? datePartOf(raw.el.getAttribute('title') ?? '', raw.el.getAttribute('aria-label') ?? '', '')
      ?? (f.tag === 'select' && !f.widget ? datePartFromOptions(f.options) : null);
  };
  const boxOf = (el: El) => groups.get(el)?.box ?? el.parentElement?.closest('fieldset, [role=group], .govuk-date-input, td, tr') ?? el.parentElement;
  const parts = raws.map((raw, i) => ({ raw, part: partOf(raw, fields[i]!), box: boxOf(raw.el) }));
  parts.forEach((p, i) => {
    if (!p.part) return;
    const others = parts.filter((o) => o !== p && o.part && o.part !== p.part && o.box === p.box);
    if (others.length >= 1) fields[i]!.datePart = p.part;
  });
  // Repeated blocks: sibling elements whose controls have the same signature.
  const groupIds = new Map<El, string>();
  const datePartEls = new Set(raws.filter((_r, i) => fields[i]!.datePart).map((r) => r.el));
  // Parts of a sub-labelled date with no hint of their own: the format the question's box shows.
  raws.forEach((raw, i) => {
    const g = groups.get(raw.el);
    if (g && fields[i]!.datePart && !fields[i]!.hint) fields[i]!.hint = dateFormatIn(g.box, textOf);
  });
  raws.forEach((raw, i) => {
    for (const a of ancestors(raw.el, root)) {
      const parent = a.parentElement;
      if (!parent) continue;
      const sig = blockSignature(a, sigLabel, datePartEls);
      if (!sig) continue;
      const same = Array.from(parent.children).filter((s) => tag(s) === tag(a) && blockSignature(s, sigLabel, datePartEls) === sig);
      if (same.length < 2) continue;
      let g = groupIds.get(parent);
      if (!g) groupIds.set(parent, (g = `g${groupIds.size}`));
      fields[i]!.repeat = { group: g, index: same.indexOf(a) };
      break;
    }
  });
  // "Add another" buttons, tied to the repeat group of the field just before them.
  const allButtons = buttonsOf(root);
  const addAnother: FormSnapshot['addAnother'] = [];
  for (const b of buttons) {
    if (!/\badd (another|more|a new|an? (extra|additional)?)\b|\badd (row|pupil|child|parent|carer)\b/i.test(b.text)) continue;
    let group: string | null = null;
    for (let i = b.after; i >= 0 && !group; i--) group = fields[i]?.repeat?.group ?? null;
    if (!group) {
      // A single block so far (one row): the field before the button is the block to repeat.
      const f = fields[b.after];
      if (f) group = `single:${f.container}`;
    }
    if (group) addAnother.push({ group, label: b.text, buttonIndex: allButtons.indexOf(b.el) });
    if (group?.startsWith('single:')) {
      const container = group.slice(7);
      for (const f of fields) if (container && f.container === container && !f.repeat) f.repeat = { group, index: 0 };
    }
  }
  const headings = Array.from(doc.querySelectorAll('h1, h2')).map((h) => textOf(h)).filter(Boolean).slice(0, 12);
  return {
    url: opts.url ?? '',
    title: clean(doc.title),
    headings,
    formName: clean(root.getAttribute('name') ?? root.getAttribute('aria-label') ?? idsText(doc, root.getAttribute('aria-labelledby'))),
    fields,
    addAnother,
  };
}
