import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { DASHBOARD_PREFS_KEY, DEFAULT_DASHBOARD_PREFS, readDashboardPrefs, type DashboardPrefs } from '../../lib/dashboard/dashboard-prefs';
import { makeSecret } from '../../lib/dashboard/opaque-ref';
import type { TsmMeeting } from '../../lib/dashboard/tsm-pack';

/** The dashboard's settings (browser.storage.local), shared by its pages for the session. */
export const dashboardPrefs = signal<DashboardPrefs>(DEFAULT_DASHBOARD_PREFS);
let loaded: Promise<void> | null = null;

export function loadDashboardPrefs(): Promise<void> {
  loaded ??= browser.storage.local.get(DASHBOARD_PREFS_KEY).then((got) => {
    dashboardPrefs.value = readDashboardPrefs((got as Record<string, unknown>)[DASHBOARD_PREFS_KEY]);
  });
  return loaded;
}

export async function saveDashboardPrefs(patch: Partial<DashboardPrefs>): Promise<void> {
  const next = readDashboardPrefs({ ...dashboardPrefs.value, ...patch });
  await browser.storage.local.set({ [DASHBOARD_PREFS_KEY]: next });
  dashboardPrefs.value = next;
}

/**
 * The pack's secret and past meetings (references and statuses only). Kept in the extension's own
 * storage: never in the pack, the backup file or any page. Made on first use.
 */
const TSM_KEY = 'tsmPack';
interface TsmStore {
  secret: string;
  meetings: TsmMeeting[];
}

export async function loadTsmStore(): Promise<TsmStore> {
  const got = (await browser.storage.local.get(TSM_KEY)) as Record<string, unknown>;
  const v = got[TSM_KEY] as Partial<TsmStore> | undefined;
  if (v && typeof v.secret === 'string' && Array.isArray(v.meetings)) return { secret: v.secret, meetings: v.meetings };
  const fresh = { secret: makeSecret(), meetings: [] };
  await browser.storage.local.set({ [TSM_KEY]: fresh });
  return fresh;
}

/** Records this meeting (replacing one recorded earlier the same day). */
export async function saveTsmMeeting(m: TsmMeeting): Promise<TsmStore> {
  const cur = await loadTsmStore();
  const next = { ...cur, meetings: [...cur.meetings.filter((x) => x.date !== m.date), m].sort((a, b) => (a.date < b.date ? -1 : 1)) };
  await browser.storage.local.set({ [TSM_KEY]: next });
  return next;
}
