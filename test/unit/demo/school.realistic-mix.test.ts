import { beforeAll, describe, expect, it } from 'vitest';
import { generateSchool } from '../../../lib/demo/school';
import { isValidUpn } from '../../../lib/demo/upn';
import { buildCalendar } from '../../../lib/engine/calendar';
import { NATIONAL_CODES, isNationalCode } from '../../../lib/engine/codes';
import type { DemoPupil, DemoSchool } from '../../../lib/demo/types';

/** Counts over possible sessions, by the engine's own code table (rules §2 R-POSS, R-PA, R-SA). */
function absence(p: DemoPupil) {
  let possible = 0;
  let absent = 0;
  for (const m of p.marks) {
    if (!isNationalCode(m.code)) continue;
    const cat = NATIONAL_CODES[m.code].category;
    if (cat === 'notPossible') continue;
    possible++;
    if (cat === 'authorised' || cat === 'unauthorised') absent++;
  }
  return { possible, absent, pa: possible > 0 && 10 * absent >= possible, sa: possible > 0 && 2 * absent >= possible };
}

const LEGACY_ONLY = ['H', 'F', 'J', 'Y'];

describe.each([
  { seed: 1, asOf: '2026-11-23' },
  { seed: 77, asOf: '2027-03-01' },
])('demo school seed $seed as of $asOf', ({ seed, asOf }) => {
  let school: DemoSchool;
  beforeAll(() => {
    school = generateSchool({ seed, asOf });
  });

  it('has about 300 pupils in Y7–Y11 registration groups, with unique ids and valid unique UPNs', () => {
    expect(school.pupils.length).toBeGreaterThanOrEqual(295);
    expect(school.pupils.length).toBeLessThanOrEqual(310);
    expect(new Set(school.pupils.map((p) => p.ncYear))).toEqual(new Set([7, 8, 9, 10, 11]));
    for (const key of ['id', 'upn', 'arborId', 'bromcomId', 'admissionNumber'] as const) {
      expect(new Set(school.pupils.map((p) => p[key])).size).toBe(school.pupils.length);
    }
    expect(school.pupils.every((p) => isValidUpn(p.upn))).toBe(true);
    for (const p of school.pupils) expect(p.regGroup.startsWith(String(p.ncYear))).toBe(true);
  });

  it('gives DOBs inside each NC year birth window (1 Sep – 31 Aug)', () => {
    const start = Number(school.academicYear.slice(0, 4));
    for (const p of school.pupils) {
      expect(p.dob >= `${start - p.ncYear - 5}-09-01`).toBe(true);
      expect(p.dob <= `${start - p.ncYear - 4}-08-31`).toBe(true);
    }
  });

  it('gives every pupil 1–2 carers, at least one with parental responsibility, and invented contact details', () => {
    for (const p of school.pupils) {
      expect(p.carers.length).toBeGreaterThanOrEqual(1);
      expect(p.carers.length).toBeLessThanOrEqual(2);
      expect(p.carers.some((c) => c.parentalResponsibility)).toBe(true);
      for (const c of p.carers) {
        expect(c.phone).toMatch(/^(07700 900\d{3}|01632 960\d{3})$/);
        expect(c.email).toMatch(/@example\.(com|net|org)$/);
      }
    }
    const share = (f: (p: DemoPupil) => boolean) => school.pupils.filter(f).length / school.pupils.length;
    expect(share((p) => p.fsm)).toBeGreaterThan(0.12);
    expect(share((p) => p.sen !== 'none')).toBeGreaterThan(0.06);
    expect(share((p) => p.eal)).toBeGreaterThan(0.06);
    // A child in care lives with a foster carer, who does not hold parental responsibility.
    for (const p of school.pupils.filter((x) => x.cic)) {
      expect(p.carers[0]).toMatchObject({ relationship: 'Foster carer', parentalResponsibility: false, livesWithPupil: true });
    }
  });

  it('uses only 2024 national codes, and only on school days up to asOf, AM and PM each day', () => {
    const cal = buildCalendar(school.calendar);
    // Collected, then asserted once: an expect per mark would make this test slow.
    const problems: string[] = [];
    for (const p of school.pupils) {
      const seen = new Set<string>();
      for (const m of p.marks) {
        const where = `${p.id} ${m.date} ${m.session} ${m.code}`;
        if (!isNationalCode(m.code) || LEGACY_ONLY.includes(m.code)) problems.push(`not a 2024 code: ${where}`);
        if (!cal.isSchoolDay(m.date)) problems.push(`not a school day: ${where}`);
        if (m.date > school.asOf) problems.push(`after asOf: ${where}`);
        const k = `${m.date}|${m.session}`;
        if (seen.has(k)) problems.push(`duplicate: ${where}`);
        seen.add(k);
      }
      const days = new Set(p.marks.map((m) => m.date));
      if (seen.size !== days.size * 2) problems.push(`${p.id}: a day without both sessions`);
    }
    expect(problems).toEqual([]);
  });

  it('has the intended mix: ~20% persistent absentees, ~2% severe, most pupils at 93–99%', () => {
    const stats = school.pupils.map(absence);
    const n = stats.length;
    const pa = stats.filter((s) => s.pa).length / n;
    const sa = stats.filter((s) => s.sa).length / n;
    const band = stats.filter((s) => s.possible > 0 && (s.possible - s.absent) / s.possible >= 0.93 && (s.possible - s.absent) / s.possible <= 0.99).length / n;
    expect(pa).toBeGreaterThanOrEqual(0.16);
    expect(pa).toBeLessThanOrEqual(0.25);
    expect(sa).toBeGreaterThanOrEqual(0.01);
    expect(sa).toBeLessThanOrEqual(0.04);
    expect(band).toBeGreaterThanOrEqual(0.5);
  });

  it('contains the patterns the extension must find', () => {
    const codes = new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.code)));
    for (const c of ['/', '\\', 'L', 'U', 'I', 'M', 'G', 'N', 'O', 'C2', 'E', '#', 'Y4', 'V']) expect(codes, c).toContain(c);
    // INSET days and the snow day are whole-school.
    for (const c of school.wholeSchoolDays) {
      for (const p of school.pupils) {
        const on = p.marks.filter((m) => m.date === c.date);
        if (on.length) expect(on.map((m) => m.code)).toEqual([c.code, c.code]);
      }
    }
    expect(school.wholeSchoolDays.filter((c) => c.code === '#').length).toBeGreaterThanOrEqual(2);
    // Unresolved N codes in the last school days before asOf.
    const lastDays = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].sort().slice(-8);
    const withRecentN = school.pupils.filter((p) => p.marks.some((m) => m.code === 'N' && lastDays.includes(m.date)));
    expect(withRecentN.length).toBeGreaterThanOrEqual(3);
    // An illness streak of 15+ school days, a part-time timetable, a suspension.
    const longest = (p: DemoPupil, code: string) => {
      let best = 0;
      let run = 0;
      const byDate = new Map<string, string[]>();
      for (const m of p.marks) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m.code]);
      for (const [, cs] of [...byDate].sort()) {
        if (cs.every((c) => c === code)) best = Math.max(best, ++run);
        else if (!cs.every((c) => c === '#' || c === 'Y4')) run = 0;
      }
      return best;
    };
    expect(school.pupils.some((p) => longest(p, 'I') >= 15)).toBe(true);
    expect(school.pupils.filter((p) => p.marks.some((m) => m.code === 'C2')).length).toBeGreaterThanOrEqual(2);
    expect(school.pupils.some((p) => longest(p, 'E') >= 3)).toBe(true);
    expect(school.pupils.filter((p) => p.lateMinutes.length > 0).length).toBeGreaterThan(30);
  });

  it('has a mid-year joiner with no marks before admission and a leaver with none after leaving', () => {
    const joiner = school.pupils.find((p) => p.stories.includes('joiner'));
    const leaver = school.pupils.find((p) => p.leavingDate !== null);
    expect(joiner).toBeDefined();
    expect(leaver).toBeDefined();
    const firstTermDay = school.calendar.terms[0]!.start;
    expect(joiner!.admissionDate > firstTermDay).toBe(true);
    expect(joiner!.marks.length).toBeGreaterThan(0);
    expect(joiner!.marks.every((m) => m.date >= joiner!.admissionDate)).toBe(true);
    expect(joiner!.marks[0]!.date).toBe(joiner!.admissionDate);
    expect(leaver!.leavingDate! < school.asOf).toBe(true);
    expect(leaver!.marks.every((m) => m.date <= leaver!.leavingDate!)).toBe(true);
    expect(leaver!.marks.at(-1)!.date).toBe(leaver!.leavingDate);
  });
});
