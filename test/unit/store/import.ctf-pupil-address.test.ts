import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../lib/store/imports/apply';
import { ctfPupilAddress } from '../../../lib/store/imports/ctf-address';
import { lockStore, setPassphrase, unlockStore } from '../../../lib/lock/lock-store';
import { SEALED_FIELDS } from '../../../lib/lock/fields';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import { pupilValues } from '../../../lib/prefill/pupil-values';
import { freshDb } from './helpers';
import { preview } from './fixture';
import { planOf, written } from '../prefill/helpers';

/**
 * The pupil's own address from a CTF (issue 13: the planner said "not held"): read from the pupil's
 * <Address> (BS7666 parts or free address lines), never from a contact's; stored with the pupil, sealed
 * by the lock, and filled by the planner.
 */
const PASS = 'correct horse battery staple';
const opts = { seenAt: '2025-09-22T10:00:00Z', importId: 'i1', fileName: 'ctf-pupil-address.xml' };

describe('the pupil’s address from a CTF', { timeout: 60_000 }, () => {
  const p = preview('ctf-pupil-address.xml');
  const byUpn = (upn: string) => p.pupils.find((x) => x.upn === upn)!;

  it('reads BS7666 parts and free address lines, and never takes a contact’s address for the pupil’s', () => {
    expect(byUpn('C886200125001').address).toEqual({ line1: 'Flat 2, 14 Mill Lane', line2: 'Willesborough', town: 'Ashford', county: 'Kent', postcode: 'TN24 0AB' });
    // Free lines: line 1, then the rest; no town guessed from an unnamed line.
    expect(byUpn('V886200125004').address).toEqual({ line1: 'The Old Forge', line2: 'Church Street, Tenterden', county: 'Kent', postcode: 'TN30 6AA' });
    expect(byUpn('E886200125007').address).toBeUndefined();
    expect(byUpn('E886200125007').contacts?.[0]?.postcode).toBe('CT16 1AA');
    // The carer's address is still the carer's.
    expect(byUpn('C886200125001').contacts?.[0]).toMatchObject({ postcode: 'ZZ99 9ZZ' });
  });

  it('reads an address with nothing in it as no address, and a CTF with none as before', () => {
    expect(ctfPupilAddress({ Surname: 'X', Address: { BS7666Address: { PAON: '  ' } } })).toBeUndefined();
    expect(ctfPupilAddress({ Surname: 'X' })).toBeUndefined();
    expect(ctfPupilAddress({ Address: { BS7666Address: { PostTown: 'Dover' } } })).toEqual({ town: 'Dover' });
    expect(preview('ctf-good.xml').pupils.every((x) => x.address === undefined)).toBe(true);
  });

  it('is stored with the pupil, sealed while locked and given back on unlock', async () => {
    const { db } = freshDb();
    await applyImport(db, p, opts);
    const amelia = (await db.pupils.toArray()).find((r) => r.upn === 'C886200125001')!;
    expect(amelia.address).toEqual({ line1: 'Flat 2, 14 Mill Lane', line2: 'Willesborough', town: 'Ashford', county: 'Kent', postcode: 'TN24 0AB' });
    expect(amelia.seen.address?.source).toBe('import:i1');
    expect(SEALED_FIELDS).toContain('address');

    await setPassphrase(db, PASS, 15, { iterations: 1000 });
    await lockStore(db);
    const raw = JSON.stringify(await db.pupils.toArray());
    for (const s of ['Mill Lane', 'TN24 0AB', 'Church Street', 'TN30 6AA']) expect(raw, s).not.toContain(s);
    await unlockStore(db, PASS);
    expect((await db.pupils.get(amelia.id))?.address).toEqual(amelia.address);
  });

  it('is what the planner fills for the pupil’s address fields', async () => {
    const { db } = freshDb();
    await applyImport(db, p, opts);
    const rows = await db.pupils.toArray();
    const calendar = buildCalendar(kentCalendarYears(KENT_YEARS));
    const period = { from: '2025-09-01', to: '2025-09-19' };
    const valuesOf = (upn: string) => pupilValues({ row: rows.find((r) => r.upn === upn)!, marks: [], actions: [], calendar, profile: KENT_PROFILE, period }).values;

    const form = `<form><fieldset><legend>Child's details</legend>
      <label for=a>Address line 1</label><input id=a>
      <label for=b>Address line 2</label><input id=b>
      <label for=c>Town</label><input id=c>
      <label for=d>Postcode</label><input id=d></fieldset>
      <fieldset><legend>Parent 1</legend><label for=e>Address</label><input id=e></fieldset></form>`;
    const amelia = planOf(form, valuesOf('C886200125001'));
    expect(written(amelia)).toMatchObject({
      'pupil.address.line1': 'Flat 2, 14 Mill Lane', 'pupil.address.line2': 'Willesborough', 'pupil.address.town': 'Ashford', 'pupil.address.postcode': 'TN24 0AB',
      'carer[0].address.full': '1, Example Road, Exampleton, ZZ99 9ZZ',
    });

    // One line: the parts joined, county included.
    const oneLine = planOf(`<form><fieldset><legend>Child's details</legend><label for=a>Home address</label><input id=a></fieldset></form>`, valuesOf('C886200125001'));
    expect(written(oneLine)['pupil.address.full']).toBe('Flat 2, 14 Mill Lane, Willesborough, Ashford, Kent, TN24 0AB');

    // No town in the file: that part is "not held", and says the rest is stored.
    const noah = planOf(form, valuesOf('V886200125004'));
    expect(written(noah)).toMatchObject({ 'pupil.address.line1': 'The Old Forge', 'pupil.address.postcode': 'TN30 6AA' });
    expect(noah.refusals.find((r) => r.suggestion?.key === 'pupil.address.town')?.why).toMatch(/^not held: the pupil’s stored address has no town part/);

    // No pupil address at all: not held, never the carer's.
    const zara = planOf(form, valuesOf('E886200125007'));
    expect(Object.keys(written(zara)).filter((k) => k.startsWith('pupil.address.'))).toEqual([]);
    expect(zara.refusals.find((r) => r.suggestion?.key === 'pupil.address.postcode')?.why).toMatch(/^not held: no address is stored for this pupil/);
  });
});
