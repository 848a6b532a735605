/**
 * Structure the collector reads beyond a field's own label (form builders' conventions):
 * - a question label over several inputs that each carry a sub-label (Jotform, Wufoo, Formstack:
 *   "Pupil's legal name" over First Name / Last Name; "Date of birth" over Month / Day / Year;
 *   "Address" over Street Address / City / Postal code). The question is the inputs' group name, as
 *   a fieldset legend would be; each input's own label is its sub-label.
 * - section titles that are not h1–h6: Material card titles, Bootstrap card headers, role=heading,
 *   legend-like divs, wizard step titles.
 * - a select labelled only by its placeholder first option ("Select title", "-- Relationship --").
 * Structure and attributes only: runs on linkedom / happy-dom too.
 */
import { CONTROL_SELECTOR } from './aria-controls';

type El = Element;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface SubLabelled {
  /** The question over the group ("Pupil's legal name"). */
  question: string;
  /** The input's own sub-label ("First Name"). */
  sub: string;
  /** The element holding the whole group (one question). */
  box: El;
}

/** Text inputs, selects and text areas: the parts a compound question is made of (not radios or tick boxes). */
function isPart(el: El): boolean {
  const t = el.tagName.toUpperCase();
  if (t === 'SELECT' || t === 'TEXTAREA') return true;
  if (t !== 'INPUT') return false;
  return !/^(radio|checkbox|hidden|submit|button|image|reset|file)$/i.test(el.getAttribute('type') ?? '');
}

function commonAncestor(els: El[]): El | null {
  if (!els.length) return null;
  let a: El | null = els[0]!.parentElement;
  while (a && !els.every((e) => a!.contains(e))) a = a.parentElement;
  return a;
}

function partsIn(box: El, candidates: Set<El>): El[] {
  return Array.from(box.querySelectorAll(CONTROL_SELECTOR)).filter((c) => candidates.has(c));
}

/**
 * Finds question + sub-label groups among the given controls (only those rendered: a hidden
 * alternative input, such as a "lite mode" date box, is no part of the group).
 * Two signs, either suffices: (a) each input is aria-labelledby "question sub-label" with the
 * question's id shared by 2+ inputs; (b) the question <label for> points at the first input, which
 * also has its own sub-label, and every other input in the question's box has its own sub-label.
 */
