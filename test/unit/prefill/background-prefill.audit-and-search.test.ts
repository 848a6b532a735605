import { describe, expect, it } from 'vitest';
import { recordFill, searchPupils } from '../../../lib/background/prefill';
import type { PupilRow } from '../../../lib/store/rows';
import { freshDb } from '../store/helpers';

const pupil = (id: string, fore: string, sur: string, upn: string): PupilRow => ({ id, misKeys: [`arbor:${id}`], legalForename: fore, legalSurname: sur, upn, seen: {} });

describe('background prefill service', () => {
  it('finds pupils by every word of a name or by UPN', async () => {
    const { db } = freshDb();
    await db.pupils.bulkAdd([pupil('1', 'Amelia', 'Example', 'A123456789012'), pupil('2', 'Ben', 'Example', 'B123456789012'), pupil('3', 'Cara', 'Other', 'C123456789012')]);
    expect((await searchPupils(db, 'example')).map((p) => p.name)).toEqual(['Amelia Example', 'Ben Example']);
    expect((await searchPupils(db, 'ben exa')).map((p) => p.id)).toEqual(['2']);
    expect((await searchPupils(db, 'C1234')).map((p) => p.id)).toEqual(['3']);
  });

  it('records one audit row (keys only, never values; the shared referrer fields in each) and one chronology note per pupil, in one go', async () => {
    const { db } = freshDb();
    await db.pupils.bulkAdd([pupil('1', 'Amelia', 'Example', 'A1'), pupil('2', 'Ben', 'Example', 'B1')]);
    await recordFill(db, {
      pupilIds: ['1', '2'], formProfile: 'kent-dfd-attendance-sickness-return', formTitle: 'Notify of an attendance or sickness return', origin: 'https://www.kelsi.org.uk',
      fieldsFilled: [{ key: 'referrer.name', pupilIndex: 0 }, { key: 'pupil.upn', pupilIndex: 0 }, { key: 'pupil.upn', pupilIndex: 1 }, { key: 'pupil.dob', pupilIndex: 1 }],
      refused: [{ field: 'I confirm', why: 'declaration: yours to confirm' }],
    }, new Date('2026-12-04T10:00:00Z'));
    const audit = await db.prefillAudit.orderBy('pupilId').toArray();
    expect(audit.map((a) => [a.pupilId, a.fieldsFilled])).toEqual([['1', ['referrer.name', 'pupil.upn']], ['2', ['referrer.name', 'pupil.upn', 'pupil.dob']]]);
    expect(JSON.stringify(audit)).not.toContain('A1');
    const notes = await db.actions.toArray();
    expect(notes.map((n) => [n.pupilId, n.kind, n.date])).toEqual([['1', 'note', '2026-12-04'], ['2', 'note', '2026-12-04']]);
    expect(notes[0]!.note).toBe('Attendance Lens filled 2 fields of “Notify of an attendance or sickness return” on www.kelsi.org.uk (not submitted: the form is sent by you).');
  });
});
