import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../lib/store/imports/preview';
import { fixture, preview } from './fixture';

describe('CSV import: one row per pupil-session, and one row per pupil-day', () => {
  it('reads codes through D-NORM (case, C2), minutes late, and present ticks by session', () => {
    const p = preview('sessions-good.csv');
    expect(p.format).toBe('csv-sessions');
    expect(p.problems).toEqual([]);
    expect(p.pupils.map((x) => [x.key, x.name, x.misId, x.dob])).toEqual([
      ['id:1001', 'Example, Amelia', '1001', '2016-03-14'],
      ['id:1002', 'Sample, Oliver', '1002', '2015-11-02'],
    ]);
    const codes = p.marks.map((m) => `${m.pupil} ${m.date} ${m.session} ${m.code}${m.minutesLate ? ` +${m.minutesLate}` : ''}`);
    expect(codes).toEqual([
      'id:1001 2025-09-08 AM /',
      'id:1001 2025-09-08 PM \\',
      'id:1001 2025-09-09 AM L +12',
      'id:1001 2025-09-09 PM \\',
      'id:1002 2025-09-08 AM N',
      'id:1002 2025-09-08 PM N',
      'id:1002 2025-09-09 AM C2',
      'id:1002 2025-09-09 PM C2',
    ]);
  });

  it('reads a tab-separated per-day file (Student ID, Date, AM, PM)', () => {
    const p = preview('days-good.tsv.csv');
    expect(p.format).toBe('csv-days');
    expect(p.marks.map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2025-09-08 AM /', '2025-09-08 PM \\', '2025-09-09 AM I', '2025-09-09 PM I']);
  });

  it('a Windows-1252 file is read and says so; guessed columns ask for the mapping step; bad rows by line', () => {
    const p = preview('sessions-bad-1252.csv');
    expect(p.encoding).toBe('windows-1252');
    expect(p.pupils[0]?.name).toBe('Zoë Dubois');
    expect(p.needsMapping).toBe(true);
    expect(p.columns?.find((c) => c.header === 'Legal Surname (pupil)')).toMatchObject({ field: 'surname', how: 'guessed' });
    expect(p.problems).toEqual([
      { line: 2, what: expect.stringMatching(/not UTF-8; it was read as Windows-1252/) },
      { line: 3, what: 'session "Evening" is not AM or PM; row not imported' },
      { line: 4, what: expect.stringMatching(/"31\/02\/2025" is not a date/) },
      { line: 5, what: '2025-09-13 is a weekend; the mark was not imported' },
    ]);
    expect(p.marks.map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2025-09-08 AM /', '2025-09-08 PM I']);
  });

  it('the mapping step: the user confirms or changes columns', () => {
    const out = previewImport(fixture('sessions-bad-1252.csv'), { mapping: { 0: 'surname', 1: 'forename' } });
    expect(out.ok && out.preview.columns?.slice(0, 2)).toEqual([
      { index: 0, header: 'Legal Surname (pupil)', field: 'surname', how: 'user' },
      { index: 1, header: 'First name', field: 'forename', how: 'user' },
    ]);
    expect(out.ok && out.preview.needsMapping).toBe(false);
    expect(out.ok && out.preview.marks).toHaveLength(2);
    // Unmapping the surname leaves no way to identify pupils: the preview says what is missing.
    const worse = previewImport(fixture('sessions-bad-1252.csv'), { mapping: { 0: null } });
    expect(worse.ok && worse.preview.needsMapping).toBe(true);
    expect(worse.ok && worse.preview.problems.find((x) => x.line === 1)?.what).toMatch(/missing a pupil column/);
    expect(worse.ok && worse.preview.marks).toHaveLength(0);
  });

  it('a CSV whose columns cannot be recognised needs the mapping step', () => {
    const csv = new TextEncoder().encode('Kid,When,What\nAmelia,08/09/2025,/\n');
    expect(previewImport(csv)).toMatchObject({ ok: false, reason: expect.stringMatching(/no header row/) });
    const mapped = previewImport(csv, { mapping: { 0: 'name', 1: 'date', 2: 'code' } });
    expect(mapped.ok && mapped.preview.problems[0]?.what).toMatch(/missing a session/);
  });

  it('files that are not CSV or CTF are refused with the reason', () => {
    expect(previewImport(fixture('workbook.xlsx'))).toMatchObject({ ok: false, reason: expect.stringMatching(/xlsx/) });
    expect(previewImport(new Uint8Array())).toMatchObject({ ok: false, reason: 'the file is empty' });
  });
});
