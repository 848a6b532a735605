/**
 * Following a single-page MIS without polling: one debounced MutationObserver for DOM changes, plus
 * the Navigation API / popstate for URL changes. An SPA navigation always changes the DOM too, so
 * the observer alone would catch it; the navigation events only make it prompt.
 */
export interface WatchOptions {
  signal: AbortSignal;
  /** Quiet time after the last mutation before `onChange` runs. */
  debounceMs?: number;
  /** Mutations that are our own (inside or adding/removing our overlay hosts) are ignored. */
  isOwnMutation?: (record: MutationRecord) => boolean;
}

export type ChangeKind = 'dom' | 'navigation';

export function watchPage(onChange: (kind: ChangeKind) => void, opts: WatchOptions): void {
  const { signal, debounceMs = 120, isOwnMutation = () => false } = opts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHref = location.href;
  let pendingNavigation = false;

  const fire = () => {
    timer = undefined;
    if (signal.aborted) return;
    const kind: ChangeKind = pendingNavigation || location.href !== lastHref ? 'navigation' : 'dom';
    pendingNavigation = false;
    lastHref = location.href;
    onChange(kind);
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (!isOwnMutation(r)) return schedule();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'aria-label', 'title', 'class', 'data-state', 'aria-rowindex', 'selected'] });

  const onNavigate = () => {
    pendingNavigation = true;
    schedule();
  };
  addEventListener('popstate', onNavigate, { signal });
  // Chromium's Navigation API reports history.pushState navigations that a content script's
  // isolated world cannot otherwise see without patching the page.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNavigate, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
