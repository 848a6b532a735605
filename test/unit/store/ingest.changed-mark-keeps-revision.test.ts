import { describe, expect, it } from 'vitest';
import { ingestRead } from '../../../lib/store/ingest';
import { freshDb, registerBatch, resetCount, marksOf } from './helpers';

describe('ingestRead: a changed mark keeps the old one as a revision', () => {
  it('N changed to I six school days later is knowable', async () => {
    const c = freshDb();
    const first = await ingestRead(c.db, registerBatch());
    resetCount(c);
    const b = registerBatch({ seenAt: '2025-01-21T09:00:00Z' });
    b.marks[1] = { pupilRef: 'a2', date: '2025-01-13', session: 'AM', code: 'I' };
    const r = await ingestRead(c.db, b);
    expect(r).toMatchObject({ marksChanged: 1, unchanged: 2, marksAdded: 0 });
    const id = first.pupilIds.a2!;
    expect(await marksOf(c.db).get([id, '2025-01-13', 'AM'])).toMatchObject({ code: 'I', firstSeen: '2025-01-21T09:00:00Z' });
    const revs = await c.db.markRevisions.where('[pupilId+date+session]').equals([id, '2025-01-13', 'AM']).toArray();
    expect(revs).toEqual([
      expect.objectContaining({
        code: 'N',
        firstSeen: '2025-01-13T08:50:00Z',
        lastSeenOn: '2025-01-13',
        newCode: 'I',
        changedAt: '2025-01-21T09:00:00Z',
      }),
    ]);
  });

  it('a change of minutes late alone is a revision too; a source that hides minutes late changes nothing', async () => {
    const c = freshDb();
    const first = await ingestRead(c.db, registerBatch());
    const b = registerBatch({ seenAt: '2025-01-13T10:00:00Z' });
    b.marks[2] = { pupilRef: 'a3', date: '2025-01-13', session: 'AM', code: 'L', minutesLate: 15 };
    expect(await ingestRead(c.db, b)).toMatchObject({ marksChanged: 1 });
    const hidden = registerBatch({ seenAt: '2025-01-13T11:00:00Z' });
    hidden.marks[2] = { pupilRef: 'a3', date: '2025-01-13', session: 'AM', code: 'L' };
    expect(await ingestRead(c.db, hidden)).toMatchObject({ marksChanged: 0, writes: 0 });
    expect(await marksOf(c.db).get([first.pupilIds.a3!, '2025-01-13', 'AM'])).toMatchObject({ minutesLate: 15 });
    expect(await c.db.markRevisions.count()).toBe(1);
  });

  it('an import does not overwrite a different mark read from the MIS page; it reports it', async () => {
    const c = freshDb();
    const first = await ingestRead(c.db, registerBatch());
    const imp = registerBatch({ source: { kind: 'import', mis: 'arbor', importId: 'imp1' }, seenAt: '2025-02-01T12:00:00Z' });
    imp.marks = [{ pupilRef: 'a2', date: '2025-01-13', session: 'AM', code: 'O' }];
    const r = await ingestRead(c.db, imp);
    expect(r.marksChanged).toBe(0);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'mark', stored: 'N', incoming: 'O' })]);
    expect(await marksOf(c.db).get([first.pupilIds.a2!, '2025-01-13', 'AM'])).toMatchObject({ code: 'N' });
  });
});
