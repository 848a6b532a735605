import { describe, expect, it } from 'vitest';
import { ingestRead } from '../../../lib/store/ingest';
import { onTablesChanged } from '../../../lib/store/live';
import { freshDb, registerBatch } from './helpers';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('onTablesChanged', () => {
  it('is called for writes to the tables named, not for other tables or other databases, until stopped', async () => {
    const c = freshDb();
    const other = freshDb();
    // Opening (and creating) a database tells every table it changed: open both first.
    await Promise.all([c.db.open(), other.db.open()]);
    await settle();
    let marks = 0;
    let audit = 0;
    const stopMarks = onTablesChanged(c.db, ['marks'], () => marks++);
    const stopAudit = onTablesChanged(c.db, ['prefillAudit'], () => audit++);
    await ingestRead(other.db, registerBatch());
    await settle();
    expect(marks).toBe(0);
    await ingestRead(c.db, registerBatch());
    await settle();
    expect(marks).toBeGreaterThan(0);
    expect(audit).toBe(0);
    stopMarks();
    stopAudit();
    const seen = marks;
    const b = registerBatch({ seenAt: '2025-01-14T09:00:00Z' });
    b.marks = [{ pupilRef: 'a1', date: '2025-01-14', session: 'AM', code: '/' }];
    await ingestRead(c.db, b);
    await settle();
    expect(marks).toBe(seen);
  });
});
