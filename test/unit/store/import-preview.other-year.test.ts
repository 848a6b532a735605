import { describe, expect, it } from 'vitest';
import { otherYearNote, previewImport } from '../../../lib/store/imports/preview';

describe('import preview: a file from another academic year says so', () => {
  it('is silent when every mark is from this year', () => {
    expect(otherYearNote({ from: '2026-09-03', to: '2026-12-01' }, '2026-12-04')).toBeNull();
    expect(otherYearNote(null, '2026-12-04')).toBeNull();
  });

  it('names last year and what happens to its marks', () => {
    expect(otherYearNote({ from: '2025-09-03', to: '2026-07-22' }, '2026-12-04')).toBe(
      'This file is from 2025/26, not this year (2026/27) — its marks show in past years, and flags for this year ignore them.',
    );
  });

  it('says which marks count when the file spans last year and this', () => {
    expect(otherYearNote({ from: '2026-06-01', to: '2026-10-01' }, '2026-12-04')).toBe(
      "This file holds marks from 2025/26 to 2026/27: only those of this year (2026/27) count towards this year's figures and flags; the others show in past years.",
    );
  });

  it('says a future year has not started', () => {
    expect(otherYearNote({ from: '2027-09-06', to: '2027-09-10' }, '2026-12-04')).toMatch(/^This file is from 2027\/28, a year that has not started/);
  });

  it('puts the note first in the preview of a last-year CSV', () => {
    const csv = 'UPN,Surname,Forename,Date,Session,Mark\nA123456789012,Smith,Ann,2025-10-06,AM,/\nA123456789012,Smith,Ann,2025-10-06,PM,O\n';
    const out = previewImport(new TextEncoder().encode(csv), { today: '2026-12-04' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.preview.range).toEqual({ from: '2025-10-06', to: '2025-10-06' });
    expect(out.preview.notes[0]).toMatch(/^This file is from 2025\/26, not this year/);
    const without = previewImport(new TextEncoder().encode(csv), {});
    expect(without.ok && without.preview.notes.some((n) => n.startsWith('This file'))).toBe(false);
  });
});
