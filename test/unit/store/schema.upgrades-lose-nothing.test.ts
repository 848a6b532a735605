import { LATEST_VERSION } from '../../../lib/store/schema';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { dumpAll, freshDb, marksOf, seedStore } from './helpers';
import { loadStore } from '../../../lib/dashboard/load-store';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import type { MarkRevisionRow, MarkRow } from '../../../lib/store/rows';

/**
 * Real-looking v2 contents written the way v2 wrote them (one row per mark): two pupils, a year of marks
 * with minutes late, provenance from page reads and an import (first and last seen differ by mark), a mark
 * that changed (its revision), weekend and pre-September marks, actions, settings, an import log entry.
 */
function v2Rows(): { marks: MarkRow[]; revisions: MarkRevisionRow[] } {
  const marks: MarkRow[] = [];
  const codes = ['/', '\\', 'N', 'L', 'I', 'M', 'C', 'U', 'ZQ'];
  for (const [pi, pupilId] of ['p-a', 'p-b'].entries()) {
    for (let d = 0; d < 400; d++) {
      const date = new Date(Date.UTC(2024, 6, 1 + d)).toISOString().slice(0, 10);
      for (const session of ['AM', 'PM'] as const) {
        if ((d + pi) % 7 === 3) continue; // gaps
        const code = codes[(d * 3 + pi + (session === 'PM' ? 1 : 0)) % codes.length]!;
        const fromPage = d % 5 < 2;
        marks.push({
          pupilId,
          date,
          session,
          code,
          ...(code === 'L' || code === 'U' ? { minutesLate: (d % 40) + 1 } : {}),
          source: fromPage ? 'page:arbor/arbor-register' : 'import:imp-1',
          firstSeen: fromPage ? `${date}T08:${String(40 + (d % 19)).padStart(2, '0')}:00Z` : '2025-02-01T10:00:00Z',
          lastSeenOn: fromPage ? date : '2025-02-01',
        });
      }
    }
  }
  const revisions: MarkRevisionRow[] = [
    { id: 'p-a|2025-01-13|AM|2025-01-20T09:00:00Z', pupilId: 'p-a', date: '2025-01-13', session: 'AM', code: 'N', source: 'page:arbor/arbor-register', firstSeen: '2025-01-13T08:50:00Z', lastSeenOn: '2025-01-13', newCode: 'I', newSource: 'page:arbor/arbor-register', changedAt: '2025-01-20T09:00:00Z' },
  ];
  return { marks, revisions };
}

