import { describe, expect, it } from 'vitest';
import { applyImport, checkAgainstStore } from '../../../lib/store/imports/apply';
import { ingestRead } from '../../../lib/store/ingest';
import { withPacked } from '../../../lib/store/imports/collect';
import { PackedMarks } from '../../../lib/store/imports/packed-marks';
import { freshDb, resetCount, marksOf } from './helpers';
import { kent2025, preview } from './fixture';

const opts = (importId: string) => ({ seenAt: '2025-09-22T10:00:00Z', importId, fileName: 'weekly-good.csv' });

describe('applying an accepted import', () => {
  it('preview against the store writes nothing; applying writes pupils, marks and a log entry in one go', async () => {
    const c = freshDb();
    const p = preview('weekly-good.csv', { calendar: kent2025() });
    const dry = await checkAgainstStore(c.db, p, opts('i1'));
    expect(dry).toMatchObject({ pupilsAdded: 3, marksAdded: 60, writes: 6 });
    expect(c.writes.rows).toBe(0);

    const { result, log } = await applyImport(c.db, p, opts('i1'));
    expect(result).toMatchObject({ pupilsAdded: 3, marksAdded: 60, conflicts: [] });
    expect(log).toMatchObject({ id: 'i1', format: 'csv-weekly', marksAdded: 60, problems: 0 });
    expect(await marksOf(c.db).count()).toBe(60);
    expect(await c.db.importLog.get('i1')).toEqual(log);
    const m = await marksOf(c.db).toArray();
    expect(new Set(m.map((x) => x.source))).toEqual(new Set(['import:i1']));

    // The same file again: only its log entry is written.
    resetCount(c);
    const again = await applyImport(c.db, p, opts('i2'));
    expect(again.result).toMatchObject({ pupilsAdded: 0, marksAdded: 0, unchanged: 60, writes: 0 });
    expect(c.writes.rows).toBe(1);
  });

  it('a later page read (MIS id + name + DOB) finds the imported pupil; a stored conflict can be answered by the user', async () => {
    const c = freshDb();
    const p = preview('weekly-good.csv');
    const { result } = await applyImport(c.db, p, opts('i1'));
    const read = await ingestRead(c.db, {
      source: { kind: 'page', mis: 'arbor' },
      seenAt: '2025-09-23T08:45:00Z',
      pupils: [{ ref: 'r1', misId: '777', name: 'Example, Amelia', dob: '2016-03-14' }],
      marks: [{ pupilRef: 'r1', date: '2025-09-23', session: 'AM', code: '/' }],
    });
    expect(read.pupilIds.r1).toBe(result.pupilIds['upn:C886200125001']);

    // A file whose pupil has Amelia's name and DOB but a different UPN: reported, not merged.
    const other = withPacked({ ...p, pupils: [{ ...p.pupils[0]!, key: 'upn:X1', upn: 'J886200125005' }] }, PackedMarks.fromList([{ ...p.marks[0]!, pupil: 'upn:X1' }]));
    const dry = await checkAgainstStore(c.db, other, opts('i3'));
    expect(dry.conflicts).toEqual([expect.objectContaining({ kind: 'identity', ref: 'upn:X1', reason: 'contradiction' })]);
    // The user leaves that pupil out: nothing of theirs is written.
    const skipped = await applyImport(c.db, other, { ...opts('i3'), choices: { 'upn:X1': null } });
    expect(skipped.result).toMatchObject({ pupilsAdded: 0, marksAdded: 0, conflicts: [] });
  });
});
