/**
 * "Teach this page": the user shows us where a register is on a page no reader knows — a pupil's
 * name, then that pupil's first mark, then (if the headers do not date the columns) the date of the
 * first column and how the columns run — sees what that reads, and saves it for this site and path.
 *
 * Plain DOM in one shadow root (smaller than Preact for five small steps). While picking, the page's
 * own click handlers never see the clicks (captured on window first); the highlight is drawn in our
 * layer, never by restyling the page. Everything is keyboard-usable: arrows move the highlight,
 * the focused "Use highlighted cell" button picks it, Escape cancels. All of it goes on abort.
 */
import { mappingFromElements, readTaught, type TaughtMapping } from '../../readers/generic/taught';
import { teachMapping } from '../../readers/generic/taught-pick';
import { cardsUnsaid } from '../../readers/generic/taught-layouts';
import type { NewTaught, TaughtEntry } from '../../settings/taught';
import { pathPatternOf } from '../../settings/taught-paths';
import { GRID, cellOf, describeCell, firstCell, moveCell, type Direction } from './cells';
import { placePanel } from './placement';
import { registerGrid } from './looks-like-register';
import { previewOf } from './preview';
import { TEACH_CSS } from './styles';
import { TEACH_TAG } from './host';



export interface TeachOptions {
  signal: AbortSignal;
  /** The mapping was saved: the caller re-reads the page with it at once. */
  onSaved: (entry: TaughtEntry) => void;
  /** Teaching ended (saved, cancelled or aborted). */
  onClose?: () => void;
  /** Saves the mapping (the content script asks the background, which validates and stores it). */
  save: (input: NewTaught) => Promise<TaughtEntry>;
}

export interface TeachHandle {
  close(): void;
}

type Step = 'name' | 'mark' | 'date' | 'preview';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const BLOCKED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'] as const;

type Child = Node | string;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