describe('schema upgrades', () => {
  it('v1 → latest: a database written by v1 opens with every row, the actions get dueOn', async () => {
    const factory = new IDBFactory();
    const v1 = freshDb({ factory, name: 'upgrade1', upTo: 1 });
    await v1.db.marks.bulkPut(v2Rows().marks);
    await v1.db.actions.put({ id: 'act-2', pupilId: 'p-a', kind: 'notice-to-improve', date: '2024-09-16', periodEnd: '2024-10-14', createdAt: '2024-09-16T12:00:00Z' });
    const marks = await v1.db.marks.toArray();
    v1.db.close();
    const now = freshDb({ factory, name: 'upgrade1' });
    expect(await marksOf(now.db).toArray()).toEqual(marks.sort((a, b) => (a.pupilId + a.date + a.session).localeCompare(b.pupilId + b.date + b.session)));
    expect((await now.db.actions.get('act-2'))?.dueOn).toBe('2024-10-14');
  }, 30_000);

  it('v2 → v3: every mark with its code, minutes late and provenance, every revision, action and setting survive packing', async () => {
    const factory = new IDBFactory();
    const v2 = freshDb({ factory, name: 'upgrade2', upTo: 2 });
    const { marks, revisions } = v2Rows();
    await v2.db.marks.bulkPut(marks);
    await v2.db.markRevisions.bulkPut(revisions);
    await v2.db.pupils.bulkPut([
      { id: 'p-a', misKeys: ['arbor:1001'], displayName: 'Amelia Example', dob: '2012-03-02', seen: {} },
      { id: 'p-b', misKeys: ['arbor:1002'], upn: 'A123456789012', displayName: 'Oliver Sample', seen: {} },
    ]);
    await v2.db.actions.bulkPut([
      { id: 'act-1', pupilId: 'p-a', kind: 'call', date: '2025-01-13', createdAt: '2025-01-13T10:00:00Z', with: 'mother', outcome: 'ill' },
      { id: 'act-3', pupilId: 'p-b', kind: 'penalty-notice', stage: 'issued', date: '2024-11-01', payBy: '2024-11-29', dueOn: '2024-11-29', createdAt: '2024-11-01T12:00:00Z' },
    ]);
    await v2.db.settings.bulkPut([
      { key: 'school', name: 'Example Secondary School', urn: '123456', calendar: { terms: [{ name: 'Autumn', start: '2024-09-04', end: '2024-12-20' }], closures: [] } },
      { key: 'retention', enabled: 1, leftMonths: 12, markYears: 3 },
    ]);
    await v2.db.importLog.put({ id: 'imp-1', at: '2025-02-01T10:00:00Z', fileName: 'history.csv', format: 'csv-sessions', encoding: 'utf-8', pupilsAdded: 2, pupilsUpdated: 0, marksAdded: 500, marksChanged: 0, unchanged: 0, problems: 0, conflicts: 0 });
    const before = {
      pupils: await v2.db.pupils.orderBy('id').toArray(),
      marks: (await v2.db.marks.toArray()).sort((a, b) => (a.pupilId + a.date + a.session).localeCompare(b.pupilId + b.date + b.session)),
      markRevisions: await v2.db.markRevisions.orderBy('id').toArray(),
      settings: await v2.db.settings.orderBy('key').toArray(),
      actions: await v2.db.actions.orderBy('id').toArray(),
      prefillAudit: [],
      importLog: await v2.db.importLog.orderBy('id').toArray(),
    };
    expect(before.marks.length).toBeGreaterThan(1300);
    v2.db.close();

    const v3 = freshDb({ factory, name: 'upgrade2' });
    expect(await dumpAll(v3.db)).toEqual(before);
    // Opened at the latest version (v4 added the lock and audit tables, no change to these rows).
    expect(v3.db.verno).toBe(LATEST_VERSION);
    expect(v3.db.tables.map((t) => t.name)).not.toContain('marks');
    // 2 pupils × 2 academic years (July–August 2024 belongs to 2023/24).
    expect(await v3.db.markYears.count()).toBe(4);
    // And the dashboard reads them.
    const loaded = await loadStore(v3.db, { id: 'kent' }, '2025-02-03', { cache: false });
    const list = summarisePupils(loaded, loaded.setup);
    expect(list.map((s) => s.name).sort()).toEqual(['Amelia Example', 'Oliver Sample']);
    expect(list.every((s) => s.marks.length > 200)).toBe(true);
  }, 30_000);

  it('v4 → v5: every row of every table survives as it was; the list cache starts empty and fills', async () => {
    const factory = new IDBFactory();
    const v4 = freshDb({ factory, name: 'upgrade4', upTo: 4 });
    await seedStore(v4.db);
    // What v4 held beyond the seed: cached assessments, the lock row, the audit log.
    await loadStore(v4.db, { id: 'kent' }, '2025-02-03');
    await new Promise((r) => setTimeout(r, 50)); // the cache write is not awaited by loadStore
    await v4.db.lock.put({ key: 'lock', locked: null } as never);
    await v4.db.auditLog.put({ id: 'audit-1', at: '2025-02-03T10:00:00Z', kind: 'export', what: 'Named pupil list saved as CSV', pupils: 4 });
    const raw = async (db: typeof v4.db) =>
      Object.fromEntries(await Promise.all(['pupils', 'markYears', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog', 'assessments', 'lock', 'auditLog'].map(async (t) => [t, await db.table(t).toArray()] as const))) as Record<string, { id?: string }[]>;
    const before = await raw(v4.db);
    expect(before.markYears!.length).toBeGreaterThan(0);
    expect(before.assessments!.length).toBe(4);
    expect(v4.db.tables.map((t) => t.name)).not.toContain('listRows');
    v4.db.close();

    const v5 = freshDb({ factory, name: 'upgrade4' });
    expect(await raw(v5.db)).toEqual(before);
    expect(v5.db.verno).toBe(LATEST_VERSION);
    expect(await v5.db.listRows.count()).toBe(0);
    const { loadList } = await import('../../../lib/dashboard/list-cache');
    const list = await loadList(v5.db, { id: 'kent' }, '2025-02-03');
    expect(list.items.map((p) => p.pupilId).sort()).toEqual(before.pupils!.map((p) => p.id).sort());
    expect(list.fresh).toBe(4);
  }, 30_000);

  it('a store written through the current code keeps working after a reopen', async () => {
    const factory = new IDBFactory();
    const a = freshDb({ factory, name: 'reopen' });
    await seedStore(a.db);
    const before = await dumpAll(a.db);
    a.db.close();
    const b = freshDb({ factory, name: 'reopen' });
    expect(await dumpAll(b.db)).toEqual(before);
  });
});
