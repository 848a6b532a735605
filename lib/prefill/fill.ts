/**
 * Fill: writes planned actions into the live form, only after re-checking that every target field
 * is still the field the plan was made from. Values go through the element's native setter with
 * input / change / blur fired (radios and tick boxes by a click), so framework-controlled forms keep
 * them through submit. Returns an undo that puts every field back. Runs in the page (content script).
 */
import { collectFrom, controlsOf, buttonsOf, pickFormRoot, type CollectOptions } from './collect';
import { fillAria, pickSuggestion } from './fill-aria';
import type { PlanAction } from './plan';
import type { FormSnapshot } from './snapshot';

export const FILLED_ATTR = 'data-attendance-lens-filled';

export interface FillOutcome {
  ok: boolean;
  /** Why nothing was written (the form changed, no form). */
  why?: string;
  filled: { fieldIndex: number; key: string }[];
  undo: () => void;
}

type Ctrl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (d?.set) return d.set;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function fire(el: Element, type: string): void {
  const view = el.ownerDocument.defaultView;
  const Ev = type === 'blur' || type === 'focusout' ? (view?.FocusEvent ?? view?.Event ?? Event) : (view?.Event ?? Event);
  el.dispatchEvent(new Ev(type, { bubbles: type !== 'blur', cancelable: false }));
}

/** Sets a text-like or select value as a person would leave it: native setter, then events. */
export function setValue(el: Ctrl, value: string): void {
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  fire(el, 'blur');
  fire(el, 'focusout');
}

function setChecked(el: HTMLInputElement, on: boolean): void {
  if (el.checked === on) return;
  // A click is what frameworks listen for on radios and tick boxes; it also fires input and change.
  el.click();
  if (el.checked !== on) {
    nativeSetter(el, 'checked')?.call(el, on);
    fire(el, 'input');
    fire(el, 'change');
  }
}

interface Saved { el: Ctrl; value: string; checked: boolean; selectedIndex: number }

function save(el: Ctrl): Saved {
  return { el, value: el.value, checked: (el as HTMLInputElement).checked ?? false, selectedIndex: (el as HTMLSelectElement).selectedIndex ?? -1 };
}

/** Same field as planned: type, name and label text agree. */
function sameField(a: FormSnapshot['fields'][number] | undefined, b: FormSnapshot['fields'][number] | undefined): boolean {
  return !!a && !!b && a.type === b.type && a.name === b.name && (a.labels[0]?.text ?? '') === (b.labels[0]?.text ?? '');
}

export function fillForm(doc: Document, planned: FormSnapshot, actions: PlanAction[], opts: Pick<CollectOptions, 'isRendered' | 'rectOf'> = {}): FillOutcome {
  const none = { filled: [], undo: () => {} };
  const root = pickFormRoot(doc);
  if (!root) return { ok: false, why: 'the form is no longer on the page', ...none };
  const now = collectFrom(doc, root, { isRendered: opts.isRendered, rectOf: opts.rectOf });
  const changed = actions.find((a) => !sameField(now.fields[a.fieldIndex], planned.fields[a.fieldIndex]));
  if (changed) return { ok: false, why: `the form changed since it was read (“${changed.field.label}”): read it again`, ...none };
  const controls = controlsOf(root) as Ctrl[];
  const saved: Saved[] = [];
  // Undo steps, newest last: native fields put back from `saved`, custom controls by their own undo.
  const steps: (Saved | { el: Element; run: () => void })[] = [];
  const filled: FillOutcome['filled'] = [];
  for (const a of actions) {
    const el = controls[a.fieldIndex];
    if (!el) continue;
    const snap = now.fields[a.fieldIndex]!;
    if (snap.hidden || snap.disabled || snap.readonly) continue;
    if (snap.widget) {
      const group = snap.widget === 'radio' ? controls.filter((_c, i) => now.fields[i]?.widget === 'radio' && now.fields[i]!.container === snap.container) : [];
      const out = fillAria(el, snap, a, group);
      if (!out.ok) continue;
      steps.push({ el, run: out.undo });
      el.setAttribute(FILLED_ATTR, a.key);
      filled.push({ fieldIndex: a.fieldIndex, key: a.key });
      continue;
    }
    const mark = saved.length;
    if (snap.type === 'radio') {
      const group = controls.filter((c, i) => now.fields[i]?.type === 'radio' && (c as HTMLInputElement).name === (el as HTMLInputElement).name);
      group.forEach((g) => saved.push(save(g)));
      setChecked(el as HTMLInputElement, true);
    } else if (snap.type === 'checkbox') {
      saved.push(save(el));
      setChecked(el as HTMLInputElement, a.value === true);
    } else if (snap.tag === 'select') {
      saved.push(save(el));
      const opt = (el as HTMLSelectElement).options[a.optionIndex ?? -1];
      if (!opt) continue;
      setValue(el, opt.value);
    } else {
      saved.push(save(el));
      setValue(el, String(a.value));
      pickSuggestion(el, String(a.value));
    }
    steps.push(...saved.slice(mark));
    el.setAttribute(FILLED_ATTR, a.key);
    filled.push({ fieldIndex: a.fieldIndex, key: a.key });
  }
  markUntilEdited(doc, root);
  const undo = () => {
    for (const step of steps.reverse()) {
      step.el.removeAttribute(FILLED_ATTR);
      if ('run' in step) {
        step.run();
        continue;
      }
      const s = step;
      if (s.el instanceof (doc.defaultView?.HTMLInputElement ?? HTMLInputElement) && (s.el.type === 'radio' || s.el.type === 'checkbox')) {
        if (s.el.checked !== s.checked) {
          if (s.el.type === 'checkbox' || s.checked) setChecked(s.el, s.checked);
          else {
            nativeSetter(s.el, 'checked')?.call(s.el, false);
            fire(s.el, 'input');
            fire(s.el, 'change');
          }
        }
      } else if (s.el.tagName === 'SELECT') {
        const sel = s.el as HTMLSelectElement;
        setValue(sel, sel.options[s.selectedIndex]?.value ?? '');
        if (s.selectedIndex >= 0) sel.selectedIndex = s.selectedIndex;
      } else {
        setValue(s.el, s.value);
      }
    }
  };
  return { ok: true, filled, undo };
}

/** A person's own edit removes our mark: the field is theirs again. */
function markUntilEdited(doc: Document, root: Element): void {
  if ((root as HTMLElement).dataset?.attendanceLensWatch) return;
  (root as HTMLElement).dataset.attendanceLensWatch = '1';
  const clear = (e: Event) => {
    if (e.isTrusted && e.target instanceof (doc.defaultView?.Element ?? Element)) (e.target as Element).removeAttribute(FILLED_ATTR);
  };
  root.addEventListener('input', clear, true);
  root.addEventListener('change', clear, true);
  if (!doc.getElementById('attendance-lens-filled-style')) {
    const style = doc.createElement('style');
    style.id = 'attendance-lens-filled-style';
    style.textContent = `[${FILLED_ATTR}]{outline:3px dashed #1d70b8 !important;outline-offset:2px !important;}`;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
}

/** Clicks the form's own "add another" button `count` times (multi-pupil returns). */
export function addRows(doc: Document, buttonIndex: number, count: number): boolean {
  const root = pickFormRoot(doc);
  const btn = root ? (buttonsOf(root)[buttonIndex] as HTMLElement | undefined) : undefined;
  if (!btn) return false;
  for (let i = 0; i < count; i++) btn.click();
  return true;
}
