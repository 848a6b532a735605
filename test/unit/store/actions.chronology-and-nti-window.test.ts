import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import { ntiPeriodEnd } from '../../../lib/store/actions';
import { addAction, chronology, dueBetween } from '../../../lib/store/actions-io';
import { freshDb } from './helpers';

describe('actions: the chronology', () => {
  it('NTI period end is the 20th school day after issue (D-NTI, vector 34: issued 16 Sep 2024 → ends 14 Oct 2024)', () => {
    const cal = buildCalendar(kentCalendar('2024/25'));
    expect(ntiPeriodEnd(cal, '2024-09-16')).toBe('2024-10-14');
    // Across half-term (28 Oct – 1 Nov 2024 is not school): issued Fri 18 Oct → 21–25 Oct (5), 4–8 Nov (10),
    // 11–15 Nov (15), 18–22 Nov (20).
    expect(ntiPeriodEnd(cal, '2024-10-18')).toBe('2024-11-22');
    expect(ntiPeriodEnd(cal, '2025-07-10')).toBeNull();
  });

  it('stores typed actions, sets dueOn, lists a pupil chronology in date order and what falls due', async () => {
    const c = freshDb();
    await addAction(c.db, { id: 'b', pupilId: 'p', kind: 'penalty-notice', stage: 'requested', date: '2024-10-20', createdAt: '2024-10-20T10:00:00Z' });
    await addAction(c.db, { id: 'a', pupilId: 'p', kind: 'notice-to-improve', date: '2024-09-16', periodEnd: '2024-10-14', createdAt: '2024-09-16T10:00:00Z' });
    await addAction(c.db, { id: 'c', pupilId: 'q', kind: 'attendance-contract', date: '2024-09-20', reviewOn: '2024-10-11', createdAt: '2024-09-20T10:00:00Z' });
    expect((await chronology(c.db, 'p')).map((x) => x.id)).toEqual(['a', 'b']);
    expect((await dueBetween(c.db, '2024-10-07', '2024-10-18')).map((x) => [x.id, x.dueOn])).toEqual([
      ['c', '2024-10-11'],
      ['a', '2024-10-14'],
    ]);
    await expect(addAction(c.db, { id: 'x', pupilId: 'p', kind: 'referral', date: '2024-13-01', to: 'LA', createdAt: '' } as never)).rejects.toThrow(/date/);
  });
});
