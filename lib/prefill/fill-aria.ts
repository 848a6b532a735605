/**
 * Filling custom (ARIA) controls as a person would: a click on a switch, tick box or radio; open a
 * combobox and click the option; type into a contenteditable box. Component libraries keep their
 * state in script, so setting aria-checked or text ourselves would not last through submit: every
 * change goes through the events the page listens to, and is checked afterwards. A control that did
 * not take the change is reported as not filled, never marked as filled.
 */
import { ariaIsChecked, comboboxShows, listboxOf, optionElementsOf, optionText } from './aria-controls';
import type { PlanAction } from './plan';
import type { FieldSnapshot } from './snapshot';

export type AriaFill = { ok: true; undo: () => void } | { ok: false; why: string };

function view(el: Element) {
  return el.ownerDocument.defaultView ?? (globalThis as unknown as Window);
}

function pointer(el: Element, type: string): void {
  const w = view(el) as unknown as { PointerEvent?: typeof PointerEvent; MouseEvent: typeof MouseEvent };
  const Ev = type.startsWith('pointer') ? (w.PointerEvent ?? w.MouseEvent) : w.MouseEvent;
  el.dispatchEvent(new Ev(type, { bubbles: true, cancelable: true, composed: true, button: 0, ...(type.startsWith('pointer') ? { pointerType: 'mouse', isPrimary: true } : {}) } as MouseEventInit));
}

function key(el: Element, k: string): void {
  const w = view(el) as unknown as { KeyboardEvent: typeof KeyboardEvent };
  const code = k === ' ' ? 'Space' : k;
  el.dispatchEvent(new w.KeyboardEvent('keydown', { key: k, code, bubbles: true, cancelable: true }));
  el.dispatchEvent(new w.KeyboardEvent('keyup', { key: k, code, bubbles: true, cancelable: true }));
}

/** A press as a mouse makes it: pointer and mouse down and up, then click. */
function press(el: Element): void {
  pointer(el, 'pointerdown');
  pointer(el, 'mousedown');
  pointer(el, 'pointerup');
  pointer(el, 'mouseup');
  // One click only: a second would toggle or choose again.
  if (typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
  else pointer(el, 'click');
}

/** A switch or tick box to `on`: a click, or Space if a click did nothing; false when it did not change. */
function toggle(el: Element, on: boolean): boolean {
  if (ariaIsChecked(el) === on) return true;
  (el as HTMLElement).focus?.();
  (el as HTMLElement).click();
  if (ariaIsChecked(el) !== on) key(el, ' ');
  return ariaIsChecked(el) === on;
}

/** Opens the list: pointer down (some libraries open there), and a click when that did not open it. */
function open(el: Element): void {
  (el as HTMLElement).focus?.();
  pointer(el, 'pointerdown');
  pointer(el, 'mousedown');
  const opened = el.getAttribute('aria-expanded') === 'true';
  pointer(el, 'pointerup');
  pointer(el, 'mouseup');
  if (!opened) (el as HTMLElement).click();
}

function optionFor(el: Element, text: string, index: number | undefined): Element | null {
  const opts = optionElementsOf(el);
  const at = index !== undefined ? opts[index] : undefined;
  if (at && optionText(at) === text) return at;
  return opts.find((o) => optionText(o) === text) ?? null;
}

const chose = (el: Element, o: Element, text: string) =>
  o.getAttribute('aria-selected') === 'true' || comboboxShows(el) === text || (el.getAttribute('role') !== 'listbox' && comboboxShows(el).includes(text));

/** Chooses the option showing `text` as a person does: open, click it. */
function choose(el: Element, text: string, index?: number): boolean {
  open(el);
  const o = optionFor(el, text, index);
  if (!o) return false;
  press(o);
  return chose(el, o, text);
}

/** Types `text` into a contenteditable box as the browser does for a person (beforeinput / input). */
function typeInto(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  el.focus?.();
  const sel = view(el).getSelection?.();
  if (sel && typeof doc.execCommand === 'function') {
    const range = doc.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
    // execCommand fires beforeinput and input with inputType insertText, which editors listen to.
    const ok = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
    if (ok && (el.textContent ?? '').trim() === text.trim()) return done(el);
  }
  const w = view(el) as unknown as { InputEvent?: typeof InputEvent; Event: typeof Event };
  const Ev = w.InputEvent ?? w.Event;
  el.dispatchEvent(new Ev('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: text } as InputEventInit));
  el.textContent = text;
  el.dispatchEvent(new Ev('input', { bubbles: true, inputType: 'insertReplacementText', data: text } as InputEventInit));
  return done(el);
}

function done(el: HTMLElement): boolean {
  const w = view(el) as unknown as { Event: typeof Event; FocusEvent?: typeof FocusEvent };
  el.dispatchEvent(new w.Event('change', { bubbles: true }));
  el.dispatchEvent(new (w.FocusEvent ?? w.Event)('blur'));
  el.dispatchEvent(new (w.FocusEvent ?? w.Event)('focusout', { bubbles: true }));
  return true;
}

/**
 * Fills one custom control. `group` is the radio's group (for undo: the radio ticked before).
 */
export function fillAria(el: Element, snap: FieldSnapshot, a: PlanAction, group: Element[]): AriaFill {
  switch (snap.widget) {
    case 'switch':
    case 'checkbox': {
      const was = ariaIsChecked(el);
      if (!toggle(el, a.value === true)) return { ok: false, why: 'the switch did not change when clicked' };
      return { ok: true, undo: () => void toggle(el, was) };
    }
    case 'radio': {
      const before = group.find(ariaIsChecked) ?? null;
      (el as HTMLElement).focus?.();
      (el as HTMLElement).click();
      if (!ariaIsChecked(el)) return { ok: false, why: 'the option did not take the click' };
      // A radio cannot be unticked by a person; undo ticks the one ticked before, if any.
      return { ok: true, undo: () => void (before && before !== el ? (before as HTMLElement).click() : undefined) };
    }
    case 'combobox':
    case 'listbox': {
      const before = optionElementsOf(el).find((o) => o.getAttribute('aria-selected') === 'true');
      const beforeText = before ? optionText(before) : null;
      if (!choose(el, String(a.value), a.optionIndex)) return { ok: false, why: 'the list did not take the option' };
      return {
        ok: true,
        undo: () => {
          // Back to what was chosen, or to the list's own empty choice ("Choose…") when it has one.
          const blank = optionElementsOf(el).find((o) => /^(|-+|—|choose.*|select.*|please (choose|select).*|none)$/i.test(optionText(o)));
          const back = beforeText ?? (blank ? optionText(blank) : null);
          if (back !== null) choose(el, back);
          closeList(el);
        },
      };
    }
    case 'textbox': {
      const was = el.textContent ?? '';
      typeInto(el as HTMLElement, String(a.value));
      return { ok: true, undo: () => void typeInto(el as HTMLElement, was) };
    }
    default:
      return { ok: false, why: 'not a custom control' };
  }
}

/** After typing into an <input role=combobox>: click the listed suggestion that shows the text, as a person picks it. */
export function pickSuggestion(el: Element, text: string): void {
  if (el.getAttribute('role') !== 'combobox' || !listboxOf(el)) return;
  const o = optionFor(el, text, undefined);
  if (o) press(o);
}

/** Escape closes a list left open (as a person would press it). */
function closeList(el: Element): void {
  if (el.getAttribute('aria-expanded') === 'true') key(el, 'Escape');
}
