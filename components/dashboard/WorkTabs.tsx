import { useRef } from 'preact/hooks';
import { WORK_TAB_IDS, WORK_TABS, type WorkTab } from '../../lib/dashboard/work-lists';

/**
 * The lists as ARIA tabs, each with its count. Arrow keys move between tabs (and show them: a list is
 * cheap to switch to), Home and End go to the first and last.
 */
export function WorkTabs({ tab, counts, onSelect }: { tab: WorkTab; counts: Record<WorkTab, number>; onSelect: (t: WorkTab) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const go = (t: WorkTab) => {
    onSelect(t);
    queueMicrotask(() => ref.current?.querySelector<HTMLElement>(`#tab-${t}`)?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    const i = WORK_TAB_IDS.indexOf(tab);
    const n = WORK_TAB_IDS.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    go(WORK_TAB_IDS[to]!);
  };
  return (
    <div role="tablist" aria-label="Lists" class="tabs" ref={ref} onKeyDown={onKey}>
      {WORK_TAB_IDS.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`tab-${t}`}
          aria-selected={t === tab ? 'true' : 'false'}
          aria-controls="list-panel"
          tabIndex={t === tab ? 0 : -1}
          class="tab"
          onClick={() => go(t)}
        >
          {WORK_TABS[t].label} <span class="count">({counts[t]})</span>
        </button>
      ))}
    </div>
  );
}
