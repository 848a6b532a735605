import { describe, expect, it } from 'vitest';
import { dockShrunk, initialPanelState, panelReducer, type PanelAction, type PanelState } from '../../../lib/overlay/panel-state';

const run = (s: PanelState, ...actions: PanelAction[]) => actions.reduce(panelReducer, s);
const fresh = initialPanelState(false);

describe('panel state: the details panel', () => {
  it("a click pins a badge's panel; a second click on it closes it", () => {
    const pinned = run(fresh, { type: 'click', key: 'a' });
    expect(pinned.open).toEqual({ key: 'a', pinned: true });
    expect(run(pinned, { type: 'click', key: 'a' }).open).toBeNull();
    expect(run(pinned, { type: 'click', key: 'b' }).open).toEqual({ key: 'b', pinned: true });
  });

  it('a click on a previewed badge pins it', () => {
    expect(run(fresh, { type: 'preview', key: 'a', by: 'hover' }, { type: 'click', key: 'a' }).open).toEqual({ key: 'a', pinned: true });
  });

  it('hovering another badge never replaces a pinned panel; focus moving to it does', () => {
    const pinned = run(fresh, { type: 'click', key: 'a' });
    expect(run(pinned, { type: 'preview', key: 'b', by: 'hover' }).open).toEqual({ key: 'a', pinned: true });
    expect(run(pinned, { type: 'preview', key: 'b', by: 'focus' }).open).toEqual({ key: 'b', pinned: false });
  });

  it('a preview of the open badge keeps it as it is (pinned stays pinned)', () => {
    const pinned = run(fresh, { type: 'click', key: 'a' });
    expect(run(pinned, { type: 'preview', key: 'a', by: 'focus' })).toBe(pinned);
  });

  it('Escape on the page or focus into the page closes a preview, never a pinned panel (WCAG 1.4.13)', () => {
    expect(run(fresh, { type: 'preview', key: 'a', by: 'hover' }, { type: 'close-preview' }).open).toBeNull();
    const pinned = run(fresh, { type: 'click', key: 'a' });
    expect(run(pinned, { type: 'close-preview' }).open).toEqual({ key: 'a', pinned: true });
  });

  it("closing one badge's panel leaves another's open", () => {
    const open = run(fresh, { type: 'preview', key: 'a', by: 'hover' });
    expect(run(open, { type: 'close', key: 'b' }).open).toEqual({ key: 'a', pinned: false });
    expect(run(open, { type: 'close-preview', key: 'b' }).open).toEqual({ key: 'a', pinned: false });
    expect(run(open, { type: 'close', key: 'a' }).open).toBeNull();
  });

  it('closes when its badge leaves the page (the rows re-rendered without that pupil)', () => {
    const pinned = run(fresh, { type: 'click', key: 'a' });
    expect(run(pinned, { type: 'badges', keys: new Set(['a', 'b']) })).toBe(pinned);
    expect(run(pinned, { type: 'badges', keys: new Set(['b']) }).open).toBeNull();
  });
});

describe('panel state: the dock', () => {
  it('the user shrinks and opens it; the remembered state comes from the prefs', () => {
    const shrunk = run(fresh, { type: 'toggle-dock' });
    expect(shrunk.collapsed && dockShrunk(shrunk)).toBe(true);
    const opened = run(shrunk, { type: 'toggle-dock' });
    expect(opened).toMatchObject({ collapsed: false, userOpened: true });
    expect(run(fresh, { type: 'prefs', collapsed: true }).collapsed).toBe(true);
    expect(run(fresh, { type: 'prefs', collapsed: undefined })).toBe(fresh);
  });

  it('shrinks itself when the open dock fits nowhere, and opens again once it fits', () => {
    const auto = run(fresh, { type: 'dock-fits', fits: false });
    expect(auto).toMatchObject({ collapsed: false, autoCollapsed: true });
    expect(dockShrunk(auto)).toBe(true);
    expect(run(auto, { type: 'dock-fits', fits: true }).autoCollapsed).toBe(false);
  });

  it('never shrinks itself once the user opened it, and the user can open an auto-shrunk dock', () => {
    const opened = run(fresh, { type: 'toggle-dock' }, { type: 'toggle-dock' });
    expect(run(opened, { type: 'dock-fits', fits: false }).autoCollapsed).toBe(false);
    const auto = run(fresh, { type: 'dock-fits', fits: false });
    expect(run(auto, { type: 'toggle-dock' })).toMatchObject({ collapsed: false, autoCollapsed: false, userOpened: true });
  });
});

describe('panel state: highlight and hint', () => {
  it('a summary count toggles its highlight; another count replaces it', () => {
    const pa = run(fresh, { type: 'highlight', filter: 'PA' });
    expect(pa.highlight).toBe('PA');
    expect(run(pa, { type: 'highlight', filter: 'PA' }).highlight).toBeNull();
    expect(run(pa, { type: 'highlight', filter: 'SA' }).highlight).toBe('SA');
  });
  it('the hint, once dismissed, stays dismissed', () => {
    expect(run(fresh, { type: 'dismiss-hint' }, { type: 'dismiss-hint' }).hintDismissed).toBe(true);
  });
});
