import { describe, expect, it } from 'vitest';
import { backupDocument, makeBackup, readBackup, type Backup } from '../../../lib/store/backup';
import { exportBackup, restoreBackup } from '../../../lib/store/backup-io';
import { emptyYear } from '../../../lib/store/mark-years';
import { dumpAll, freshDb, seedStore } from './helpers';

/**
 * A replace restore reports progress as it writes, in many steps spread over the write (a user sees the bar move,
 * and a page closed half-way finds a mid value on screen), not once at the end nor in one burst.
 */
async function bigBackup(pupils: number): Promise<Backup> {
  const a = freshDb();
  await seedStore(a.db);
  const read = readBackup(JSON.parse(JSON.stringify(backupDocument(await exportBackup(a.db, '2025-02-02T12:00:00Z', {})))));
  if (!read.ok) throw new Error(read.reason);
  const t = read.backup.tables;
  const model = t.pupils[0]!;
  const more = Array.from({ length: pupils }, (_, i) => ({ ...model, id: `extra-${i}`, misKeys: [`test:extra-${i}`], upn: undefined, nameDob: undefined }));
  const years = more.map((p) => {
    const y = emptyYear(p.id, 2024);
    y.codes = ['/'];
    y.slots[0] = 1;
    y.seen = [{ source: 'test', firstSeen: '2024-09-02T08:00:00Z', lastSeenOn: '2024-09-02' }];
    y.seenIx[0] = 1;
    y.n = 1;
    return y;
  });
  return makeBackup({ ...t, pupils: [...t.pupils, ...more], markYears: [...t.markYears, ...years] }, '2025-02-02T12:00:00Z', {});
}

describe('a replace restore shows its progress in steps', () => {
  it('reports at least 20 rising shares, between the first and the last row written, ending at 1', async () => {
    const backup = await bigBackup(1200);
    const b = freshDb();
    await seedStore(b.db);
    const shares: number[] = [];
    await restoreBackup(b.db, backup, 'replace', { onProgress: (d) => shares.push(d) });
    const mids = shares.filter((d) => d > 0 && d < 1);
    expect(mids.length).toBeGreaterThanOrEqual(20);
    expect(shares).toEqual([...shares].sort((x, y) => x - y));
    expect(shares.at(-1)).toBe(1);
    // Spread over the write: some step lands in each quarter.
    for (const q of [0, 0.25, 0.5, 0.75]) expect(mids.some((d) => d >= q && d < q + 0.25)).toBe(true);
    expect(await b.db.pupils.count()).toBe(backup.tables.pupils.length);
    expect(await b.db.markYears.count()).toBe(backup.tables.markYears.length);
    expect((await dumpAll(b.db)).marks.filter((m) => m.pupilId.startsWith('extra-'))).toHaveLength(1200);
  }, 60_000);
});
