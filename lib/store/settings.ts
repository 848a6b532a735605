import { settingsRowSchema } from './row-schemas';
import { rulesProblem } from './retention';
import type { RetentionSettingsRow, SchoolSettingsRow } from './rows';
import type { StoreDb } from './schema';

/** School and retention settings: read with defaults, validated before they are written. */

export async function readSchool(db: StoreDb): Promise<SchoolSettingsRow> {
  const row = await db.settings.get('school');
  return row?.key === 'school' ? row : { key: 'school' };
}

export async function saveSchool(db: StoreDb, row: SchoolSettingsRow): Promise<void> {
  const r = settingsRowSchema.safeParse(row);
  if (!r.success) throw new Error(`School settings not saved: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  await db.settings.put(row);
}

export async function saveRetention(db: StoreDb, row: RetentionSettingsRow): Promise<void> {
  const bad = rulesProblem(row);
  if (bad) throw new Error(`Retention not saved: ${bad}`);
  const r = settingsRowSchema.safeParse(row);
  if (!r.success) throw new Error(`Retention not saved: ${r.error.issues[0]?.message}`);
  await db.settings.put(row);
}
