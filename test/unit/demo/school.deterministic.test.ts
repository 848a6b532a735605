import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../../lib/demo/school';

describe('generateSchool is deterministic', () => {
  it('gives byte-identical JSON for the same seed and asOf', () => {
    const a = JSON.stringify(generateSchool({ seed: 1, asOf: '2026-11-23' }));
    const b = JSON.stringify(generateSchool({ seed: 1, asOf: '2026-11-23' }));
    expect(a.length).toBeGreaterThan(100_000);
    expect(a === b).toBe(true);
  });

  it('gives a different school for a different seed', () => {
    const a = generateSchool({ seed: 1, asOf: '2026-11-23' });
    const b = generateSchool({ seed: 2, asOf: '2026-11-23' });
    expect(a.pupils.map((p) => p.legalSurname)).not.toEqual(b.pupils.map((p) => p.legalSurname));
    expect(a.pupils.map((p) => p.upn)).not.toEqual(b.pupils.map((p) => p.upn));
    expect(JSON.stringify(a.pupils.map((p) => p.marks))).not.toEqual(JSON.stringify(b.pupils.map((p) => p.marks)));
  });

  it('keeps marks to the year of asOf and stops at asOf', () => {
    const s = generateSchool({ seed: 5, asOf: '2025-03-12' });
    expect(s.academicYear).toBe('2024/25');
    const dates = s.pupils.flatMap((p) => p.marks.map((m) => m.date));
    expect(dates.every((d) => d >= '2024-09-02' && d <= '2025-03-12')).toBe(true);
    expect(dates).toContain('2025-03-12');
  });

  it('copes with an asOf in the first days of term (few marks, no scripted events that do not fit)', () => {
    const s = generateSchool({ seed: 1, asOf: '2026-09-04' });
    const days = new Set(s.pupils.flatMap((p) => p.marks.map((m) => m.date)));
    expect([...days].sort()).toEqual(['2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04']);
    expect(s.pupils.some((p) => p.stories.includes('joiner'))).toBe(false);
  });

  it('refuses an asOf that is not a date, and years with no Kent calendar', () => {
    expect(() => generateSchool({ seed: 1, asOf: '2026-02-30' })).toThrow(/asOf/);
    expect(() => generateSchool({ seed: 1, asOf: '2031-01-10' })).toThrow(/term dates/);
  });
});
