import { describe, expect, it } from 'vitest';
import { kent2025, preview } from './fixture';

describe('CSV import: one row per pupil per week (Mon AM … Fri PM)', () => {
  it('reads a good file: pupils by UPN, 10 sessions a row, ticks by session, title line skipped', () => {
    const p = preview('weekly-good.csv', { calendar: kent2025() });
    expect(p.format).toBe('csv-weekly');
    expect(p.needsMapping).toBe(false);
    expect(p.problems).toEqual([]);
    expect(p.range).toEqual({ from: '2025-09-08', to: '2025-09-19' });
    expect(p.pupils.map((x) => [x.key, x.name, x.dob, x.regGroup, x.marks])).toEqual([
      ['upn:C886200125001', 'Amelia Example', '2016-03-14', '4B', 20],
      ['upn:R886200125002', 'Oliver Sample', '2015-11-02', '4B', 20],
      ['upn:F886200125003', 'Zara Placeholder', '2016-02-29', '4C', 20],
    ]);
    const oliver = p.marks.filter((m) => m.pupil === 'upn:R886200125002' && m.date === '2025-09-10');
    expect(oliver.map((m) => [m.session, m.code, m.line])).toEqual([
      ['AM', 'N', 4],
      ['PM', 'N', 4],
    ]);
    expect(p.marks.find((m) => m.date === '2025-09-08' && m.session === 'PM')?.code).toBe('\\');
    expect(p.notes).toContain('line 1 above the header was skipped');
  });

  it('reports each bad row by line and reason, and keeps what is good', () => {
    const p = preview('weekly-bad.csv', { calendar: kent2025() });
    const byLine = (n: number) => p.problems.filter((x) => x.line === n).map((x) => x.what);
    expect(byLine(3)).toEqual(['column "Tue AM": unknown code "ZZ" for 2025-09-09 AM; not imported']);
    expect(byLine(4)[0]).toMatch(/2025-09-10 is not a Monday; row not imported/);
    expect(byLine(5)).toEqual(['repeats line 2 (10 marks the same, 2025-09-08 to 2025-09-12); counted once']);
    expect(byLine(8)).toEqual(
      expect.arrayContaining([expect.stringMatching(/"Fri AM": says N for 2025-09-12 AM, but line 7 says \/; neither imported/)]),
    );
    expect(byLine(9)[0]).toMatch(/cannot identify the pupil .*a name alone is never used/);
    expect(byLine(10)).toEqual(['2025-10-20 to 2025-10-24 is a holiday in your calendar, not a school day; 10 marks were not imported']);
    expect(byLine(11)[0]).toMatch(/has 9 of 16 columns \(cut off\?\)/);
    // Kept: Amelia's week (10), Oliver's week without the unknown code but with line 6's O (10),
    // Zara's week without the conflicting Friday (8), Amelia's truncated row (3 cells).
    expect(p.marks).toHaveLength(10 + 10 + 8 + 3);
    expect(p.marks.some((m) => m.date === '2025-09-12' && m.pupil === 'upn:F886200125003')).toBe(false);
    expect(p.marks.find((m) => m.pupil === 'upn:R886200125002' && m.date === '2025-09-09' && m.session === 'AM')).toMatchObject({ code: 'O', line: 6 });
  });

  it('without a calendar, only weekends are checked (half-term marks are kept)', () => {
    const p = preview('weekly-bad.csv');
    expect(p.problems.some((x) => x.line === 10)).toBe(false);
    expect(p.marks.filter((m) => m.date >= '2025-10-20' && m.date <= '2025-10-24')).toHaveLength(10);
  });
});
