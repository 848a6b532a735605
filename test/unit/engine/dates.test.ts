import { describe, expect, it } from 'vitest';
import { addDays, addYears, compareIso, daysBetween, datesInWords, dueText, formatDayMonth, formatLong, formatShort, fromDayNumber, isIsoDate, mondayOf, toDayNumber, weekdayOf } from '../../../lib/engine/dates';

describe('dates', () => {
  it('round-trips day numbers across centuries and leap days', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2024-02-29', '2024-12-31', '2100-03-01', '1899-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(toDayNumber('1970-01-02')).toBe(1);
  });
  it('rejects dates that are not real', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '24-01-01', '2024-1-01', '2024-01-0x', '']) {
      expect(isIsoDate(bad)).toBe(false);
      expect(Number.isNaN(toDayNumber(bad))).toBe(true);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  it('knows weekdays and Monday-start weeks (D-SCHOOL-WEEK)', () => {
    expect(weekdayOf('2024-09-04')).toBe(3); // Wednesday
    expect(weekdayOf('2024-09-08')).toBe(7);
    expect(mondayOf('2024-09-08')).toBe('2024-09-02');
    expect(mondayOf('2024-09-09')).toBe('2024-09-09');
  });
  it('adds days and years, clamping 29 Feb', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-09-04', '2024-09-13')).toBe(9);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(compareIso('2024-09-04', '2024-10-01')).toBe(-1);
  });
  it('formats for sentences', () => {
    // Short dates on screen carry the weekday (en-GB, issue 16): "Tue 3 Sep", never "3 Sep" or an ISO date.
    expect(formatShort('2024-09-03')).toBe('Tue 3 Sep');
    expect(formatShort('2026-12-04')).toBe('Fri 4 Dec');
    expect(formatShort('2027-01-03')).toBe('Sun 3 Jan');
    expect(formatShort('2024-02-29')).toBe('Thu 29 Feb');
    // A week's label: day and month only (the weekday of a week's Monday says nothing).
    expect(formatDayMonth('2026-11-30')).toBe('30 Nov');
    expect(formatDayMonth('2027-01-04')).toBe('4 Jan');
    expect(formatLong('2024-09-03')).toBe('3 September 2024');
  });

  it('formatLong is the issue\'s long form: day, the month in full, year (no weekday, no leading zero, never ISO)', () => {
    expect(formatLong('2026-12-04')).toBe('4 December 2026');
    expect(formatLong('2024-02-29')).toBe('29 February 2024');
    const months = Array.from({ length: 12 }, (_, i) => formatLong(`2027-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual([
      '1 January 2027', '1 February 2027', '1 March 2027', '1 April 2027', '1 May 2027', '1 June 2027',
      '1 July 2027', '1 August 2027', '1 September 2027', '1 October 2027', '1 November 2027', '1 December 2027',
    ]);
    expect(formatShort('2026-12-04')).toBe('Fri 4 Dec');
  });
});

describe('dueText: a deadline said as the user reads it on the day', () => {
  it('before the day: due by, in full en-GB', () => {
    expect(dueText('2027-01-15', '2026-12-04')).toBe('due by 15 January 2027');
  });
  it('on the day: due today', () => {
    expect(dueText('2026-12-04', '2026-12-04')).toBe('due today (4 December 2026)');
  });
  it('after the day: overdue, from the first day it was late (never a past "due by")', () => {
    expect(dueText('2026-12-02', '2026-12-04')).toBe('overdue since 3 December 2026');
  });
});

describe('datesInWords: ISO dates in messages read in words on screen', () => {
  it('turns every real ISO date in a message into the long form', () => {
    expect(datesInWords('no mark for 2025-09-08 AM; first seen 2026-12-04')).toBe('no mark for 8 September 2025 AM; first seen 4 December 2026');
  });
  it('leaves what only looks like a date, and numbers, as they are', () => {
    expect(datesInWords('row 12: 2025-02-30 is not a date; UPN A123456789012')).toBe('row 12: 2025-02-30 is not a date; UPN A123456789012');
  });
});
