/**
 * A quiet notice for pages that look like a register but cannot be read fully: the user learns why
 * no flags are shown, and nothing from the page is stored. One small shadow host, removed on abort.
 */
const TAG = 'attendance-lens-notice';

const CSS = `
:host { all: initial; }
.n { position: fixed; right: 12px; bottom: 12px; max-width: 360px; z-index: 2147483646;
  font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff8e6; border: 1px solid #8a4b00;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.n strong { display: block; margin-bottom: 2px; }
button { font: inherit; margin-top: 6px; margin-right: 6px; padding: 2px 8px; border: 1px solid #0b5cad; background: #fff; color: #0b5cad; border-radius: 4px; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
`;

export interface NoticeAction {
  label: string;
  run: () => void;
}

export function showNotice(title: string, detail: string, actions: NoticeAction[], signal: AbortSignal): () => void {
  hideNotice();
  const host = document.createElement(TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 'n';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', `Attendance Lens: ${title}`);
  const strong = document.createElement('strong');
  strong.textContent = `Attendance Lens: ${title}`;
  const p = document.createElement('div');
  p.textContent = detail;
  box.append(strong, p);
  for (const a of [...actions, { label: 'Dismiss', run: () => host.remove() }]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = a.label;
    b.addEventListener('click', a.run);
    box.append(b);
  }
  root.append(style, box);
  document.documentElement.append(host);
  const remove = () => host.remove();
  signal.addEventListener('abort', remove, { once: true });
  return remove;
}

export function hideNotice(): void {
  for (const el of Array.from(document.querySelectorAll(TAG))) el.remove();
}

export function isNoticeNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(TAG);
}
