import { describe, expect, it } from 'vitest';
import { evaluate, register } from '../helpers';

describe('data-quality (D-NORM, D-CODESET, coverage)', () => {
  it('flags blank, unknown and legacy-after-cutover marks, leaving them out of figures', () => {
    const e = evaluate(register('2024-09-04', '2024-09-06', { '2024-09-05': ['', 'XYZ'], '2024-09-06': ['H', '\\'] }), '2024-09-06');
    expect(e.counts).toMatchObject({ missing: 1, unknown: 1, authorised: 1, present: 3 });
    expect(e.flags).toEqual(expect.arrayContaining(['MISSING_MARK', 'UNKNOWN_CODE', 'LEGACY_CODE_AFTER_CUTOVER']));
    expect(e.problems.find((p) => p.kind === 'unknownCode')?.examples).toEqual(['2024-09-05 PM “XYZ”']);
  });
  it('says how much of the year a figure stands on', () => {
    const e = evaluate(register('2024-09-16', '2024-09-27'), '2024-09-27');
    expect(e.coverage).toMatchObject({ schoolDaysOnRoll: 18, daysWithMarks: 10, daysWithoutMarks: 8, firstMarked: '2024-09-16', complete: false });
    expect(e.flags).toContain('INCOMPLETE_COVERAGE');
    expect(e.reasons.find((r) => r.id === 'PERSISTENT_ABSENCE')).toBeUndefined();
  });
  it('says when compulsory school age was assumed', () => {
    const e = evaluate(register('2024-09-04', '2024-09-06'), '2024-09-06', { pupil: {} });
    expect(e.compulsorySchoolAge).toMatchObject({ compulsory: true, assumed: true });
    expect(e.flags).toContain('CSA_ASSUMED');
  });
});
