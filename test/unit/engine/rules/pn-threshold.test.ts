import { describe, expect, it } from 'vitest';
import { pnEscalation } from '../../../../lib/engine/rules/pn-threshold';
import { each, evaluate, register } from '../helpers';

describe('pn-threshold (R-PN, D-PN)', () => {
  it('9 sessions in a week: not met (just under)', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', { ...each('2024-09-09', '2024-09-12', ['G', 'G']), '2024-09-13': ['G', '\\'] }), '2024-09-20');
    expect(e.pnThreshold?.national).toMatchObject({ met: false, maxInWindow: 9 });
  });
  it('10 sessions: met on the day of the 10th, with the sessions and window', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', each('2024-09-09', '2024-09-13', ['G', 'G'])), '2024-09-20');
    const n = e.pnThreshold!.national;
    expect(n).toMatchObject({ met: true, metOn: '2024-09-13', maxInWindow: 10, window: { start: '2024-09-02', end: '2024-09-13' }, byCode: { G: 10, N: 0, O: 0, U: 0 } });
    expect(n.sessions).toHaveLength(10);
    expect(e.pnThreshold!.leaveOnly).toMatchObject({ met: true, metOn: '2024-09-13' });
    expect(e.reasons.find((r) => r.id === 'PN_THRESHOLD_MET')?.text).toMatch(/^Penalty-notice threshold met on Fri 13 Sep: 10 unauthorised sessions \(G 10, N 0, O 0, U 0\)/);
  });
  it('11 sessions: max 11, met date unchanged (just over)', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', { ...each('2024-09-09', '2024-09-13', ['O', 'O']), '2024-09-16': ['U', '\\'] }), '2024-09-20');
    expect(e.pnThreshold!.national).toMatchObject({ met: true, metOn: '2024-09-13', maxInWindow: 11 });
  });
  it('N sessions count nationally (provisional) but not for excludingN', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', { ...each('2024-09-09', '2024-09-11', ['O', 'O']), ...each('2024-09-16', '2024-09-19', ['N', '\\']) }), '2024-09-20');
    expect(e.pnThreshold!.national).toMatchObject({ met: true, metOn: '2024-09-19', byCode: { N: 4, O: 6 } });
    expect(e.pnThreshold!.excludingN).toMatchObject({ met: false, maxInWindow: 6 });
    expect(e.reasons.find((r) => r.id === 'PN_THRESHOLD_MET')?.text).toMatch(/4 are N .* provisional/);
  });
  it('the window slides: a session 10 school weeks back drops out', () => {
    // O on Wed 4 Sep (W1) and 9 more in W11 (18-22 Nov): W11's window is W2..W11.
    const e = evaluate(register('2024-09-04', '2024-11-22', { '2024-09-04': ['O', '\\'], ...each('2024-11-18', '2024-11-21', ['O', 'O']), '2024-11-22': ['O', '\\'] }), '2024-11-22');
    expect(e.pnThreshold!.national).toMatchObject({ met: false, maxInWindow: 9 });
  });
  it('not applicable to a pupil not of compulsory school age', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', each('2024-09-09', '2024-09-13', ['G', 'G'])), '2024-09-20', { pupil: { compulsorySchoolAge: false } });
    expect(e.pnThreshold).toBeNull();
    expect(e.flags).toContain('NOT_COMPULSORY_SCHOOL_AGE');
  });
});

describe('pn escalation (R-PN-ESCALATION)', () => {
  it('no notices recorded: not shown', () => {
    expect(pnEscalation(undefined, '2024-12-01')).toBeNull();
  });
  it('one notice: the next is a second notice at £160', () => {
    expect(pnEscalation([{ issuedOn: '2024-10-01' }], '2024-12-01')).toMatchObject({ noticesInPeriod: 1, next: 'second', limitReached: false, periodEnd: '2027-09-30' });
  });
  it('two notices within 3 years: limit reached; withdrawn and pre-2024 notices ignored', () => {
    const r = pnEscalation([{ issuedOn: '2024-10-01' }, { issuedOn: '2024-11-01', withdrawn: true }, { issuedOn: '2024-06-01' }, { issuedOn: '2025-01-10' }], '2025-02-01');
    expect(r).toMatchObject({ noticesInPeriod: 2, next: 'none', limitReached: true, ignored: { withdrawn: 1, before2024Rules: 1, invalidOrFuture: 0 } });
  });
  it('after the 3-year period a new period starts', () => {
    expect(pnEscalation([{ issuedOn: '2024-10-01' }, { issuedOn: '2025-01-10' }], '2027-10-01')).toMatchObject({ noticesInPeriod: 0, next: 'first', limitReached: false });
    expect(pnEscalation([{ issuedOn: '2024-10-01' }, { issuedOn: '2027-10-01' }], '2027-10-02')).toMatchObject({ noticesInPeriod: 1, periodStart: '2027-10-01' });
  });
});
