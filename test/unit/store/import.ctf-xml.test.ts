import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../lib/store/imports/preview';
import { fixture, kent2025, preview } from './fixture';

describe('CTF XML import', () => {
  it('reads identity, characteristics, contacts and two characters per day of marks', () => {
    const p = preview('ctf-good.xml', { calendar: kent2025() });
    expect(p.format).toBe('ctf-xml');
    expect(p.problems).toEqual([]);
    expect(p.school).toEqual({ name: 'Example Primary School', lea: '886', estab: '2001' });
    expect(p.range).toEqual({ from: '2025-09-02', to: '2025-09-19' });
    const amelia = p.pupils[0]!;
    expect(amelia).toMatchObject({
      key: 'upn:C886200125001',
      name: 'Amelia Example',
      legalSurname: 'Example',
      dob: '2016-03-14',
      sex: 'F',
      yearGroup: '4',
      sen: 'support',
      cic: false,
      marks: 28,
    });
    expect(amelia.contacts).toEqual([
      {
        order: 1,
        title: 'Ms',
        forename: 'Parent',
        surname: 'Example',
        relationship: 'PAM',
        parentalResponsibility: true,
        address: '1, Example Road, Exampleton',
        postcode: 'ZZ99 9ZZ',
        phones: [{ type: 'M', number: '07700 900000' }],
        email: 'parent@example.invalid',
      },
    ]);
    const on = (pupil: string, date: string) => p.marks.filter((m) => m.pupil === pupil && m.date === date).map((m) => m.code);
    expect(on('upn:C886200125001', '2025-09-10')).toEqual(['I', 'I']);
    expect(on('upn:C886200125001', '2025-09-11')).toEqual(['M', '\\']);
    // A whole-day ## is no session (weekend, INSET); a half-day # is kept as a mark.
    expect(on('upn:C886200125001', '2025-09-01')).toEqual([]);
    expect(on('upn:V886200125004', '2025-09-15')).toEqual(['G', '#']);
  });

  it('a truncated file: the complete pupils are offered, the cut is reported with its line', () => {
    const p = preview('ctf-truncated.xml');
    expect(p.pupils.map((x) => x.key)).toEqual(['upn:C886200125001']);
    expect(p.problems).toEqual([{ line: 53, what: expect.stringMatching(/cut off .* pupils up to line 50 can be imported/) }]);
  });

  it('a malformed file cannot be read: the reason names the line', () => {
    expect(previewImport(fixture('ctf-malformed.xml'))).toMatchObject({ ok: false, line: 56, reason: expect.stringMatching(/Expected closing tag 'Sex'/) });
  });

  it('checks the risky layout: two-character codes, odd length, unknown characters, SessionsPossible, other schools', () => {
    const p = preview('ctf-bad-marks.xml');
    expect(p.problems).toEqual([
      { line: 46, what: expect.stringMatching(/^AttendanceMarks character 32 \("C1", 2025-09-16\) looks like a two-character 2024 code/) },
      { line: 85, what: expect.stringMatching(/^AttendanceMarks has an odd number of characters \(41\)/) },
      { line: 85, what: 'AttendanceMarks character 5: unknown code "!" for 2025-09-03 AM; not imported' },
      { line: 85, what: expect.stringMatching(/^SessionsPossible says 99 but the marks add up to 26/) },
    ]);
    // Amelia's marks stop before the two-character code; nothing from the other school.
    expect(p.marks.filter((m) => m.pupil === 'upn:C886200125001').every((m) => m.date < '2025-09-16')).toBe(true);
    expect(p.marks.some((m) => m.date.startsWith('2024'))).toBe(false);
    expect(p.notes[0]).toMatch(/another school \(8862999\) were left out/);
  });
});
