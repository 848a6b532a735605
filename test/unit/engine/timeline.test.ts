/** Register data the engine must survive: bad dates, sessions, marks on non-school days, conflicts — never a throw. */
import { describe, expect, it } from 'vitest';
import { figuresFor } from '../../../lib/engine/figures';
import type { SessionMark } from '../../../lib/engine/types';
import { AUTUMN, evaluate, register } from './helpers';

describe('register problems become problems, not errors', () => {
  it('leaves out bad dates, bad sessions and attendance marks on non-school days, and counts them', () => {
    const marks = [
      ...register('2024-09-04', '2024-09-06'),
      { date: '2024-02-30', session: 'AM', code: '/' },
      { date: 'garbage', session: 'AM', code: '/' },
      { date: '2024-09-09', session: 'XX', code: '/' },
      { date: '2024-09-07', session: 'AM', code: '/' }, // Saturday
      { date: '2024-10-28', session: 'AM', code: '#' }, // half-term '#': expected, not a problem
    ] as unknown as SessionMark[];
    const e = evaluate(marks, '2024-09-13');
    expect(e.possibleSessions).toBe(6);
    const kinds = Object.fromEntries(e.problems.map((p) => [p.kind, p.count]));
    expect(kinds).toEqual({ invalidDate: 2, invalidSession: 1, markOnNonSchoolDay: 1 });
  });
  it('keeps the later of two different marks for one session and says so', () => {
    const marks: SessionMark[] = [...register('2024-09-04', '2024-09-04'), { date: '2024-09-04', session: 'AM', code: 'O' }];
    const e = evaluate(marks, '2024-09-04');
    expect(e.counts.unauthorised).toBe(1);
    expect(e.problems.map((p) => p.kind)).toEqual(['conflictingMarks']);
  });
  it('ignores marks dated after "as of" without a problem (planned absence)', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', { '2024-09-19': ['C', 'C'] }), '2024-09-13');
    expect(e.possibleSessions).toBe(16);
    expect(e.counts.authorised).toBe(0);
    expect(e.problems).toEqual([]);
  });
  it('leaves no state behind between pupils (shared scratch buffer)', () => {
    evaluate(register('2024-09-04', '2024-12-20', { '2024-10-01': ['O', 'O'] }), '2024-12-20');
    const e = evaluate(register('2024-09-04', '2024-09-06'), '2024-12-20');
    expect(e.counts).toEqual({ present: 6, aea: 0, authorised: 0, unauthorised: 0, notPossible: 0, missing: 0, unknown: 0 });
  });
  it('handles an empty calendar and asOf outside it', () => {
    const e = evaluate(register('2024-09-04', '2024-09-06'), '2023-01-01');
    expect(e.possibleSessions).toBe(0);
    expect(e.flags).toContain('NO_POSSIBLE_SESSIONS');
  });
});

describe('figuresFor (any date range)', () => {
  const marks = register('2024-09-04', '2024-11-15', { '2024-09-10': ['I', 'I'], '2024-11-12': ['L', 'U'] });
  it('counts only school days in the range', () => {
    const thisTerm = figuresFor(marks, AUTUMN, { from: '2024-11-04', to: '2024-11-15' });
    expect(thisTerm.possibleSessions).toBe(20);
    expect(thisTerm.late).toEqual({ L: 1, U: 1 });
    expect(thisTerm.attendanceExact).toBe('19/20');
    expect(thisTerm.coverage).toMatchObject({ schoolDaysOnRoll: 10, daysWithoutMarks: 0, complete: true });
  });
  it('clips to the pupil’s roll and reports gaps', () => {
    const f = figuresFor(marks, AUTUMN, { from: '2024-09-01', to: '2024-11-22', admissionDate: '2024-09-09' });
    expect(f.coverage).toMatchObject({ schoolDaysOnRoll: 50, daysWithMarks: 45, daysWithoutMarks: 5, complete: false });
    expect(f.counts.authorised).toBe(2);
  });
});

describe('garbage in, no throw', () => {
  it('survives nulls and non-strings where strings belong', () => {
    const marks = [null, { date: null, session: 'AM', code: '/' }, { date: '2024-09-04', session: 'AM', code: 7 }, { date: 20240904, session: 'PM', code: '/' }, ...register('2024-09-05', '2024-09-05')] as unknown as SessionMark[];
    const e = evaluate(marks, '2024-09-05');
    expect(e.counts).toMatchObject({ present: 2, unknown: 1 });
    expect(e.flags).toContain('UNKNOWN_CODE');
    expect(e.problems.find((p) => p.kind === 'invalidDate')?.count).toBe(2);
  });
});
