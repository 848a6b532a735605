import { adoptStoredSchool } from '../settings/school-details';
import type { StoreDb } from '../store/schema';
import type { SchoolSettingsRow } from '../store/rows';

/**
 * At start-up: the school's name, URN and DfE number, if an earlier version kept them in the store's
 * settings row, become the first school details (options: School and referrer details).
 */
export async function adoptStoredSchoolDetails(db: StoreDb): Promise<boolean> {
  try {
    const row = (await db.settings.get('school')) as SchoolSettingsRow | undefined;
    return await adoptStoredSchool(row);
  } catch (e) {
    console.warn('Attendance Lens: the school details in the store could not be carried over', e);
    return false;
  }
}
