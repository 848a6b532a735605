/**
 * Names-only registers (issue 17): never stored on a name alone; stored after the one-time
 * confirmation of the site and group; linked to a stored pupil only on an exact, unique name in the
 * group; later joined to an import's UPN pupil only when the user confirms, all pairs or none.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import { handleRegisterRead } from '../../../lib/background/reads';
import { confirmNameLink, readNameLinks } from '../../../lib/store/name-links-io';
import { planNamesOnly, nameId } from '../../../lib/store/name-links';
import { ingestRead } from '../../../lib/store/ingest';
import { findJoins, joinPupils } from '../../../lib/store/join-by-name-io';
import { pupilMarkRows } from '../../../lib/store/marks-io';
import type { RegisterView } from '../../../lib/readers/view';

const URL_ = 'http://mis.example/register/7RB';
const SITE = 'http://mis.example';
const at = '2026-11-16T09:00:00.000Z';
const deps = (db: ReturnType<typeof freshDb>['db']) => ({ db, today: '2026-11-16', now: at });

function view(names: string[], group: string | null = '7RB'): RegisterView {
  return {
    reader: 'generic',
    mis: 'generic',
    confidence: 0.9,
    kind: 'marks-grid',
    context: group ? { group } : {},
    pupils: names.map((name, i) => ({ key: `n${i}`, name })),
    sessions: [{ date: '2026-11-16', session: 'AM' }],
    marks: names.map((_, i) => ({ pupil: `n${i}`, date: '2026-11-16', session: 'AM' as const, code: i % 2 ? 'N' : '/', saved: true })),
    problems: [],
    complete: true,
  };
}

describe('planNamesOnly (pure)', () => {
  const p = (ref: string, name: string) => ({ ref, name });
  it('leaves a name twice in the group out, and everything before the confirmation', () => {
    const plan = planNamesOnly([p('a', 'Ava Fictional'), p('b', 'Ava Fictional'), p('c', 'Ben Sample')], {
      site: SITE,
      pageGroup: '7RB',
      confirmed: () => false,
      keyed: new Set(),
      stored: [],
    });
    expect([...plan.leftOut]).toEqual([
      ['a', 'ambiguous-on-page'],
      ['b', 'ambiguous-on-page'],
      ['c', 'needs-confirm'],
    ]);
    expect(plan.pupils).toEqual([]);
  });
  it('keys names per site and group, whatever the case, spacing or order of the name', () => {
    expect(nameId(SITE, ' 7rb ', 'Fictional, Ava')).toBe(nameId(SITE, '7RB', 'Ava  Fictional'));
    expect(nameId(SITE, '7RB', 'Ava Fictional')).not.toBe(nameId('http://other.example', '7RB', 'Ava Fictional'));
  });
});

describe('a names-only register in the store', () => {
  it('an empty store: nothing stored and the true reason, until the group is confirmed; then stored, and the next visit needs nothing', async () => {
    const { db } = freshDb();
    const first = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    expect(first.stored).toMatchObject({ marksAdded: 0, pupilsAdded: 0, conflicts: 0 });
    expect(first.identity).toMatchObject({ group: '7RB', needsConfirm: 2, ambiguousInStore: 0, contradicts: 0, unidentified: 0 });
    expect(await db.pupils.count()).toBe(0);

    await confirmNameLink(db, SITE, '7RB', at);
    await confirmNameLink(db, SITE, '7rb', at); // idempotent, case-blind
    expect((await readNameLinks(db)).links).toHaveLength(1);

    const second = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    expect(second.stored).toMatchObject({ marksAdded: 2, pupilsAdded: 2, conflicts: 0 });
    expect(second.identity).toBeUndefined();
    const stored = await db.pupils.toArray();
    expect(stored.map((r) => r.regGroup)).toEqual(['7RB', '7RB']);

    const third = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    expect(third.stored).toMatchObject({ marksAdded: 0, pupilsAdded: 0, conflicts: 0 });
    expect(third.identity).toBeUndefined();
    expect(await db.pupils.count()).toBe(2);
  });

  it('another site, or another group, is not confirmed by this one', async () => {
    const { db } = freshDb();
    await confirmNameLink(db, SITE, '7RB', at);
    const other = await handleRegisterRead({ url: 'http://other.example/r', view: view(['Ava Fictional']), store: true }, deps(db));
    expect(other.identity?.needsConfirm).toBe(1);
    const group = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional'], '8XY'), store: true }, deps(db));
    expect(group.identity?.needsConfirm).toBe(1);
    const none = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional'], null), store: true }, deps(db));
    expect(none.identity).toMatchObject({ noGroup: 1, needsConfirm: 0 });
    expect(await db.pupils.count()).toBe(0);
  });

  it('links to the one stored pupil of that exact name in the group; two of that name are never linked', async () => {
    const { db } = freshDb();
    await ingestRead(db, {
      source: { kind: 'import', importId: 'i1' },
      seenAt: at,
      pupils: [
        { ref: 'a', upn: 'A123456789012', name: 'Ava Fictional', regGroup: '7RB', dob: '2014-01-02' },
        { ref: 'b', name: 'Ben Sample', regGroup: '7RB', dob: '2014-03-04', misId: 'x1' },
        { ref: 'c', name: 'Ben Sample', regGroup: '7RB', dob: '2014-05-06', misId: 'x2' },
      ],
      marks: [],
    });
    await confirmNameLink(db, SITE, '7RB', at);
    const r = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    expect(r.stored).toMatchObject({ pupilsAdded: 0, marksAdded: 1 });
    expect(r.identity).toMatchObject({ ambiguousInStore: 1, needsConfirm: 0 });
    expect(await db.pupils.count()).toBe(3);
    const ava = (await db.pupils.where('upn').equals('A123456789012').first())!;
    expect(ava.misKeys.some((k) => k.includes(':name:'))).toBe(true);
    expect(await pupilMarkRows(db, ava.id)).toHaveLength(1);
  });
});

describe('joining a names-only pupil to an import’s UPN pupil', () => {
  async function storedByNameThenImported() {
    const c = freshDb();
    await confirmNameLink(c.db, SITE, '7RB', at);
    await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(c.db));
    // A later import with UPNs: new pupils (a name alone matches nothing), so each child is stored twice.
    await ingestRead(c.db, {
      source: { kind: 'import', importId: 'ctf1' },
      seenAt: at,
      pupils: [
        { ref: 'a', upn: 'A123456789012', legalForename: 'Ava', legalSurname: 'Fictional', regGroup: '7RB', dob: '2014-01-02' },
        { ref: 'b', upn: 'B123456789012', legalForename: 'Ben', legalSurname: 'Sample', regGroup: '7RB', dob: '2014-03-04' },
      ],
      marks: [{ pupilRef: 'a', date: '2026-11-13', session: 'AM', code: '/' }],
    });
    return c;
  }

  it('proposes each pair side by side, and joining leaves one pupil each with all marks', async () => {
    const { db } = await storedByNameThenImported();
    expect(await db.pupils.count()).toBe(4);
    const pairs = await findJoins(db);
    expect(pairs.map((p) => [p.byName.displayName, p.withUpn.upn])).toEqual([
      ['Ava Fictional', 'A123456789012'],
      ['Ben Sample', 'B123456789012'],
    ]);
    await joinPupils(db, pairs.map((p) => ({ byNameId: p.byName.id, withUpnId: p.withUpn.id })));
    expect(await db.pupils.count()).toBe(2);
    const ava = (await db.pupils.where('upn').equals('A123456789012').first())!;
    expect((await pupilMarkRows(db, ava.id)).map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2026-11-13 AM /', '2026-11-16 AM /']);
    expect(await findJoins(db)).toEqual([]);
    // The next visit of the names-only page finds the joined pupil by its key: no new pupil.
    const again = await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    expect(again.stored.pupilsAdded).toBe(0);
    expect(again.identity).toBeUndefined();
    expect(await db.pupils.count()).toBe(2);
  });

  it('an import without groups (a CTF): offered when the name is unique among UPN pupils, never when two share it', async () => {
    const { db } = freshDb();
    await confirmNameLink(db, SITE, '7RB', at);
    await handleRegisterRead({ url: URL_, view: view(['Ava Fictional', 'Ben Sample']), store: true }, deps(db));
    await ingestRead(db, {
      source: { kind: 'import', importId: 'ctf2' },
      seenAt: at,
      pupils: [
        { ref: 'a', upn: 'A123456789012', legalForename: 'Ava', legalSurname: 'Fictional', yearGroup: '7', dob: '2014-01-02' },
        { ref: 'b1', upn: 'B123456789012', legalForename: 'Ben', legalSurname: 'Sample', yearGroup: '7', dob: '2014-03-04' },
        { ref: 'b2', upn: 'C123456789012', legalForename: 'Ben', legalSurname: 'Sample', yearGroup: '9', dob: '2012-03-04' },
      ],
      marks: [],
    });
    expect((await findJoins(db)).map((p) => [p.byName.displayName, p.withUpn.upn])).toEqual([['Ava Fictional', 'A123456789012']]);
  });

  it('all or nothing: one pair no longer valid joins none', async () => {
    const { db } = await storedByNameThenImported();
    const pairs = await findJoins(db);
    const list = pairs.map((p) => ({ byNameId: p.byName.id, withUpnId: p.withUpn.id }));
    list.push({ byNameId: 'gone', withUpnId: pairs[0]!.withUpn.id });
    await expect(joinPupils(db, list)).rejects.toThrow(/nothing was joined/);
    expect(await db.pupils.count()).toBe(4);
    expect(await db.markYears.count()).toBe(3);
  });
});

describe('the confirmations travel with a backup', () => {
  it('a restored store keeps the sites and groups confirmed by name', async () => {
    const { exportBackup, restoreBackup } = await import('../../../lib/store/backup-io');
    const { backupDocument, readBackup } = await import('../../../lib/store/backup');
    const a = freshDb();
    await confirmNameLink(a.db, SITE, '7RB', at);
    const file = JSON.parse(JSON.stringify(backupDocument(await exportBackup(a.db, at, {})))) as unknown;
    const read = readBackup(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const b = freshDb();
    await restoreBackup(b.db, read.backup, 'replace');
    expect((await readNameLinks(b.db)).links).toEqual([{ site: SITE, group: '7RB', at }]);
  });
});
