import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupDocument, makeBackup, readBackup } from '../../../lib/store/backup';
import { clearBefore, cloneYear, marksOfYear, markYearOf, packMarks, slotOf } from '../../../lib/store/mark-years';
import type { MarkRow } from '../../../lib/store/rows';

/** Packing is lossless: any set of marks (codes, minutes late, provenance) comes back as it went in. */
const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 7, 20 + n)).toISOString().slice(0, 10));
const mark = fc.record({
  pupilId: fc.constantFrom('p1', 'p2'),
  date: day,
  session: fc.constantFrom('AM' as const, 'PM' as const),
  code: fc.constantFrom('/', '\\', 'N', 'L', 'I', 'ZQ', 'C1'),
  minutesLate: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  source: fc.constantFrom('page:arbor/arbor-register', 'import:a', 'import:b'),
  firstSeen: fc.constantFrom('2025-01-13T08:50:00Z', '2025-02-01T10:00:00Z'),
  lastSeenOn: fc.constantFrom('2025-01-13', '2025-03-01'),
});
const key = (m: MarkRow) => `${m.pupilId}|${m.date}|${m.session}`;
const clean = (m: MarkRow) => {
  const { minutesLate, ...rest } = m;
  return minutesLate === undefined ? rest : { ...rest, minutesLate };
};

describe('compact marks', () => {
  it('pack → unpack gives back every mark (last one wins per session), seeded', () => {
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 300 }), (marks) => {
        const last = new Map(marks.map((m) => [key(m), clean(m)]));
        const back = packMarks(marks).flatMap((r) => marksOfYear(r));
        expect(new Map(back.map((m) => [key(m), m]))).toEqual(last);
        expect(back.length).toBe(last.size);
      }),
      { seed: 11, numRuns: 300 },
    );
  }, 30_000);

  it('survives the backup file (slots as text) and retention cuts exactly at the date', () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 200 }), day, (marks, cut) => {
        const years = packMarks(marks);
        const pupils = ['p1', 'p2'].map((id) => ({ id, misKeys: [], seen: {} }));
        const b = makeBackup({ pupils, markYears: years, markRevisions: [], settings: [], actions: [], prefillAudit: [], importLog: [] }, 'now');
        const read = readBackup(JSON.parse(JSON.stringify(backupDocument(b))));
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.backup.tables.markYears.flatMap((r) => marksOfYear(r))).toEqual(years.flatMap((r) => marksOfYear(r)));
        const kept = years.map(cloneYear);
        kept.forEach((r) => clearBefore(r, cut));
        expect(kept.flatMap((r) => marksOfYear(r))).toEqual(years.flatMap((r) => marksOfYear(r)).filter((m) => m.date >= cut));
      }),
      { seed: 12, numRuns: 150 },
    );
  }, 30_000);

  it('slots: 1 September is slot 0 (AM) and 1 (PM) of its year; 31 August is the last day of the year before', () => {
    expect([markYearOf('2025-09-01'), slotOf('2025-09-01', 'AM'), slotOf('2025-09-01', 'PM')]).toEqual([2025, 0, 1]);
    expect([markYearOf('2025-08-31'), slotOf('2025-08-31', 'PM')]).toEqual([2024, 729]);
    expect(slotOf('2024-08-31', 'PM')).toBe(731); // a leap year's 366th day
  });
});
