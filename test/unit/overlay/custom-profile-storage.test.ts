import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { CUSTOM_PROFILE_KEY, loadCustomProfile, saveCustomProfile, watchCustomProfile } = await import('../../../lib/settings/custom-profile');

beforeEach(() => fakeBrowser.reset());

const ours = {
  name: 'Our school',
  bands: [
    { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Praise.' },
    { label: 'Serious concern', from: null, tone: 'severe', nextStep: 'Refer.' },
  ],
};

describe('the saved custom profile', () => {
  it('is none until saved, then loads as the engine profile', async () => {
    expect(await loadCustomProfile()).toEqual({ state: 'none' });
    const r = await saveCustomProfile(ours);
    expect(r.ok).toBe(true);
    const saved = await loadCustomProfile();
    expect(saved.state).toBe('ok');
    if (saved.state === 'ok') expect(saved.profile.bands.map((b) => b.label)).toEqual(['On track', 'Serious concern']);
  });

  it('an invalid definition is refused and the good saved one is kept', async () => {
    await saveCustomProfile(ours);
    const r = await saveCustomProfile({ ...ours, bands: [ours.bands[0]] });
    expect(r.ok).toBe(false);
    expect((await fakeBrowser.storage.local.get(CUSTOM_PROFILE_KEY))[CUSTOM_PROFILE_KEY]).toEqual(ours);
  });

  it('a stored value that is not valid (hand edit, older version) loads as invalid with its problems', async () => {
    await fakeBrowser.storage.local.set({ [CUSTOM_PROFILE_KEY]: { name: 'X', bands: [] } });
    expect(await loadCustomProfile()).toEqual({
      state: 'invalid',
      issues: [{ path: 'bands', message: 'A profile needs at least 2 bands (this one has 0).' }],
      stored: { name: 'X', bands: [] },
    });
  });

  it('watchers hear a new definition until their signal aborts', async () => {
    const seen: string[] = [];
    const ac = new AbortController();
    watchCustomProfile((s) => seen.push(s.state), ac.signal);
    await saveCustomProfile(ours);
    ac.abort();
    await saveCustomProfile({ ...ours, name: 'Renamed' });
    expect(seen).toEqual(['ok']);
  });
});