export function subLabelGroups(doc: Document, controls: El[], textOf: (el: El | null) => string, isHidden: (el: El) => boolean): Map<El, SubLabelled> {
  const out = new Map<El, SubLabelled>();
  const parts = new Set(controls.filter((c) => isPart(c) && !isHidden(c)));
  const labelsOf = (c: El): El[] => {
    const id = c.getAttribute('id');
    const byFor = id ? Array.from(doc.querySelectorAll('label[for]')).filter((l) => l.getAttribute('for') === id) : [];
    const wrap = c.closest('label');
    return wrap && !byFor.includes(wrap) ? [...byFor, wrap] : byFor;
  };
  const set = (members: El[], question: El, subOf: (c: El) => string) => {
    const box = commonAncestor([question, ...members]);
    const q = textOf(question).replace(/\s*\*$/, '');
    if (!box || !q) return;
    // A table's column header over rows of inputs is a grid of answers, not one question.
    if (question.closest('th, thead, [role=columnheader], [role=rowheader]')) return;
    if (new Set(members.map((m) => m.closest('tr'))).size > 1) return;
    // Sub-labels name the parts in words ("First Name", "Day"); a bare row number is no sub-label.
    if (!members.every((m) => /[a-z]/i.test(subOf(m)))) return;
    for (const m of members) {
      const sub = subOf(m);
      if (sub && sub !== q && !out.has(m)) out.set(m, { question: q, sub, box });
    }
  };
  // (a) aria-labelledby="question sub"
  const byQuestionId = new Map<string, El[]>();
  for (const c of parts) {
    const ids = (c.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length < 2) continue;
    byQuestionId.set(ids[0]!, [...(byQuestionId.get(ids[0]!) ?? []), c]);
  }
  for (const [qid, members] of byQuestionId) {
    const question = doc.getElementById(qid);
    if (!question || members.length < 2) continue;
    set(members, question, (c) => clean((c.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(1).map((id) => textOf(doc.getElementById(id))).join(' ')));
  }
  // (b) <label for=first> question plus a sub-label on every input of its box
  for (const c of parts) {
    if (out.has(c)) continue;
    const labels = labelsOf(c);
    if (labels.length < 2) continue;
    // The question is the label whose box holds several inputs; the sub-label's box holds this one only.
    const sized = labels.map((l) => {
      const box = commonAncestor([l, c]);
      return { l, box, n: box ? partsIn(box, parts).length : 0 };
    });
    const question = sized.filter((s) => s.n >= 2).sort((a, b) => a.n - b.n)[0];
    if (!question || question.n > 8 || !sized.some((s) => s.n === 1)) continue;
    const members = partsIn(question.box!, parts);
    const subOf = (m: El) => {
      const own = labelsOf(m).filter((l) => l !== question.l && !l.contains(question.l));
      const near = own.find((l) => { const b = commonAncestor([l, m]); return !!b && partsIn(b, parts).length === 1; });
      return near ? textOf(near) : '';
    };
    if (members.every((m) => subOf(m))) set(members, question.l, subOf);
  }
  return out;
}

/**
 * A <label> with no `for` that comes after a box inside the wrapper holding only that box
 * (`<span><input><label>First</label></span>`): the box's own sub-label, not the next box's label.
 */
export function isTrailingSubLabel(label: El, control: El): boolean {
  if (label.tagName.toUpperCase() !== 'LABEL' || label.querySelector(CONTROL_SELECTOR) || !isPart(control)) return false;
  if (label.getAttribute('for') && label.getAttribute('for') !== control.getAttribute('id')) return false;
  const wrap = label.parentElement;
  if (!wrap || !wrap.contains(control) || wrap.querySelectorAll(CONTROL_SELECTOR).length !== 1) return false;
  // The label follows the box in document order.
  return !!(control.compareDocumentPosition(label) & 4);
}

const FORMAT_ONLY = /^\(?\s*(d{1,2}|m{1,4}|y{2,4})([-/. ]+(d{1,2}|m{1,4}|y{2,4})){1,2}\s*\)?$/i;

/**
 * Boxes that each carry a trailing sub-label in their own wrapper, under one question label: the
 * question is the group's name, each sub-label the box's own label — but only when every box under
 * the question has one (otherwise which text names which box cannot be told, and none is grouped).
 * A sub-label that is only a date format ("dd-MMM-yyyy") is a hint, not a name.
 */
export function trailingSubLabelGroups(controls: El[], trailing: Map<El, El>, textOf: (el: El | null) => string): Map<El, SubLabelled> {
  const out = new Map<El, SubLabelled>();
  const parts = new Set(controls.filter(isPart));
  const subs = new Set(trailing.values());
  for (const c of controls) {
    if (out.has(c) || !trailing.has(c)) continue;
    const wrap = trailing.get(c)!.parentElement!;
    // The question: the nearest label (or legend) up the tree that is no box's sub-label and holds no box.
    let box: El | null = wrap.parentElement;
    let question: El | null = null;
    for (let depth = 0; box && depth < 4; depth++) {
      question = Array.from(box.querySelectorAll('label, legend')).find((l) => !subs.has(l) && !l.querySelector(CONTROL_SELECTOR) && !!textOf(l)) ?? null;
      if (question) break;
      box = box.parentElement;
    }
    if (!box || !question) continue;
    const members = partsIn(box, parts);
    if (members.length < 2 || members.length > 8) continue;
    const subOf = (m: El) => textOf(trailing.get(m) ?? null);
    if (!members.every((m) => trailing.has(m) && /[a-z]/i.test(subOf(m)) && !FORMAT_ONLY.test(subOf(m)))) continue;
    const q = textOf(question).replace(/\s*\*$/, '');
    for (const m of members) out.set(m, { question: q, sub: subOf(m), box });
  }
  return out;
}

const SECTION_CLASS = /(^|[\s_-])(card-header|card-title|panel-heading|panel-title|section-title|section-heading|section-header|fieldset-legend|legend|form-section-title|step-title|step-heading|group-title|group-heading|box-title)($|\s)/i;
const SECTION_TAG = /^(MAT-CARD-TITLE|MAT-CARD-HEADER|MAT-EXPANSION-PANEL-HEADER|LEGEND)$/;

/**
 * A section title that is not an h1–h6: role=heading, a Material card title, a Bootstrap card or
 * panel header, a legend-like div. It must hold no control and be short, as a title is.
 */
export function sectionTitleOf(el: El, textOf: (el: El | null) => string): string | null {
  const t = el.tagName.toUpperCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  // Squarespace's page sections: <div class="form-item section page-section"><div class="title">About you</div>…
  const sectionChild = /(^|\s)title($|\s)/.test(el.getAttribute('class') ?? '') && /(^|[\s_-])section($|\s)/.test(el.parentElement?.getAttribute('class') ?? '') && !el.parentElement?.querySelector(CONTROL_SELECTOR);
  const isTitle = role === 'heading' || SECTION_TAG.test(t) || SECTION_CLASS.test(el.getAttribute('class') ?? '') || sectionChild;
  if (!isTitle || t === 'LABEL') return null;
  if (t === 'LEGEND' && el.parentElement?.tagName.toUpperCase() === 'FIELDSET') return null;
  if (el.querySelector(CONTROL_SELECTOR) || el.querySelector('button, [role=button], a[href]')) return null;
  const text = textOf(el);
  return text && text.length <= 100 ? text : null;
}

/**
 * A select's placeholder option that names it ("Title", "Select title", "-- Relationship to child --"):
 * the first option, with an empty value, disabled or chosen by default. "Please select" says nothing.
 */
export function placeholderOptionLabel(select: El): string {
  if (select.tagName.toUpperCase() !== 'SELECT') return '';
  const first = select.querySelector('option');
  if (!first || (first.getAttribute('value') ?? clean(first.textContent)) !== '') return '';
  const text = clean(first.textContent).replace(/^[-–—\s.:]+|[-–—\s.:]+$/g, '');
  const named = text.replace(/^(please\s+)?(select|choose|pick)(\s+(an?|one|the|your))?\b\s*(option|one|\.{3}|…)?\s*:?\s*/i, '').replace(/\s*\.{3}$|…$/, '').trim();
  return named ? named : '';
}

const DATE_FORMAT = /\b(dd|mm)([-/. ])(mm|dd)\2(yyyy|yy)\b/i;

/**
 * A date format shown anywhere in a question's box ("DD-MM-YYYY" as the placeholder of the builder's
 * alternative one-box date, or as text): how the parts of that date are written (padded "09").
 */
export function dateFormatIn(box: El, textOf: (el: El | null) => string): string {
  for (const e of Array.from(box.querySelectorAll('[placeholder], [data-format], [data-placeholder]'))) {
    for (const v of [e.getAttribute('placeholder'), e.getAttribute('data-placeholder')]) if (v && DATE_FORMAT.test(v)) return v.trim();
  }
  const m = DATE_FORMAT.exec(textOf(box));
  return m ? m[0] : '';
}
