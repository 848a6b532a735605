/**
 * Custom (ARIA) form controls that stand for native ones: toggles (role=switch, role=checkbox),
 * role=radio in a radiogroup, role=combobox with a listbox of role=option (ARIA 1.2: a button, div or
 * input with aria-controls), and role=textbox / contenteditable boxes. Design systems and framework
 * component libraries draw these instead of <input>/<select>; the collector reads them into the same
 * snapshot shape as their native counterparts, and the filler (fill-aria.ts) works them by click.
 * Structure and attributes only: runs on linkedom / happy-dom too.
 */
export type AriaWidget = 'switch' | 'checkbox' | 'radio' | 'combobox' | 'listbox' | 'textbox';

/** Any control the collector takes: native fields and the ARIA ones. */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]), select, textarea, [role=switch], [role=checkbox], [role=radio], [role=combobox], [role=listbox], [role=textbox], [contenteditable]:not([contenteditable=false])';

const NATIVE = /^(INPUT|SELECT|TEXTAREA)$/;

function editable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/**
 * The ARIA control an element is, or null. A native <input role=combobox> stays a text input but
 * gets its listbox's options as suggestions (see ariaOptions). A contenteditable box inside another
 * is part of it, not a second field.
 */
export function ariaWidgetOf(el: Element): AriaWidget | null {
  if (NATIVE.test(el.tagName.toUpperCase())) return isSelectOnlyCombobox(el) ? 'combobox' : null;
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  if (role === 'switch' || role === 'checkbox' || role === 'radio' || role === 'combobox') return role;
  if (role === 'listbox') return isStandaloneListbox(el) ? 'listbox' : null;
  if (role === 'textbox' || editable(el)) {
    if (el.parentElement?.closest('[contenteditable]:not([contenteditable=false]), [role=textbox]')) return null;
    return 'textbox';
  }
  return null;
}

/**
 * A read-only text box that is a combobox over a list of options (Element UI's and Cognito's
 * drop-downs: `<input role=combobox readonly aria-controls=list>`): nobody can type into it, but a
 * person opens it and chooses an option, so it is a list to choose from, not a read-only field. A
 * read-only box with no list to open (no listbox, no aria-haspopup=listbox) stays read-only.
 */
export function isSelectOnlyCombobox(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'INPUT' || (el.getAttribute('role') ?? '').trim().toLowerCase() !== 'combobox') return false;
  if (!el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true' || el.hasAttribute('disabled')) return false;
  // Its options may be drawn only once it is open (then the planner leaves it to the person, saying so).
  return !!listboxOf(el) || (el.getAttribute('aria-haspopup') ?? '').toLowerCase() === 'listbox';
}

/**
 * A list of options that is a question of its own (Google Forms' drop-down: role=listbox named by the
 * question, its options inside), not the popup of a combobox (owned through aria-controls / aria-owns,
 * inside the combobox, or right after it).
 */
function isStandaloneListbox(el: Element): boolean {
  if (el.parentElement?.closest('[role=combobox], [role=listbox]')) return false;
  const prev = el.previousElementSibling;
  if (prev && prev.getAttribute('role') === 'combobox') return false;
  const id = el.getAttribute('id');
  if (id) {
    for (const c of Array.from(el.ownerDocument.querySelectorAll('[aria-controls], [aria-owns]'))) {
      const ids = `${c.getAttribute('aria-controls') ?? ''} ${c.getAttribute('aria-owns') ?? ''}`.split(/\s+/);
      if (ids.includes(id)) return false;
    }
  }
  return el.querySelector('[role=option]') !== null;
}

/** aria-checked="true" (a "mixed" tick is not ticked). */
export function ariaIsChecked(el: Element): boolean {
  return (el.getAttribute('aria-checked') ?? '').toLowerCase() === 'true';
}

/** The listbox a combobox controls: aria-controls, aria-owns, or one inside it / right after it. */
export function listboxOf(el: Element): Element | null {
  if (el.getAttribute('role') === 'listbox') return el;
  const doc = el.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const lb = doc.getElementById(id);
      if (lb && lb.getAttribute('role') === 'listbox') return lb;
      const inner = lb?.querySelector('[role=listbox]');
      if (inner) return inner;
    }
  }
  const inside = el.querySelector('[role=listbox]');
  if (inside) return inside;
  const next = el.nextElementSibling;
  return next && next.getAttribute('role') === 'listbox' ? next : null;
}

export function optionElementsOf(el: Element): Element[] {
  const lb = listboxOf(el);
  return lb ? Array.from(lb.querySelectorAll('[role=option]')) : [];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** An option's visible text (its aria-label when it has one, as a screen reader would say it). */
export function optionText(o: Element): string {
  return clean(o.getAttribute('aria-label')) || clean(o.textContent);
}

/** What a combobox shows now: an input's value, else its own text. */
export function comboboxShows(el: Element): string {
  if (el.tagName.toUpperCase() === 'INPUT') return (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
  // A list shows all its options: what it shows chosen is the selected one.
  if (el.getAttribute('role') === 'listbox') {
    const sel = Array.from(el.querySelectorAll('[role=option]')).find((o) => o.getAttribute('aria-selected') === 'true');
    return sel ? optionText(sel) : '';
  }
  return clean(el.textContent);
}

/**
 * The listbox's options as snapshot options. The chosen one is the option marked aria-selected, or
 * the one whose text the combobox shows ("Year 5"); a prompt ("Choose…") matches none, so the list
 * counts as empty.
 */
export function ariaOptions(el: Element): { value: string; text: string; selected: boolean; disabled: boolean; defaultSelected: boolean }[] {
  const opts = optionElementsOf(el);
  const shows = comboboxShows(el).toLowerCase();
  const marked = opts.findIndex((o) => o.getAttribute('aria-selected') === 'true');
  const chosen = marked >= 0 ? marked : opts.findIndex((o) => optionText(o).toLowerCase() === shows && shows !== '');
  return opts.map((o, i) => {
    const text = optionText(o);
    const value = o.getAttribute('data-value') ?? o.getAttribute('value') ?? text;
    return { value, text, selected: i === chosen, disabled: o.getAttribute('aria-disabled') === 'true', defaultSelected: i === chosen };
  });
}

/** A toggle's or radio's own text, as its accessible name from content ("On" / "Off" says nothing). */
export function contentName(el: Element, textOf: (e: Element) => string): string {
  const t = textOf(el);
  return /^(on|off|yes|no)$/i.test(t) && el.getAttribute('role') === 'switch' ? '' : t;
}
