import { describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from '../store/helpers';

const at = '2026-11-16T09:00:00Z';
const deps = { today: '2026-11-16', now: at } as const;

function view(codes: string[], saved = true): RegisterView {
  return {
    reader: 'bromcom',
    mis: 'bromcom',
    confidence: 0.9,
    kind: 'take-register',
    context: { group: '7RB' },
    pupils: codes.map((_, i) => ({ key: `k${i}`, name: `Pupil ${i}`, misId: `${100 + i}` })),
    sessions: [{ date: '2026-11-16', session: 'AM' }],
    marks: codes.map((code, i) => ({ pupil: `k${i}`, date: '2026-11-16', session: 'AM' as const, code, saved })),
    problems: [],
    complete: true,
  };
}

/** The IndexedDB transactions opened, by mode (Dexie's DBCore sees every one; nested ones reuse theirs). Call before the first use. */
function countTransactions(db: ReturnType<typeof freshDb>['db']) {
  const seen: string[] = [];
  db.use({ stack: 'dbcore', name: 'test-transaction-counter', create: (down) => ({ ...down, transaction: (stores, mode, o) => (seen.push(mode), down.transaction(stores, mode, o)) }) });
  return seen;
}

describe('a register page read again', () => {
  it('with nothing new: one read transaction, no writes, the same badges as the first read', async () => {
    const { db, writes } = freshDb();
    const seen = countTransactions(db);
    const first = await handleRegisterRead({ url: 'https://mis.example/r', view: view(['/', 'N', '\\']), store: true }, { db, ...deps });
    expect(first.stored.marksAdded).toBe(3);
    expect(seen).toContain('readwrite');
    const writesBefore = writes.rows;
    seen.length = 0;
    const again = await handleRegisterRead({ url: 'https://mis.example/r', view: view(['/', 'N', '\\']), store: true }, { db, ...deps });
    expect(seen).toEqual(['readonly']);
    expect(writes.rows).toBe(writesBefore);
    expect(again.stored).toEqual({ marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 });
    expect(again.badges).toEqual(first.badges);
  });

  it('with a changed mark: stored in a read-write transaction, with its revision, and the badge follows it', async () => {
    const { db } = freshDb();
    const seen = countTransactions(db); // before the database opens: Dexie builds its stack then
    await handleRegisterRead({ url: 'https://mis.example/r', view: view(['/', '/']), store: true }, { db, ...deps });
    seen.length = 0;
    const changed = await handleRegisterRead({ url: 'https://mis.example/r', view: view(['/', 'O']), store: true }, { db, ...deps });
    expect(seen).toContain('readwrite');
    expect(changed.stored.marksChanged).toBe(1);
    expect(await db.markRevisions.count()).toBe(1);
    // Read again unchanged: the stored mark is the changed one.
    const again = await handleRegisterRead({ url: 'https://mis.example/r', view: view(['/', 'O']), store: true }, { db, ...deps });
    expect(again.stored.marksChanged).toBe(0);
    expect(again.badges).toEqual(changed.badges);
  });

  it('a live edit (store: false) on a page never stored writes nothing and still answers a badge per pupil', async () => {
    const { db, writes } = freshDb();
    const seen = countTransactions(db);
    const answer = await handleRegisterRead({ url: 'https://mis.example/r', view: view(['O', '/'], false), store: false }, { db, ...deps });
    expect(seen.every((m) => m === 'readonly')).toBe(true);
    expect(writes.rows).toBe(0);
    expect(answer.badges).toHaveLength(2);
    expect(await db.pupils.count()).toBe(0);
  });
});
