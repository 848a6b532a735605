import { describe, expect, it } from 'vitest';
import { makeSecret, refMaker, refsFor } from '../../../lib/dashboard/opaque-ref';
import { buildTsmPack, tsmCsv } from '../../../lib/dashboard/tsm-pack';
import { formatLong } from '../../../lib/engine/dates';
import { AS_OF, pupilRows, school, summaries } from './demo-summaries';

/** Every identifying string of every pupil in the store: names, UPN, date of birth (as stored and as shown), address, carers. */
export function identifiers(): string[] {
  const out = new Set<string>();
  for (const p of school.pupils) {
    out.add(p.upn);
    out.add(`${p.legalForename} ${p.legalSurname}`);
    out.add(`${p.preferredForename} ${p.legalSurname}`);
    out.add(p.legalSurname);
    out.add(p.dob);
    out.add(formatLong(p.dob));
    out.add(p.address.line1);
    out.add(p.address.postcode);
    for (const c of p.carers) {
      out.add(c.phone);
      out.add(c.email);
      out.add(c.address.postcode);
    }
  }
  for (const r of pupilRows) out.add(r.id);
  return [...out].filter((s) => s.length >= 4);
}

describe('the Targeting Support Meeting pack', () => {
  it('has no name, UPN, date of birth, address or id of any pupil, and the same references in two exports', async () => {
    const secret = makeSecret();
    const ids = summaries.map((s) => s.pupilId);
    const refs1 = await refsFor(await refMaker(secret), ids);
    const refs2 = await refsFor(await refMaker(secret), ids);
    expect([...refs2]).toEqual([...refs1]);
    const pack1 = buildTsmPack(summaries, refs1, null, AS_OF, 'Hawkridge Academy (demo)');
    const csv1 = tsmCsv(pack1);
    const csv2 = tsmCsv(buildTsmPack(summaries, refs2, null, AS_OF, 'Hawkridge Academy (demo)'));
    expect(csv2).toBe(csv1);
    const lower = csv1.toLowerCase();
    const found = identifiers().filter((s) => lower.includes(s.toLowerCase()));
    expect(found).toEqual([]);
    expect(pack1.pupils.length).toBe(summaries.filter((s) => s.evaluation.persistentAbsence).length);
    expect(csv1).toContain('Reference,Year group,Attendance,Sessions missed');
    expect(pack1.pupils.every((p) => /^P-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(p.ref))).toBe(true);
  });

  it('references depend on the secret, not only on the pupil', async () => {
    const a = await (await refMaker(makeSecret()))('demo-p001');
    const b = await (await refMaker(makeSecret()))('demo-p001');
    expect(a).not.toBe(b);
  });

  it('movement since the last meeting: new PA, no longer PA, SA to PA', async () => {
    const refs = await refsFor(await refMaker(makeSecret()), summaries.map((s) => s.pupilId));
    const first = buildTsmPack(summaries, refs, null, AS_OF, 'S');
    expect(first.movement).toBeNull();
    const pa = first.pupils.find((p) => p.status === 'PA')!;
    const sa = first.pupils.find((p) => p.status === 'SA')!;
    const notPa = summaries.find((s) => !s.evaluation.persistentAbsence)!;
    // Last time: the PA pupil was not PA, the SA pupil was PA, a pupil not PA now was PA.
    const last = { date: '2025-11-06', statuses: { ...first.snapshot.statuses, [pa.ref]: 'not-PA' as const, [sa.ref]: 'PA' as const, [refs.get(notPa.pupilId)!]: 'PA' as const } };
    const next = buildTsmPack(summaries, refs, last, AS_OF, 'S');
    expect(next.movement).toMatchObject({ newPa: 1, newSa: 1, leftPa: 1 });
    expect(next.pupils.find((p) => p.ref === pa.ref)!.movement).toBe('new');
    expect(next.pupils.find((p) => p.ref === sa.ref)!.movement).toBe('worse');
    expect(next.pupils.find((p) => p.ref === refs.get(notPa.pupilId))!.movement).toBe('left-pa');
    expect(tsmCsv(next)).toContain(`Compared with the meeting of,${formatLong('2025-11-06')}`);
  });
});
