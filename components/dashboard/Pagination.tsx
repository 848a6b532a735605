import { useRef } from 'preact/hooks';
import { pageLinks, type Page } from '../../lib/dashboard/paging';

/**
 * Previous, the page numbers and Next, as buttons in a labelled navigation region (the page lives in the
 * list's state, not the address). The current page is marked aria-current; every button is in the tab order.
 * When the button pressed disappears or is disabled (Next on reaching the last page), focus moves to the
 * current page's button so keyboard users are not dropped to the top of the document.
 */
export function Pagination({ p, onPage, label }: { p: Page; onPage: (page: number) => void; label: string }) {
  const ref = useRef<HTMLElement>(null);
  if (p.pages <= 1) return null;
  const go = (n: number) => {
    onPage(n);
    queueMicrotask(() => {
      const active = document.activeElement as HTMLButtonElement | null;
      if (!active || active === document.body || active.disabled || !ref.current?.contains(active)) ref.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    });
  };
  return (
    <nav class="pager" aria-label={label} ref={ref}>
      <ul>
        <li>
          <button type="button" class="secondary" disabled={p.page === 1} onClick={() => go(p.page - 1)}>
            Previous<span class="visually-hidden"> page</span>
          </button>
        </li>
        {pageLinks(p.page, p.pages).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" class="gap">
              …
            </li>
          ) : (
            <li key={n}>
              <button
                type="button"
                class={n === p.page ? 'page current' : 'page secondary'}
                aria-label={`Page ${n}`}
                aria-current={n === p.page ? 'page' : undefined}
                onClick={() => go(n)}
              >
                {n}
              </button>
            </li>
          ),
        )}
        <li>
          <button type="button" class="secondary" disabled={p.page === p.pages} onClick={() => go(p.page + 1)}>
            Next<span class="visually-hidden"> page</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
