import { describe, expect, it } from 'vitest';
import { parseSchoolIcs, specFromProposal } from '../../../lib/dashboard/calendar-ics';
import { buildCalendar, customCalendar } from '../../../lib/engine/calendar';

const ics = (events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//School//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const ev = (summary: string, start: string, end: string, extra = '') =>
  ['BEGIN:VEVENT', `UID:${summary}-${start}`, `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, ...(extra ? [extra] : []), 'END:VEVENT'].join('\r\n');

describe('term dates from an .ics file', () => {
  it('reads terms, INSET days and holidays; all-day ends are exclusive; everything else is listed as left out', () => {
    const p = parseSchoolIcs(
      ics([
        ev('Autumn Term 1', '20250903', '20251018'),
        ev('INSET day', '20250902', '20250903'),
        ev('Half Term', '20251020', '20251101'),
        ev('Autumn Term 2', '20251103', '20251220'),
        ev('Staff training day', '20251219', '20251220'),
        ev('Sports day', '20250710', '20250711'),
        ev('Weekly assembly', '20250908', '20250909', 'RRULE:FREQ=WEEKLY'),
      ]),
    );
    expect(p.terms).toEqual([
      { name: 'Autumn Term 1', start: '2025-09-03', end: '2025-10-17', sources: ['ics'] },
      { name: 'Autumn Term 2', start: '2025-11-03', end: '2025-12-19', sources: ['ics'] },
    ]);
    expect(p.closures.map((c) => [c.date, c.reason])).toEqual([
      ['2025-09-02', 'INSET day'],
      ['2025-12-19', 'Staff training day'],
    ]);
    expect(p.holidays).toEqual([{ title: 'Half Term', start: '2025-10-20', end: '2025-10-31' }]);
    expect(p.leftOut).toEqual([
      { title: 'Sports day', why: 'its title does not say term, holiday, INSET or closure' },
      { title: 'Weekly assembly', why: 'it repeats; term dates and closures are one-off events' },
    ]);
    const spec = customCalendar(specFromProposal(p, 'school.ics'));
    const cal = buildCalendar(spec);
    expect(cal.isSchoolDay('2025-12-19')).toBe(false);
    expect(cal.isSchoolDay('2025-12-18')).toBe(true);
    expect(cal.problems).toEqual([]);
  });

  it('a file that is not a calendar gets a clear message', () => {
    expect(() => parseSchoolIcs('hello')).toThrow(/not a calendar file that can be read/);
    expect(() => parseSchoolIcs(ics([]))).toThrow('The calendar file has no events.');
  });
});
