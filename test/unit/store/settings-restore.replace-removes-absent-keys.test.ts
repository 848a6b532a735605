import { describe, expect, it } from 'vitest';
import { applySettingsRestore, settingsRestorePlan } from '../../../lib/store/settings-restore';

/** A fake browser.storage.local: the same set/remove/get semantics, recording the calls. */
function fakeStorage(initial: Record<string, unknown>) {
  const data = { ...initial };
  const calls: string[] = [];
  return {
    data,
    calls,
    async set(items: Record<string, unknown>) {
      calls.push('set');
      Object.assign(data, items);
    },
    async remove(keys: string[]) {
      calls.push('remove');
      for (const k of keys) delete data[k];
    },
  };
}

const here = { overlayPrefs: { dock: 'left' }, sites: ['https://arbor.example'], customBands: { low: 90 } };
const backup = { overlayPrefs: { dock: 'right' }, taught: [{ id: 't1' }] };

describe('restoring settings', () => {
  it('replace makes the settings exactly the backup’s: keys it lacks are removed', async () => {
    const s = fakeStorage(here);
    const plan = settingsRestorePlan(here, backup, 'replace', true);
    expect(plan.remove.sort()).toEqual(['customBands', 'sites']);
    await applySettingsRestore(s, plan);
    expect(s.data).toEqual(backup);
  });

  it('replace from a backup holding no settings at all (an empty object) leaves none behind', async () => {
    const s = fakeStorage(here);
    await applySettingsRestore(s, settingsRestorePlan(here, {}, 'replace', true));
    expect(s.data).toEqual({});
  });

  it('merge keeps every setting made here and adds only the backup’s others', async () => {
    const s = fakeStorage(here);
    await applySettingsRestore(s, settingsRestorePlan(here, backup, 'merge', true));
    expect(s.data).toEqual({ ...here, taught: [{ id: 't1' }] });
  });

  it('a backup from before version 3 (no settings saved) changes no setting, even in replace', async () => {
    const s = fakeStorage(here);
    await applySettingsRestore(s, settingsRestorePlan(here, {}, 'replace', false));
    expect(s.data).toEqual(here);
    expect(s.calls).toEqual([]);
  });

  it('writes the backup’s values before removing, so a failed write removes nothing', async () => {
    const s = fakeStorage(here);
    s.set = async () => {
      throw new Error('quota');
    };
    await expect(applySettingsRestore(s, settingsRestorePlan(here, backup, 'replace', true))).rejects.toThrow('quota');
    expect(s.data).toEqual(here);
  });
});
