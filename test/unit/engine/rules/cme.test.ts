import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

describe('cme (R-CME, D-CME)', () => {
  it('19 days of O: referral due, 1(i) time not yet met; 20 days: met on the 20th', () => {
    const marks = register('2024-09-04', '2024-10-04', each('2024-09-09', '2024-10-04', ['O', 'O']));
    expect(evaluate(marks, '2024-10-03').cme).toEqual({ ongoingRunDays: 19, runStart: '2024-09-09', lastAttended: '2024-09-06', kentReferralDueBy: '2024-09-20', deletionGround1iTimeMetOn: null });
    const e = evaluate(marks, '2024-10-04');
    expect(e.cme.deletionGround1iTimeMetOn).toBe('2024-10-04');
    expect(e.flags).toEqual(expect.arrayContaining(['CME_RUN_ONGOING', 'CME_DELETION_TIME_MET']));
  });
  it('a run that ended is not ongoing; unrecorded days at the end do not end it', () => {
    const ended = evaluate(register('2024-09-04', '2024-09-20', { ...each('2024-09-09', '2024-09-19', ['O', 'O']) }), '2024-09-20');
    expect(ended.cme).toMatchObject({ ongoingRunDays: 0, runStart: null, kentReferralDueBy: null, lastAttended: '2024-09-20' });
    const unrecordedTail = evaluate(register('2024-09-04', '2024-09-13', each('2024-09-09', '2024-09-13', ['G', 'N'])), '2024-09-18');
    expect(unrecordedTail.cme).toMatchObject({ ongoingRunDays: 5, runStart: '2024-09-09' });
  });
  it('never attended: no last-attended date and no referral date', () => {
    const e = evaluate(register('2024-09-04', '2024-09-13', each('2024-09-04', '2024-09-13', ['O', 'O'])), '2024-09-13');
    expect(e.cme).toMatchObject({ ongoingRunDays: 8, lastAttended: null, kentReferralDueBy: null });
  });
  it('AEA counts as attending (last attended)', () => {
    const e = evaluate(register('2024-09-04', '2024-09-13', { ...each('2024-09-04', '2024-09-13', ['O', 'O']), '2024-09-10': ['V', 'V'] }), '2024-09-13');
    expect(e.cme).toMatchObject({ ongoingRunDays: 3, lastAttended: '2024-09-10', runStart: '2024-09-11' });
  });
});
