/**
 * What the pupil page shows beyond `loadPupil`: the pupil's changed marks and the date of their
 * earliest stored mark (which past academic years can be looked at). The Dexie shell; the words are
 * mark-revisions.ts.
 */
import { Dexie } from 'dexie';
import { marksOfYear } from '../store/mark-years';
import type { MarkRevisionRow } from '../store/rows';
import type { StoreDb } from '../store/schema';

export interface PupilExtras {
  revisions: MarkRevisionRow[];
  earliestMark: string | undefined;
}

export async function loadPupilExtras(db: StoreDb, pupilId: string): Promise<PupilExtras> {
  return db.transaction('r', [db.markYears, db.markRevisions], async () => {
    const [revisions, years] = await Promise.all([
      db.markRevisions.where('[pupilId+date+session]').between([pupilId, Dexie.minKey, Dexie.minKey], [pupilId, Dexie.maxKey, Dexie.maxKey]).toArray(),
      // Year records sort by year: the first that holds a mark has the earliest one.
      db.markYears.where('[pupilId+year]').between([pupilId, Dexie.minKey], [pupilId, Dexie.maxKey]).toArray(),
    ]);
    const first = years.find((y) => y.n > 0);
    return { revisions, earliestMark: first ? marksOfYear(first)[0]?.date : undefined };
  });
}