export function startTeach(opts: TeachOptions): TeachHandle {
  // One teach session per page.
  for (const old of Array.from(document.querySelectorAll(TEACH_TAG))) old.remove();
  const life = new AbortController();
  const on = { capture: true, signal: life.signal } as const;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const host = document.createElement(TEACH_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const hover = h('div', { class: 'outline hover', 'aria-hidden': 'true' });
  const chosen = h('div', { class: 'outline chosen', 'aria-hidden': 'true' });
  const title = h('h2', { id: 'teach-title', tabindex: '-1' }, 'Teach this page');
  const stepText = h('p', { class: 'step', 'aria-live': 'polite' });
  const hint = h('p', { class: 'hint' });
  const now = h('p', { class: 'now', 'aria-live': 'polite' });
  const error = h('p', { class: 'error', role: 'alert' });
  const body = h('div');
  const buttons = h('div');
  const panel = h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'teach-title' }, title, stepText, hint, now, error, body, buttons);
  root.append(h('style', {}, TEACH_CSS), hover, chosen, panel);
  // Our inputs' events must not look like edits of the register to the content script.
  for (const type of ['input', 'change', 'keyup']) root.addEventListener(type, (e) => e.stopPropagation());
  document.documentElement.append(host);

  let step: Step = 'name';
  let nameCell: Element | undefined;
  let markCell: Element | undefined;
  let mapping: TaughtMapping | undefined;
  let highlighted: Element | undefined;
  let closed = false;

  const ours = (e: Event) => e.target === host || (e.target instanceof Node && host.contains(e.target));
  const picking = () => step === 'name' || step === 'mark';

  const place = (box: HTMLElement, el: Element | undefined) => {
    if (!el || !el.isConnected) {
      box.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left - 3}px`, top: `${r.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
  };
  /** Beside the register where there is room, else docked along the bottom: never over its columns. */
  const placeTeachPanel = () => {
    const near = markCell ?? nameCell;
    const target = near?.closest(GRID) ?? (mapping?.kind === 'cards' ? near?.parentElement?.parentElement : undefined) ?? registerGrid(document);
    const r = target?.getBoundingClientRect();
    const at = placePanel({ w: innerWidth, h: innerHeight }, r && r.width > 0 ? r : undefined);
    panel.dataset.side = at.side;
    Object.assign(panel.style, { left: `${at.left}px`, top: `${at.top}px`, width: `${at.width}px`, maxHeight: `${at.maxHeight}px` });
  };
  const redraw = () => {
    place(hover, picking() ? highlighted : undefined);
    place(chosen, step === 'mark' ? nameCell : undefined);
  };
  const highlight = (el: Element | undefined, announce: boolean) => {
    highlighted = el;
    redraw();
    if (announce) now.textContent = el ? `Highlighted: ${describeCell(el)}` : '';
  };

  const button = (label: string, run: () => void, cls = ''): HTMLButtonElement => {
    const b = h('button', { type: 'button', ...(cls ? { class: cls } : {}) }, label);
    b.addEventListener('click', run);
    return b;
  };

  const close = () => {
    if (closed) return;
    closed = true;
    life.abort();
    host.remove();
    if (returnFocus?.isConnected) returnFocus.focus();
    opts.onClose?.();
  };

  const restart = () => {
    step = 'name';
    nameCell = markCell = mapping = undefined;
    render();
  };

  const pick = (target: Element) => {
    error.textContent = '';
    // A cell when the click is in a table; otherwise the element itself (a certificate's name line,
    // a pupil card's mark control).
    const el = cellOf(target) ?? target.closest('select, input, [role="radiogroup"], [role="group"]') ?? target;
    if (step === 'name') {
      if (!(el.textContent ?? '').trim()) {
        error.textContent = 'That holds no name. Click a pupil’s name on the page.';
        return;
      }
      nameCell = el;
      step = 'mark';
      render();
      return;
    }
    if (el === nameCell || el.contains(nameCell!)) {
      error.textContent = 'That is the name. Now click that pupil’s first mark.';
      return;
    }
    try {
      mapping = teachMapping(nameCell!, el);
    } catch (e) {
      error.textContent = (e as Error).message;
      return;
    }
    markCell = el;
    step = mapping.kind === undefined || mapping.kind === 'grid' ? (mapping.layout === 'headers' ? 'preview' : 'date') : 'preview';
    render();
  };

  const renderPick = () => {
    const isName = step === 'name';
    stepText.textContent = isName ? 'Step 1: Click the name of any pupil.' : 'Step 2: Now click that pupil’s first mark.';
    hint.textContent = 'Or move the highlight with the arrow keys and press “Use highlighted cell”. Escape cancels.';
    const use = button('Use highlighted cell', () => (highlighted ? pick(highlighted) : (error.textContent = 'Nothing is highlighted yet.')), 'primary');
    buttons.append(use, ...(isName ? [] : [button('Start again', restart)]), button('Cancel', close));
    const start = isName ? firstCell(document, registerGrid(document)) : nameCell && moveCell(nameCell, 'right');
    highlight(start, true);
    use.focus();
  };

  const renderDate = () => {
    stepText.textContent = 'Step 3: The column headers do not give dates. Which date is the first mark column?';
    hint.textContent = 'Dates then count school days, Monday to Friday.';
    now.textContent = '';
    const date = h('input', { type: 'date', id: 'teach-first-date', required: '' });
    const layouts: [string, string][] = [
      ['am-pm', 'AM and PM each day (two columns a day)'],
      ['am', 'AM only (one column a day)'],
      ['pm', 'PM only (one column a day)'],
      ['day-pair', 'AM and PM together in one cell a day'],
    ];
    const radios = layouts.map(([value, label], i) => {
      const r = h('input', { type: 'radio', name: 'teach-layout', value });
      if (i === 0) r.checked = true;
      return h('label', {}, r, ` ${label}`);
    });
    const form = h(
      'form',
      { 'aria-label': 'Dates of the mark columns' },
      h('label', { for: 'teach-first-date' }, 'Date of the first mark column'),
      date,
      h('fieldset', {}, h('legend', {}, 'How the columns run'), ...radios),
      h('button', { type: 'submit', class: 'primary' }, 'Preview'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      error.textContent = '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
        error.textContent = 'Enter the date of the first mark column.';
        date.focus();
        return;
      }
      const layout = (form.querySelector('input[name="teach-layout"]:checked') as HTMLInputElement | null)?.value ?? 'am-pm';
      try {
        mapping = mappingFromElements(nameCell!, markCell!, date.value, layout as 'am-pm' | 'am' | 'pm' | 'day-pair');
      } catch (err) {
        error.textContent = (err as Error).message;
        return;
      }
      step = 'preview';
      render();
    });
    body.append(form);
    buttons.append(button('Start again', restart), button('Cancel', close));
    date.focus();
  };

  /** Questions for what a card register's page does not say; each answer updates the preview at once. */
  const cardQuestions = (onAnswer: () => void): HTMLElement[] => {
    if (mapping?.kind !== 'cards') return [];
    const unsaid = cardsUnsaid(document);
    const out: HTMLElement[] = [];
    const radios = (name: string, legend: string, choices: [string, string][], initial: string, set: (v: string) => void, extra?: HTMLElement) => {
      const fs = h('fieldset', {}, h('legend', {}, legend));
      for (const [value, text] of choices) {
        const r = h('input', { type: 'radio', name, value });
        r.checked = value === initial;
        r.addEventListener('change', () => {
          set(value);
          onAnswer();
        });
        fs.append(h('label', {}, r, ` ${text}`));
      }
      if (extra) fs.append(extra);
      out.push(fs);
    };
    if (unsaid.date) {
      mapping.date ??= 'today';
      const day = h('input', { type: 'date', id: 'teach-card-date', 'aria-label': 'Date of this register' });
      day.addEventListener('change', () => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day.value) || mapping?.kind !== 'cards') return;
        mapping.date = day.value;
        const fixed = root.querySelector<HTMLInputElement>('input[name="teach-card-date"][value="fixed"]');
        if (fixed) fixed.checked = true;
        onAnswer();
      });
      radios('teach-card-date', 'The page does not give this register’s date. Which day is it?', [
        ['today', 'The day the page is opened (today)'],
        ['fixed', 'This date:'],
      ], mapping.date === 'today' ? 'today' : 'fixed', (v) => {
        if (mapping?.kind !== 'cards') return;
        mapping.date = v === 'today' ? 'today' : /^\d{4}-\d{2}-\d{2}$/.test(day.value) ? day.value : 'today';
      }, day);
    }
    if (unsaid.session) {
      mapping.session ??= 'by-time';
      radios('teach-card-session', 'The page does not say which session this is. Which is it?', [
        ['by-time', 'Morning before 12:00, afternoon after'],
        ['AM', 'Always the morning (AM)'],
        ['PM', 'Always the afternoon (PM)'],
      ], mapping.session, (v) => {
        if (mapping?.kind === 'cards') mapping.session = v as 'AM' | 'PM' | 'by-time';
      });
    }
    return out;
  };

  const renderPreview = () => {
    stepText.textContent = 'Last step: check what this reads, then save.';
    hint.textContent = '';
    now.textContent = '';
    const result = h('div', { 'aria-live': 'polite' });
    const label = h('input', { type: 'text', id: 'teach-label', value: (document.title || location.pathname).slice(0, 200) });
    const save = button('Save', () => void doSave(label.value, save));
    const why = h('p', { class: 'why', id: 'teach-save-why' });
    const update = (): boolean => {
      result.replaceChildren();
      let view;
      try {
        view = readTaught(document, mapping!).view;
      } catch (e) {
        error.textContent = `This could not be read: ${(e as Error).message}`;
        save.disabled = true;
        return false;
      }
      const p = previewOf(view);
      const table = h(
        'table',
        {},
        h('caption', {}, 'First rows as read'),
        h('tr', {}, h('th', { scope: 'col' }, 'Pupil'), h('th', { scope: 'col' }, 'Marks')),
        ...p.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), h('td', { class: 'codes' }, r.codes.join(' ')))),
      );
      result.append(
        h('p', { class: 'headline' }, h('strong', {}, p.headline)),
        ...(p.rows.length ? [table] : []),
        ...(p.problems.length ? [h('p', {}, 'Problems:'), h('ul', { 'aria-label': 'Problems' }, ...p.problems.map((x) => h('li', {}, x)))] : []),
      );
      // Save is the main action only when it will work; otherwise it says why, beside it.
      save.disabled = !p.canSave;
      save.className = p.main ? 'primary' : '';
      save.textContent = p.canSave && !p.main ? 'Save anyway' : 'Save';
      why.textContent = p.why ?? '';
      if (p.why) save.setAttribute('aria-describedby', 'teach-save-why');
      else save.removeAttribute('aria-describedby');
      return p.main;
    };
    body.append(...cardQuestions(() => void update()), result, h('label', { for: 'teach-label' }, 'Name for this page'), label, why);
    const grid = mapping!.kind === undefined || mapping!.kind === 'grid' ? mapping! : undefined;
    buttons.append(save, ...(grid?.layout === 'headers' ? [button('Give the dates myself', () => {
      step = 'date';
      render();
    })] : []), button('Start again', restart), button('Cancel', close));
    (update() ? save : title).focus();
  };

  const doSave = async (label: string, save: HTMLButtonElement) => {
    if (!mapping) return;
    save.disabled = true;
    try {
      const entry = await opts.save({ origin: location.origin, pathPattern: pathPatternOf(location.pathname), label, mapping });
      if (closed) return;
      close();
      opts.onSaved(entry);
    } catch (e) {
      error.textContent = `Not saved: ${(e as Error).message}`;
      save.disabled = false;
    }
  };

  function render() {
    body.replaceChildren();
    buttons.replaceChildren();
    error.textContent = '';
    if (picking()) renderPick();
    else if (step === 'date') renderDate();
    else renderPreview();
    placeTeachPanel();
    redraw();
  }

  // While picking, pointing and clicking belong to us, not to the page.
  addEventListener(
    'pointermove',
    (e) => {
      if (!picking() || ours(e) || !(e.target instanceof Element)) return;
      highlight(cellOf(e.target) ?? e.target, false);
    },
    on,
  );
  addEventListener(
    'click',
    (e) => {
      if (!picking() || ours(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.target instanceof Element) pick(e.target);
    },
    on,
  );
  for (const type of BLOCKED) {
    addEventListener(
      type,
      (e) => {
        if (!picking() || ours(e)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      on,
    );
  }
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        close();
        return;
      }
      const dir = ARROWS[e.key];
      if (!dir || !picking()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const from = highlighted ?? firstCell(document, registerGrid(document));
      if (from) highlight(moveCell(from, dir), true);
      highlighted?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    on,
  );
  addEventListener('scroll', redraw, { capture: true, passive: true, signal: life.signal });
  addEventListener('resize', () => (placeTeachPanel(), redraw()), { signal: life.signal });
  opts.signal.addEventListener('abort', close, { once: true, signal: life.signal });
  // The page taught is gone once a single-page MIS moves on: stop rather than map the wrong page.
  addEventListener('popstate', close, { signal: life.signal });
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', close, { signal: life.signal });

  render();
  return { close };
}
