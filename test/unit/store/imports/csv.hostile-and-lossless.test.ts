import { describe, expect, it } from 'vitest';
import { previewImport, type PreviewOptions } from '../../../../lib/store/imports/preview';
import type { ImportPreview } from '../../../../lib/store/imports/types';

const ok = (s: string, opts: PreviewOptions = {}): ImportPreview => {
  const out = previewImport(new TextEncoder().encode(s), opts);
  if (!out.ok) throw new Error(out.reason);
  return out.preview;
};
const HEAD = 'UPN,Surname,Forename,DOB,Week Beginning,Mon AM,Mon PM,Tue AM,Tue PM,Wed AM,Wed PM,Thu AM,Thu PM,Fri AM,Fri PM';
const WEEK = '/,\\,/,\\,/,\\,/,\\,/,\\';

describe('CSV dates: day first or month first is decided from the file, or asked — never guessed', () => {
  it('a month-first file (a week in June written 06/02/2025 … 06/06/2025) is asked about, with no marks', () => {
    const csv = ['Admission No,Name,DOB,Date,Session,Mark', ...['06/02/2025', '06/03/2025', '06/04/2025', '06/05/2025', '06/06/2025'].map((d) => `1001,Amelia Example,,${d},AM,/`)].join('\n');
    const p = ok(csv);
    expect(p.marks).toEqual([]);
    expect(p.dateOrder).toMatchObject({ order: null, how: 'ambiguous', line: 2 });
    expect(p.problems).toEqual([
      {
        line: 2,
        what: 'the dates can be read day first or month first: line 2 "06/02/2025" is Thu 6 February 2025 day first, Mon 2 June 2025 month first. Read month first, every register date falls on a school day; read day first, some fall at weekends — so the file looks month first. Choose the date order; nothing is imported until then',
      },
    ]);
    // Answered: read month first, the week in June.
    const answered = ok(csv, { dateOrder: 'mdy' });
    expect(answered.marks.map((m) => m.date)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06']);
    expect(answered.notes).toContain('dates are read month first (US), as chosen');
  });

  it('a date that only makes sense month first (a 13th "month") makes the file a question, not a row of errors', () => {
    const p = ok(`${HEAD}\nC886200125001,Example,Amelia,03/14/2016,09/08/2025,${WEEK}`);
    expect(p.marks).toEqual([]);
    expect(p.problems[0]!.what).toMatch(/Line 2 \("03\/14\/2016"\) only makes sense month first/);
  });

  it('day first proven by a day above 12 (a UK file): read with no question', () => {
    const p = ok(`${HEAD}\nC886200125001,Example,Amelia,14/03/2016,08/09/2025,${WEEK}`);
    expect(p.dateOrder).toMatchObject({ order: 'dmy', how: 'proven' });
    expect(p.marks[0]!.date).toBe('2025-09-08');
  });

  it('day first settled by the register: 08/09/2025 is a Monday day first, a Saturday month first', () => {
    const p = ok(`${HEAD}\nC886200125001,Example,Amelia,,08/09/2025,${WEEK}`);
    expect(p.dateOrder).toMatchObject({ order: 'dmy', how: 'school-days' });
    expect(p.marks).toHaveLength(10);
  });

  it('a file that reads either way (Thu 3 April or Tue 4 March) is asked about', () => {
    const p = ok('Admission No,Name,Date,Session,Mark\n1001,Amelia Example,03/04/2025,AM,/');
    expect(p.dateOrder?.order).toBeNull();
    expect(p.problems[0]!.what).toMatch(/"03\/04\/2025" is Thu 3 April 2025 day first, Tue 4 March 2025 month first\. Nothing in the file settles it/);
  });

  it('ISO dates need no question', () => {
    const p = ok('Admission No,Name,Date,Session,Mark\n1001,Amelia Example,2025-04-03,AM,/');
    expect(p.dateOrder).toMatchObject({ order: 'dmy', how: 'no-numeric-dates' });
    expect(p.marks).toHaveLength(1);
  });
});

describe('CSV rows are never read shifted', () => {
  it('a weekly row with an extra cell (an unquoted comma in a name) is a problem for that row, not imported', () => {
    const p = ok(`${HEAD}\nC886200125001,Example,Amelia,14/03/2016,08/09/2025,${WEEK}\nR886200125002,Sample, Jr,Oliver,02/11/2015,08/09/2025,${WEEK}`);
    expect(p.pupils.map((x) => x.key)).toEqual(['upn:C886200125001']);
    expect(p.marks).toHaveLength(10);
    expect(p.problems).toEqual([
      { line: 3, what: 'has 16 cells but the header has 15: a value probably holds an unquoted comma, so the cells cannot be matched to their columns; row not imported' },
    ]);
  });

  it('every row with the same empty trailing cell is an exporter habit: read, and said in the notes', () => {
    const p = ok(`${HEAD}\nC886200125001,Example,Amelia,14/03/2016,08/09/2025,${WEEK},\nR886200125002,Sample,Oliver,02/11/2015,08/09/2025,${WEEK},`);
    expect(p.marks).toHaveLength(20);
    expect(p.problems).toEqual([]);
    expect(p.notes).toContain('every row ends with an empty cell the header does not have; they were ignored');
  });
});

describe('CSV identity cells', () => {
  it('an admission number with a zero-width space or a no-break space is the same pupil, and the change is said', () => {
    const p = ok('Admission No,Name,Date,Session,Mark\n1001,Amelia Example,2025-09-08,AM,/\n1001\u200B,Amelia Example,2025-09-08,PM,\\\n\u00A01001,Amelia\u00A0Example,2025-09-09,AM,/');
    expect(p.pupils.map((x) => [x.key, x.name])).toEqual([['id:1001', 'Amelia Example']]);
    expect(p.marks).toHaveLength(3);
  });

  it('a zero-width space on the first sighting is removed and reported', () => {
    const p = ok('Admission No,Name,Date,Session,Mark\n1001\u200B,Amelia Example,2025-09-08,AM,/');
    expect(p.pupils[0]!.key).toBe('id:1001');
    expect(p.problems).toEqual([{ line: 2, what: 'admission number / MIS id "1001" held invisible or unusual space characters; they were removed' }]);
  });

  it('formula-looking cells (=, +, -, @) are kept as plain text and flagged, once per pupil', () => {
    const p = ok(
      'Admission No,Name,Reg Group,Date,Session,Mark\n1001,"=HYPERLINK(""http://example.invalid"",""x"")",@4B,2025-09-08,AM,/\n1001,"=HYPERLINK(""http://example.invalid"",""x"")",@4B,2025-09-08,PM,\\\n+44,Oliver Sample,-4C,2025-09-08,AM,/',
    );
    expect(p.pupils.map((x) => [x.key, x.name, x.regGroup])).toEqual([
      ['id:1001', '=HYPERLINK("http://example.invalid","x")', '@4B'],
      ['id:+44', 'Oliver Sample', '-4C'],
    ]);
    expect(p.problems.map((x) => [x.line, x.what.replace(/,.*$/, '')])).toEqual([
      [2, 'name "=HYPERLINK("http://example.invalid"'],
      [2, 'registration group "@4B" starts with "@"'],
      [4, 'admission number / MIS id "+44" starts with "+"'],
      [4, 'registration group "-4C" starts with "-"'],
    ]);
    expect(p.problems.every((x) => /like a spreadsheet formula; it is kept as plain text and never run/.test(x.what))).toBe(true);
  });
});
