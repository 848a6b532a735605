import { describe, expect, it } from 'vitest';
import type { SessionMark } from '../../../../lib/engine/types';
import { buildCalendar } from '../../../../lib/engine/calendar';
import { kentCalendar } from '../../../../lib/engine/calendars/kent';
import { each, evaluate, register } from '../helpers';

describe('pa-sa (R-PA, R-SA, D-EMPTY)', () => {
  // 20 sessions 4-17 Sep.
  it('just under PA: 1 absence in 20 is 95%', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', '\\'] }), '2024-09-17');
    expect([e.persistentAbsence, e.severeAbsence]).toEqual([false, false]);
    expect(e.flags).not.toContain('PERSISTENT_ABSENCE');
  });
  it('on PA: exactly 10% absence is PA, with the sentence', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', 'I'] }), '2024-09-17');
    expect(e.persistentAbsence).toBe(true);
    expect(e.reasons.find((r) => r.id === 'PERSISTENT_ABSENCE')?.text).toBe(
      '90.0% (18 of 20 possible sessions since Wed 4 Sep): 2 sessions missed, 10% or more (90% or below), persistent absence.',
    );
  });
  it('on SA: exactly 50% is SA and PA; just under (9 of 20) is PA only', () => {
    const half = evaluate(register('2024-09-04', '2024-09-17', each('2024-09-04', '2024-09-17', ['/', 'I'])), '2024-09-17');
    expect([half.persistentAbsence, half.severeAbsence]).toEqual([true, true]);
    expect(half.flags).toEqual(expect.arrayContaining(['PERSISTENT_ABSENCE', 'SEVERE_ABSENCE']));
    const under = evaluate(register('2024-09-04', '2024-09-17', { ...each('2024-09-04', '2024-09-16', ['/', 'I']) }), '2024-09-17');
    expect(under.counts.authorised).toBe(9);
    expect([under.persistentAbsence, under.severeAbsence]).toEqual([true, false]);
  });
  it('classifies on exact counts, not the displayed 90.0: 181/201 is not PA, 188/209 is', () => {
    const cal = buildCalendar(kentCalendar('2024/25'));
    const days = cal.days;
    const build = (n: number, absences: number) => {
      // n sessions: whole days, the last with AM only when n is odd; the first `absences` AM sessions are O.
      const marks: SessionMark[] = [];
      for (let i = 0; 2 * i < n; i++) {
        marks.push({ date: days[i]!, session: 'AM', code: i < absences ? 'O' : '/' });
        if (2 * i + 1 < n) marks.push({ date: days[i]!, session: 'PM', code: '\\' });
      }
      return evaluate(marks, days[Math.ceil(n / 2) - 1]!, { cal });
    };
    const notPa = build(201, 20);
    expect([notPa.attendanceExact, notPa.attendancePct, notPa.persistentAbsence]).toEqual(['181/201', 90, false]);
    const pa = build(209, 21);
    expect([pa.attendanceExact, pa.attendancePct, pa.persistentAbsence]).toEqual(['188/209', 90, true]);
  });
  it('empty register: no rates, no PA, NO_POSSIBLE_SESSIONS', () => {
    const e = evaluate([], '2024-09-13');
    expect(e).toMatchObject({ possibleSessions: 0, attendancePct: null, persistentAbsence: false, severeAbsence: false, flags: expect.arrayContaining(['NO_POSSIBLE_SESSIONS']) });
    expect(e.bands.kent).toBeNull();
    expect(e.recovery).toBeNull();
  });
});
