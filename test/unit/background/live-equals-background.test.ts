/**
 * One source of arithmetic (issue 10): after an unsaved edit, the page's live recompute and the
 * background's badge for the same marks agree on status, band, the fraction decision and the recovery
 * sentence, for built-in profiles and a school's own band edge of 92.25 (369/400 sits exactly on it).
 */
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/pupil/badges';
import { buildCalendar } from '../../../lib/engine/calendar';
import { profileFromDefinition } from '../../../lib/engine/custom-profile';
import { evaluatePupil } from '../../../lib/engine/evaluate';
import { KENT_PROFILE, type ThresholdProfile } from '../../../lib/engine/profiles';
import type { SessionMark } from '../../../lib/engine/types';
import { bandRulesFromProfile } from '../../../lib/pupil/band-rules';
import { applyUnsavedMarks } from '../../../lib/overlay/live';

const calendar = buildCalendar({
  terms: [
    { name: 'Autumn', start: '2024-09-02', end: '2024-12-20' },
    { name: 'Spring', start: '2025-01-06', end: '2025-04-04' },
    { name: 'Summer', start: '2025-04-22', end: '2025-07-22' },
  ],
  closures: [],
});

const CUSTOM = profileFromDefinition({
  name: 'Our bands',
  bands: [
    { label: 'Above 92.25%', nextStep: 'Keep it up.', from: { pct: 92.25, inclusive: false }, tone: 'good' },
    { label: 'Watch', nextStep: 'Talk to the family.', from: { pct: 90, inclusive: false }, tone: 'warn' },
    { label: 'Persistent', nextStep: 'Meet the family.', from: null, tone: 'severe' },
  ],
});

/** `days` school days from the start of the year, `absent` of their sessions O, the rest present. */
function marks(days: number, absentSessions: number): SessionMark[] {
  const out: SessionMark[] = [];
  calendar.schoolDays('2024-09-02', '2025-07-22').slice(0, days).forEach((date, i) => {
    out.push({ date, session: 'AM', code: 2 * i < absentSessions ? 'O' : '/' });
    out.push({ date, session: 'PM', code: 2 * i + 1 < absentSessions ? 'O' : '\\' });
  });
  return out;
}

function background(m: SessionMark[], profile: ThresholdProfile, onPageSessions: Record<string, string | null> = {}) {
  const asOf = m[m.length - 1]!.date;
  const evaluation = evaluatePupil({ marks: m, pupil: { compulsorySchoolAge: true } }, calendar, profile, asOf);
  return badgeFor({ key: 'k', name: 'Test Pupil', evaluation, profile, calendar, marks: m, includesUnsaved: false, lastActions: [], onPageSessions });
}

/** The stored marks' badge with the last session edited to `code` on screen, next to the background's badge for the edited marks. */
function both(days: number, absent: number, code: string, profile: ThresholdProfile) {
  const stored = marks(days, absent);
  const last = stored[stored.length - 1]!;
  const key = `${last.date}|${last.session}`;
  const base = background(stored, profile, { [key]: last.code });
  const live = applyUnsavedMarks(base, { [key]: code }, { asOf: last.date, bandRules: bandRulesFromProfile(profile) });
  const edited = stored.slice(0, -1).concat({ ...last, code });
  const bg = background(edited, profile);
  const pick = (b: typeof live) => ({ status: b.status, band: b.band?.id ?? null, attendance: b.attendance, recovery: b.recovery });
  return { live: pick(live), bg: pick(bg) };
}

describe('live recompute equals the background', () => {
  it('a custom edge of 92.25: 369/400 shows 92.3% with its fraction, in the band below, both ways', () => {
    const { live, bg } = both(200, 30, 'O', CUSTOM);
    expect(bg.attendance).toEqual({ attended: 369, possible: 400, display: '92.3', showFraction: true });
    expect(bg.band).toBe('CUSTOM_2');
    expect(live).toEqual(bg);
  });

  it('agrees across sizes, codes and profiles (status, band, fraction, recovery sentence)', () => {
    const seen = { recovery: 0, fraction: 0, statuses: new Set<string>() };
    for (const profile of [KENT_PROFILE, CUSTOM]) {
      for (const days of [10, 11, 25, 60, 200]) {
        for (const absent of [0, 1, 2, 5, 9, 13, 30, 80]) {
          for (const code of ['O', '/', 'I', 'X']) {
            if (absent > 2 * days - 1) continue;
            const { live, bg } = both(days, absent, code, profile);
            expect(live, `${profile.id} ${days} days, ${absent} absent, edit ${code}`).toEqual(bg);
            if (bg.recovery) seen.recovery++;
            if (bg.attendance.showFraction) seen.fraction++;
            seen.statuses.add(bg.status);
          }
        }
      }
    }
    // The grid reaches every part of the comparison: recovery sentences, fractions shown, each status.
    expect(seen.recovery).toBeGreaterThan(0);
    expect(seen.fraction).toBeGreaterThan(0);
    expect([...seen.statuses].sort()).toEqual(expect.arrayContaining(['PA', 'SA', 'ok']));
  });

  it('below 10 school days of history neither side gives a status word, band or recovery', () => {
    const { live, bg } = both(1, 0, 'O', KENT_PROFILE);
    expect(bg).toEqual({ status: 'building', band: null, attendance: { attended: 1, possible: 2, display: '50.0', showFraction: false }, recovery: null });
    expect(live).toEqual(bg);
  });
});

describe('the previous academic year raises nothing now', () => {
  it('a penalty-notice threshold met last year is not a marker this year', () => {
    // 2023/24 calendar too: marks from last summer term, "as of" in this autumn with a week of marks.
    const cal = buildCalendar({
      terms: [
        { name: 'Summer 2024', start: '2024-04-15', end: '2024-07-19' },
        { name: 'Autumn 2024', start: '2024-09-02', end: '2024-12-20' },
      ],
      closures: [],
    });
    const m: SessionMark[] = [];
    for (const date of cal.schoolDays('2024-04-15', '2024-07-19')) {
      m.push({ date, session: 'AM', code: date < '2024-06-01' ? '/' : 'O' }, { date, session: 'PM', code: date < '2024-06-01' ? '\\' : 'O' });
    }
    for (const date of cal.schoolDays('2024-09-02', '2024-09-13')) m.push({ date, session: 'AM', code: '/' }, { date, session: 'PM', code: '\\' });
    const asOf = '2024-09-13';
    const evaluation = evaluatePupil({ marks: m, pupil: { compulsorySchoolAge: true } }, cal, KENT_PROFILE, asOf);
    expect(evaluation.pnThreshold?.national.met).toBe(true); // the engine still knows, for the window
    const b = badgeFor({ key: 'k', name: 'P', evaluation, profile: KENT_PROFILE, calendar: cal, marks: m, includesUnsaved: false, lastActions: [], onPageSessions: {} });
    expect(b.markers).toEqual([]);
    expect(b.reasons.map((r) => r.id)).not.toContain('PN_THRESHOLD_MET');
    expect(b.attendance).toMatchObject({ attended: 20, possible: 20 });
  });
});
