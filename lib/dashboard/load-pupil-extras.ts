/**
 * What the pupil page shows beyond `loadPupil`: the pupil's changed marks and the date of their
 * earliest stored mark (which past academic years can be looked at). The Dexie shell; the words are
 * mark-revisions.ts.
 */
import { Dexie } from 'dexie';
import type { MarkRevisionRow } from '../store/rows';
import type { StoreDb } from '../store/schema';

export interface PupilExtras {
  revisions: MarkRevisionRow[];
  earliestMark: string | undefined;
}

export async function loadPupilExtras(db: StoreDb, pupilId: string): Promise<PupilExtras> {
  return db.transaction('r', [db.marks, db.markRevisions], async () => {
    const [revisions, first] = await Promise.all([
      db.markRevisions.where('[pupilId+date+session]').between([pupilId, Dexie.minKey, Dexie.minKey], [pupilId, Dexie.maxKey, Dexie.maxKey]).toArray(),
      db.marks.where('[pupilId+date+session]').between([pupilId, Dexie.minKey, Dexie.minKey], [pupilId, Dexie.maxKey, Dexie.maxKey]).first(),
    ]);
    return { revisions, earliestMark: first?.date };
  });
}
