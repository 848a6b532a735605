import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const prefsModule = await import('../../../lib/settings/overlay-prefs');
const { BUILT_IN_PROFILES } = await import('../../../lib/engine/profiles');
const {
  DEFAULT_OVERLAY_PREFS,
  LA_PROFILE_IDS,
  MARKER_IDS,
  OVERLAY_PREFS_KEY,
  isSiteEnabled,
  loadOverlayPrefs,
  parseOverlayPrefs,
  saveOverlayPrefs,
  setSiteEnabled,
  siteOrigin,
  toDisplayPrefs,
  watchOverlayPrefs,
} = prefsModule;

beforeEach(() => fakeBrowser.reset());

describe('overlay preferences', () => {
  it('defaults when nothing is stored: on everywhere, all markers, compact, Kent', async () => {
    const p = await loadOverlayPrefs();
    expect(p).toEqual(DEFAULT_OVERLAY_PREFS);
    expect(isSiteEnabled(p, 'https://school.uk.arbor.sc/register')).toBe(true);
    expect(toDisplayPrefs(p)).toEqual({ style: 'compact', markers: MARKER_IDS, showFirstRunHint: true, showSummary: true, dockCollapsed: false });
  });

  it('switches a site off by origin, whatever page of it the user is on', async () => {
    await setSiteEnabled('https://school.uk.arbor.sc/students/123?tab=2', false);
    const p = await loadOverlayPrefs();
    expect(p.sites).toEqual({ 'https://school.uk.arbor.sc': false });
    expect(isSiteEnabled(p, 'https://school.uk.arbor.sc/register')).toBe(false);
    expect(isSiteEnabled(p, 'https://other.uk.arbor.sc/register')).toBe(true);
    await expect(setSiteEnabled('javascript:alert(1)', false)).rejects.toThrow(/Not a web address/);
  });

  it('hidden markers are left out of what the overlay shows', async () => {
    await saveOverlayPrefs({ markers: { PN_THRESHOLD: false }, badgeStyle: 'full', hintDismissed: true });
    const d = toDisplayPrefs(await loadOverlayPrefs());
    expect(d.markers).not.toContain('PN_THRESHOLD');
    expect(d.markers).toContain('N_OVERDUE');
    expect(d.style).toBe('full');
    expect(d.showFirstRunHint).toBe(false);
  });

  it('a malformed field falls back to its default without losing the others', async () => {
    await fakeBrowser.storage.local.set({ [OVERLAY_PREFS_KEY]: { badgeStyle: 'huge', laProfile: 'coventry', sites: { a: 'yes' } } });
    const p = await loadOverlayPrefs();
    expect(p.badgeStyle).toBe('compact');
    expect(p.laProfile).toBe('coventry');
    expect(p.sites).toEqual({});
    expect(parseOverlayPrefs(null)).toEqual(DEFAULT_OVERLAY_PREFS);
  });

  it('watchers hear changes until their signal aborts', async () => {
    const seen: string[] = [];
    const ac = new AbortController();
    watchOverlayPrefs((p) => seen.push(p.badgeStyle), ac.signal);
    await saveOverlayPrefs({ badgeStyle: 'full' });
    ac.abort();
    await saveOverlayPrefs({ badgeStyle: 'compact' });
    expect(seen).toEqual(['full']);
  });

  it('site addresses are normalised to origins; non-web schemes are refused', () => {
    expect(siteOrigin('school.example.org/x')).toBe('https://school.example.org');
    expect(siteOrigin('http://localhost:5173/register')).toBe('http://localhost:5173');
    expect(siteOrigin('file:///etc/passwd')).toBeNull();
  });

  it('LA profile ids are exactly the engine built-in profiles and the school’s own (custom)', () => {
    expect([...LA_PROFILE_IDS].sort()).toEqual([...Object.keys(BUILT_IN_PROFILES), 'custom'].sort());
  });

  it('keeps a stored choice of the custom profile', async () => {
    await saveOverlayPrefs({ laProfile: 'custom' });
    expect((await loadOverlayPrefs()).laProfile).toBe('custom');
  });
});
