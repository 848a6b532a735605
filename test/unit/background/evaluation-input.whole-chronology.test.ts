import { describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import { contextFromActions, factsFromRow } from '../../../lib/background/evaluation-input';
import type { ActionRow } from '../../../lib/store/actions';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from '../store/helpers';

const at = '2026-01-01T00:00:00Z';
const call = (id: string, date: string): ActionRow => ({ id, pupilId: 'p', kind: 'call', date, createdAt: at });

describe('what the engine is told about a stored pupil', () => {
  it('keeps a notice to improve that is older than the last three actions', () => {
    const newestFirst: ActionRow[] = [
      call('c3', '2026-03-04'),
      call('c2', '2026-03-03'),
      call('c1', '2026-03-02'),
      { id: 'n', pupilId: 'p', kind: 'notice-to-improve', date: '2026-02-02', periodEnd: '2026-03-02', createdAt: at },
      { id: 'pn0', pupilId: 'p', kind: 'penalty-notice', stage: 'requested', date: '2026-01-10', createdAt: at },
      { id: 'pn1', pupilId: 'p', kind: 'penalty-notice', stage: 'withdrawn', date: '2026-01-12', createdAt: at },
    ];
    expect(contextFromActions(newestFirst)).toEqual({ ntiIssuedOn: '2026-02-02', penaltyNotices: [{ issuedOn: '2026-01-12', withdrawn: true }] });
  });

  it('takes dates from the stored row, and a page date of birth only when the row has none', () => {
    const row = { id: 'p', misKeys: [], seen: {}, admissionDate: '2025-09-03' };
    expect(factsFromRow(row, '2014-01-01')).toEqual({ dateOfBirth: '2014-01-01', admissionDate: '2025-09-03' });
    expect(factsFromRow({ ...row, dob: '2013-05-05' }, '2014-01-01')).toEqual({ dateOfBirth: '2013-05-05', admissionDate: '2025-09-03' });
  });

  it('the register read still shows only the three newest actions', async () => {
    const { db } = freshDb();
    const view: RegisterView = {
      reader: 'bromcom',
      mis: 'bromcom',
      confidence: 0.9,
      kind: 'take-register',
      context: { group: '7RB' },
      pupils: [{ key: 'k0', name: 'Ada Lovelace', misId: '100' }],
      sessions: [{ date: '2026-11-16', session: 'AM' }],
      marks: [{ pupil: 'k0', date: '2026-11-16', session: 'AM', code: '/', saved: true }],
      problems: [],
      complete: true,
    };
    const first = await handleRegisterRead({ url: 'https://mis.example/r', view, store: true }, { db, today: '2026-11-16', now: at });
    const pupilId = first.badges[0]!.pupilId!;
    await db.actions.bulkPut(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((d, i) => ({ ...call(`a${i}`, d), pupilId })));
    const again = await handleRegisterRead({ url: 'https://mis.example/r', view, store: false }, { db, today: '2026-11-16', now: at });
    expect(again.badges[0]!.lastActions.map((a) => a.date)).toEqual(['2026-11-05', '2026-11-04', '2026-11-03']);
  });
});
