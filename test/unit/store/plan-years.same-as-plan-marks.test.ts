import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedMarks } from '../../../lib/store/imports/packed-marks';
import { marksOfYear, packMarks, type MarkYearRow } from '../../../lib/store/mark-years';
import { planMarks, type IncomingMark } from '../../../lib/store/plan-marks';
import { planYear } from '../../../lib/store/plan-years';
import type { MarkRow } from '../../../lib/store/rows';

/**
 * An import's packed marks are planned record by record (plan-years.ts) instead of mark by mark (plan-marks.ts):
 * for any stored year and any incoming marks, the record written, the counts, the revisions and the conflicts
 * must be the same as planMarks + packMarks give.
 */
// A few weeks at either end of the year, so stored and incoming marks often share a session.
const day = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 352, max: 364 })).map((n) => new Date(Date.UTC(2025, 8, 1 + n)).toISOString().slice(0, 10));
const code = fc.constantFrom('/', '\\', 'N', 'L', 'I', 'C1', 'U');
const stored = fc.record({
  date: day,
  session: fc.constantFrom('AM' as const, 'PM' as const),
  code,
  minutesLate: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  source: fc.constantFrom('page:arbor/arbor-register', 'import:a', 'import:b'),
  firstSeen: fc.constantFrom('2025-09-13T08:50:00Z', '2025-10-01T10:00:00Z'),
  lastSeenOn: fc.constantFrom('2025-09-13', '2025-10-01', '2025-12-01'),
});
const incoming = fc.record({
  date: day,
  session: fc.constantFrom('AM' as const, 'PM' as const),
  code,
  minutesLate: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
});
const ctx = { source: 'import:new', sourceKind: 'import' as const, seenAt: '2025-12-01T09:00:00Z', day: '2025-12-01' };
const slotKey = (m: { date: string; session: string }) => `${m.date}|${m.session}`;
const byKey = <T extends { date: string; session: string }>(xs: T[]) => new Map(xs.map((x) => [slotKey(x), x]));

describe('planning an import by year record', () => {
  it('gives the same record, counts, revisions and conflicts as planning mark by mark, seeded', () => {
    fc.assert(
      fc.property(fc.array(stored, { maxLength: 80 }), fc.array(incoming, { maxLength: 120 }), fc.boolean(), (old, inc, hasStored) => {
        const oldRows: MarkRow[] = [...byKey(old.map((m) => ({ pupilId: 'p1', ...m, ...(m.minutesLate === undefined ? { minutesLate: undefined } : {}) }))).values()].map(
          ({ minutesLate, ...m }) => (minutesLate === undefined ? m : { ...m, minutesLate }),
        );
        const storedYear: MarkYearRow | undefined = hasStored && oldRows.length ? packMarks(oldRows)[0] : undefined;
        // An import's marks: one per session (the collector drops a session's two different marks).
        const unique = [...byKey(inc).values()].map(({ minutesLate, ...m }) => (minutesLate === undefined ? m : { ...m, minutesLate }));
        const packed = PackedMarks.fromList(unique.map((m, i) => ({ pupil: 'r1', ...m, line: i + 2 })));

        const list: IncomingMark[] = unique.map((m) => ({ ref: 'r1', pupilId: 'p1', ...m }));
        const storedMap = new Map(storedYear ? marksOfYear(storedYear).map((m) => [`p1|${m.date}|${m.session}`, m]) : []);
        const want = planMarks(list, storedMap, ctx);
        const wantRecord = want.puts.length ? packMarks(want.puts, new Map(storedYear ? [['p1|2025', storedYear]] : []))[0]! : null;

        const got = packed.years.length
          ? planYear('p1', 'r1', packed.years[0]!, packed.codes, storedYear, ctx)
          : { record: null, revisions: [], conflicts: [], added: 0, changed: 0, unchanged: 0 };
        expect({ added: got.added, changed: got.changed, unchanged: got.unchanged }).toEqual({ added: want.added, changed: want.changed, unchanged: want.unchanged });
        expect(got.record ? marksOfYear(got.record) : null).toEqual(wantRecord ? marksOfYear(wantRecord) : null);
        if (got.record) expect(got.record.n).toBe(wantRecord!.n);
        expect(byKey(got.revisions)).toEqual(byKey(want.revisions));
        expect(byKey(got.conflicts)).toEqual(byKey(want.conflicts));
      }),
      { seed: 7, numRuns: 400 },
    );
  }, 60_000);
});
