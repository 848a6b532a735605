import { describe, expect, it } from 'vitest';
import { batchFromView } from '../../../lib/store/from-view';
import { ingestRead } from '../../../lib/store/ingest';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from './helpers';

const view = (over: Partial<RegisterView> = {}): RegisterView => ({
  reader: 'arbor-register',
  mis: 'arbor',
  confidence: 0.95,
  kind: 'take-register',
  context: { date: '2025-01-13', session: 'AM' },
  pupils: [
    { key: 'p1', name: 'Amelia Example', misId: '1001', characteristics: { fsm: true, sen: 'support' } },
    { key: 'p2', name: 'Oliver Sample', misId: '1002' },
  ],
  sessions: [{ date: '2025-01-13', session: 'AM' }],
  marks: [
    { pupil: 'p1', date: '2025-01-13', session: 'AM', code: '/', saved: true },
    { pupil: 'p2', date: '2025-01-13', session: 'AM', code: 'N', saved: false },
    { pupil: 'p2', date: '2025-01-13', session: 'PM', code: '', saved: true },
  ],
  problems: [],
  complete: true,
  ...over,
});

describe('RegisterView → stored batch', () => {
  it('stores saved, non-blank marks of a complete read, with characteristics as 0/1', async () => {
    const r = batchFromView(view(), { mis: 'arbor', seenAt: '2025-01-13T08:50:00Z' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.marks).toEqual([{ pupilRef: 'p1', date: '2025-01-13', session: 'AM', code: '/' }]);
    const c = freshDb();
    const res = await ingestRead(c.db, r.batch);
    expect(res).toMatchObject({ pupilsAdded: 2, marksAdded: 1 });
    expect(await c.db.pupils.get(res.pupilIds.p1!)).toMatchObject({ fsm: 1, sen: 'support', misKeys: ['arbor:1001'] });
  });
  it('refuses an incomplete read', () => {
    expect(batchFromView(view({ complete: false }), { mis: 'arbor', seenAt: '2025-01-13T08:50:00Z' })).toMatchObject({ ok: false });
  });
});
