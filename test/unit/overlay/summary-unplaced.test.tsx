// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { SummaryBar, unplacedNote } from '../../../components/overlay/SummaryBar';
import { initialPanelState, panelReducer } from '../../../lib/overlay/panel-state';

/**
 * A badge is never drawn over the page's text; on a narrow window a row may have no room even for a dot.
 * Those flags must not vanish silently: the summary says how many are not shown and what to do.
 */
const summary = { group: '2OS', counts: { SA: 1, PA: 3, pnThreshold: 0, nOverdue: 0, returnsDue: 0 } };
const noop = () => {};

function mount(unplaced: number, collapsed = false): HTMLElement {
  const root = document.createElement('div');
  render(h(SummaryBar, { summary, collapsed, highlight: null, unplaced, onToggleCollapsed: noop, onHighlight: noop }), root);
  return root;
}

describe('summary: flags with no room are counted aloud', () => {
  it('says nothing when every badge is drawn', () => {
    expect(mount(0).textContent).not.toMatch(/not shown/);
  });

  it('says how many flags are not shown, in a status, with singular and plural', () => {
    const two = mount(2).querySelector('[role=status]');
    expect(two?.textContent).toBe('2 flags not shown: their rows have no room for them at this window size. Widen the window to see them.');
    expect(unplacedNote(1)).toBe('1 flag not shown: its row has no room for it at this window size. Widen the window to see it.');
  });

  it('the collapsed pill names it too', () => {
    const btn = mount(2, true).querySelector('button')!;
    expect(btn.getAttribute('aria-label')).toContain('2 flags not shown');
  });

  it('the reducer keeps the count, and returns the same state when it does not change (no re-render loop)', () => {
    const s = panelReducer(initialPanelState(false), { type: 'unplaced', n: 2 });
    expect(s.unplaced).toBe(2);
    expect(panelReducer(s, { type: 'unplaced', n: 2 })).toBe(s);
  });
});
