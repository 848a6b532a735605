import { describe, expect, it } from 'vitest';
import { ingestRead } from '../../../lib/store/ingest';
import { liveSignal } from '../../../lib/store/live';
import { freshDb, registerBatch, marksOf } from './helpers';

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  return cond();
};

describe('liveQuery → signals', () => {
  it('the signal follows the store and stops after dispose; errors go to their own signal', async () => {
    const c = freshDb();
    const count = liveSignal(() => marksOf(c.db).count());
    expect(await until(() => count.value.value === 0)).toBe(true);
    await ingestRead(c.db, registerBatch());
    expect(await until(() => count.value.value === 3)).toBe(true);
    count.dispose();
    const b = registerBatch({ seenAt: '2025-01-14T09:00:00Z' });
    b.marks = [{ pupilRef: 'a1', date: '2025-01-14', session: 'AM', code: '/' }];
    await ingestRead(c.db, b);
    await new Promise((r) => setTimeout(r, 50));
    expect(count.value.value).toBe(3);

    const failing = liveSignal(async () => {
      await marksOf(c.db).count();
      throw new Error('query failed');
    });
    expect(await until(() => failing.error.value !== undefined)).toBe(true);
    expect(failing.value.value).toBeUndefined();
    failing.dispose();
  });
});
