import { describe, expect, it } from 'vitest';
import { ingestRead } from '../../../lib/store/ingest';
import { freshDb, registerBatch, marksOf } from './helpers';

describe('ingestRead: one transaction per read', () => {
  it('a failure while writing marks leaves pupils, marks and revisions as they were', async () => {
    const c = freshDb();
    const first = await ingestRead(c.db, registerBatch());
    const before = {
      pupils: await c.db.pupils.toArray(),
      marks: await marksOf(c.db).toArray(),
      revisions: await c.db.markRevisions.toArray(),
    };
    const b = registerBatch({ seenAt: '2025-01-20T09:00:00Z' });
    b.pupils.push({ ref: 'a4', misId: '1004', name: 'New Pupil', dob: '2015-01-01' });
    b.marks[1] = { pupilRef: 'a2', date: '2025-01-13', session: 'AM', code: 'I' };
    b.marks.push({ pupilRef: 'a4', date: '2025-01-20', session: 'AM', code: '/' });
    // Pupils are written first, then marks: fail on marks, i.e. mid-transaction after a write succeeded.
    c.failNextWriteTo('markYears');
    await expect(ingestRead(c.db, b)).rejects.toThrow(/forced failure writing markYears/);
    expect(c.writes.byTable.pupils).toBe(3 + 4);
    expect(await c.db.pupils.toArray()).toEqual(before.pupils);
    expect(await marksOf(c.db).toArray()).toEqual(before.marks);
    expect(await c.db.markRevisions.toArray()).toEqual(before.revisions);
    expect(await marksOf(c.db).get([first.pupilIds.a2!, '2025-01-13', 'AM'])).toMatchObject({ code: 'N' });
  });
});
