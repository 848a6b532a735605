import { describe, expect, it } from 'vitest';
import { ingestRead } from '../../../lib/store/ingest';
import { freshDb, registerBatch, resetCount, marksOf } from './helpers';

describe('ingestRead: idempotent writes', () => {
  it('first read adds pupils and marks, and reports the writes it made', async () => {
    const c = freshDb();
    const r = await ingestRead(c.db, registerBatch());
    expect(r).toMatchObject({ pupilsAdded: 3, pupilsUpdated: 0, marksAdded: 3, marksChanged: 0, unchanged: 0, conflicts: [] });
    expect(r.writes).toBe(6);
    expect(c.writes.rows).toBe(6);
    expect(await marksOf(c.db).count()).toBe(3);
    const late = await marksOf(c.db).get([r.pupilIds.a3!, '2025-01-13', 'AM']);
    expect(late).toMatchObject({ code: 'L', minutesLate: 12, source: 'page:arbor/arbor-register', lastSeenOn: '2025-01-13' });
  });

  it('re-reading the same page on the same day writes 0 rows (counted below Dexie)', async () => {
    const c = freshDb();
    await ingestRead(c.db, registerBatch());
    resetCount(c);
    const again = await ingestRead(c.db, registerBatch({ seenAt: '2025-01-13T14:05:00Z' }));
    expect(again).toMatchObject({ pupilsAdded: 0, pupilsUpdated: 0, marksAdded: 0, marksChanged: 0, unchanged: 3, writes: 0 });
    expect(c.writes.rows).toBe(0);
  });

  it('re-reading on a later day only moves "last seen on" and keeps "first seen"', async () => {
    const c = freshDb();
    const first = await ingestRead(c.db, registerBatch());
    resetCount(c);
    const later = await ingestRead(c.db, registerBatch({ seenAt: '2025-01-14T08:50:00Z' }));
    expect(later).toMatchObject({ pupilsUpdated: 0, marksChanged: 0, unchanged: 3 });
    expect(c.writes.byTable.markYears).toBe(3);
    expect(c.writes.byTable.markRevisions ?? 0).toBe(0);
    const m = await marksOf(c.db).get([first.pupilIds.a1!, '2025-01-13', 'AM']);
    expect(m).toMatchObject({ firstSeen: '2025-01-13T08:50:00Z', lastSeenOn: '2025-01-14' });
    const p = await c.db.pupils.get(first.pupilIds.a1!);
    expect(p?.seen.yearGroup).toMatchObject({ firstSeen: '2025-01-13T08:50:00Z', lastSeenOn: '2025-01-14' });
  });

  it('rejects a malformed batch before touching the store', async () => {
    const c = freshDb();
    const bad = { ...registerBatch(), marks: [{ pupilRef: 'a1', date: '13/01/2025', session: 'AM', code: '/' }] };
    await expect(ingestRead(c.db, bad)).rejects.toThrow(/marks\.0\.date/);
    expect(c.writes.rows).toBe(0);
  });
});
