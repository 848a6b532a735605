/**
 * What a restore does to the extension's settings (browser.storage.local), decided here so it can be
 * tested without a browser. Merge keeps every setting made here and adds the backup's others. Replace
 * makes the settings exactly the backup's: its keys written, and keys the backup does not hold removed
 * (a replace that left them would keep, say, a site or a band the backup never had). Backups made before
 * version 3 carried no settings at all: replacing from one of those leaves the settings alone, as "absent"
 * there means "not saved", not "none".
 */
export interface SettingsRestorePlan {
  set: Record<string, unknown>;
  remove: string[];
}

export function settingsRestorePlan(
  here: Record<string, unknown>,
  fromBackup: Record<string, unknown>,
  mode: 'merge' | 'replace',
  backupHasSettings: boolean,
): SettingsRestorePlan {
  if (!backupHasSettings) return { set: {}, remove: [] };
  if (mode === 'merge') return { set: Object.fromEntries(Object.entries(fromBackup).filter(([k]) => !(k in here))), remove: [] };
  return { set: { ...fromBackup }, remove: Object.keys(here).filter((k) => !(k in fromBackup)) };
}

/** Applies a plan: the backup's values first, then the removals, so a failure part-way never leaves fewer settings than either side had. */
export async function applySettingsRestore(
  storage: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> },
  plan: SettingsRestorePlan,
): Promise<void> {
  if (Object.keys(plan.set).length) await storage.set(plan.set);
  if (plan.remove.length) await storage.remove(plan.remove);
}
