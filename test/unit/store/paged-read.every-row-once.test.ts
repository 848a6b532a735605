import { describe, expect, it } from 'vitest';
import { forEachPage } from '../../../lib/store/paged-read';
import { emptyYear, setMarks } from '../../../lib/store/mark-years';
import { countMarks } from '../../../lib/store/marks-io';
import { findJoins } from '../../../lib/store/join-by-name-io';
import type { PupilRow } from '../../../lib/store/rows';
import { freshDb } from './helpers';

const pupil = (id: string, extra: Partial<PupilRow> = {}): PupilRow => ({ id, misKeys: [], seen: {}, ...extra });

describe('forEachPage', () => {
  it.each([0, 1, 4, 5, 6, 11])('visits each of %i rows once, in key order, in pages of at most 5', async (count) => {
    const { db } = freshDb();
    const ids = Array.from({ length: count }, (_, i) => `p${String(i).padStart(3, '0')}`);
    await db.pupils.bulkPut(ids.map((id) => pupil(id)));
    const pages: string[][] = [];
    await forEachPage(db.pupils, (r) => r.id, 5, (rows) => pages.push(rows.map((r) => r.id)));
    expect(pages.flat()).toEqual(ids);
    expect(pages.every((p) => p.length >= 1 && p.length <= 5)).toBe(true);
  });

  it('pages over compound keys: countMarks adds every year record of every pupil', async () => {
    const { db } = freshDb();
    const years = [];
    let expected = 0;
    for (let p = 0; p < 7; p++) {
      for (const y of [2024, 2025]) {
        const r = emptyYear(`p${p}`, y);
        const marks = Array.from({ length: p + 1 }, (_, i) => ({
          pupilId: `p${p}`,
          date: `${y}-09-${String(i + 1).padStart(2, '0')}`,
          session: 'AM' as const,
          code: '/',
          source: 'file:x',
          firstSeen: '2025-01-01T00:00:00Z',
          lastSeenOn: '2025-01-01',
        }));
        setMarks(r, marks);
        expected += marks.length;
        years.push(r);
      }
    }
    await db.markYears.bulkPut(years);
    // 14 records: more than one page of the 500 countMarks reads, so check the pager with a small page too.
    const seen: string[] = [];
    await forEachPage(db.markYears, (r) => [r.pupilId, r.year] as [string, number], 3, (rows) => seen.push(...rows.map((r) => `${r.pupilId}|${r.year}`)));
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
    expect(await countMarks(db)).toBe(expected);
  });
});

describe('findJoins without reading every pupil', () => {
  it('every pupil has a UPN: nothing to offer', async () => {
    const { db } = freshDb();
    await db.pupils.bulkPut([pupil('a', { upn: 'A123', displayName: 'Ava Smith', regGroup: '7A' }), pupil('b', { upn: 'B123', displayName: 'Ben Jones', regGroup: '7A' })]);
    expect(await findJoins(db)).toEqual([]);
  });

  it('a pupil with an empty UPN is still looked at (the fast path counts only real UPNs)', async () => {
    const { db } = freshDb();
    await db.pupils.bulkPut([
      pupil('a', { upn: 'A123', legalForename: 'Ava', legalSurname: 'Smith', regGroup: '7A' }),
      pupil('n', { upn: '', misKeys: ['arbor:name:https://x|7A|ava smith'], displayName: 'Ava Smith', regGroup: '7A' }),
    ]);
    const joins = await findJoins(db);
    expect(joins.map((j) => [j.byName.id, j.withUpn.id])).toEqual([['n', 'a']]);
  });
});
