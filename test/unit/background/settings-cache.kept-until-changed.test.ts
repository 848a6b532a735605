import { describe, expect, it, vi } from 'vitest';
import { settingsCache, type StoredSettings } from '../../../lib/background/settings-cache';
import { DEFAULT_OVERLAY_PREFS } from '../../../lib/settings/overlay-prefs';
import { SETTING_KEYS } from '../../../lib/settings/keys';

/** The background keeps page settings' inputs while it runs: read once, dropped on any change to them. */
function harness() {
  let version = 0;
  let fail = false;
  const read = vi.fn(async (): Promise<StoredSettings> => {
    if (fail) throw new Error('storage unavailable');
    return { prefs: { ...DEFAULT_OVERLAY_PREFS }, readerSwitches: { v: version % 2 === 0 }, taught: [], customProfile: version };
  });
  let listener: (changes: Record<string, unknown>, area: string) => void = () => {};
  const cache = settingsCache(read, (l) => (listener = l));
  return {
    cache,
    read,
    change: (key: string, area = 'local') => {
      version++;
      listener({ [key]: { newValue: version } }, area);
    },
    failNext: (f: boolean) => (fail = f),
  };
}

describe('the background’s copy of the page settings', () => {
  it('reads storage once while nothing changes', async () => {
    const h = harness();
    const a = await h.cache.get();
    const b = await h.cache.get();
    expect(b).toBe(a);
    expect(h.read).toHaveBeenCalledTimes(1);
  });

  it('reads again after a change to any key page settings are made from, and only those', async () => {
    const h = harness();
    await h.cache.get();
    h.change(SETTING_KEYS.schoolDetails);
    h.change(SETTING_KEYS.overlayPrefs, 'session');
    await h.cache.get();
    expect(h.read).toHaveBeenCalledTimes(1);
    let version = 2;
    for (const key of [SETTING_KEYS.overlayPrefs, SETTING_KEYS.readerSwitches, SETTING_KEYS.taught, SETTING_KEYS.customProfile]) {
      h.change(key);
      version++;
      // What storage holds now, not the copy from before the change.
      expect((await h.cache.get()).customProfile, key).toBe(version);
    }
    expect(h.read).toHaveBeenCalledTimes(5);
  });

  it('`fresh` reads storage even when a copy is kept, and keeps that', async () => {
    const h = harness();
    await h.cache.get();
    await h.cache.get({ fresh: true });
    await h.cache.get();
    expect(h.read).toHaveBeenCalledTimes(2);
  });

  it('does not keep an answer read while a change was being written', async () => {
    const h = harness();
    const before = h.cache.get(); // on its way
    h.change(SETTING_KEYS.overlayPrefs);
    expect((await before).customProfile).toBe(0); // what was stored when it was asked
    expect((await h.cache.get()).customProfile).toBe(1);
    expect(h.read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const h = harness();
    h.failNext(true);
    await expect(h.cache.get()).rejects.toThrow('storage unavailable');
    h.failNext(false);
    await expect(h.cache.get()).resolves.toMatchObject({ customProfile: 0 });
    expect(h.read).toHaveBeenCalledTimes(2);
  });
});
