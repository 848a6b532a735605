/**
 * The demo school as the store's rows (pupils with their characteristics and carers, every mark, and a
 * few changed marks), wrapped as a backup file: restoring it through Settings › Your data is how the
 * dashboard tests "load the demo school" through a seam the store keeps stable (the backup format).
 */
import type { DemoPupil, DemoSchool } from '../../../lib/demo/types';
import { makeBackup, type Backup } from '../../../lib/store/backup';
import { packMarks } from '../../../lib/store/mark-years';
import type { MarkRevisionRow, MarkRow, PupilRow } from '../../../lib/store/rows';

const bit = (b: boolean) => (b ? 1 : 0) as 0 | 1;
const SOURCE = 'page:arbor/arbor-register';

/** Same id scheme as a page read would give the pupil (so a register page opened later matches them). */
export const demoPupilId = (p: DemoPupil) => `demo-${p.id}`;

export function demoPupilRow(p: DemoPupil, seenAt: string): PupilRow {
  const seen = { source: SOURCE, firstSeen: seenAt, lastSeenOn: seenAt.slice(0, 10) };
  return {
    id: demoPupilId(p),
    misKeys: [`arbor:${p.arborId}`],
    upn: p.upn,
    seen: { upn: seen, legalSurname: seen },
    legalSurname: p.legalSurname,
    legalForename: p.legalForename,
    middleNames: p.middleNames,
    preferredForename: p.preferredForename,
    dob: p.dob,
    sex: p.sex,
    yearGroup: `Year ${p.ncYear}`,
    regGroup: p.regGroup,
    admissionDate: p.admissionDate,
    ...(p.leavingDate ? { leavingDate: p.leavingDate } : {}),
    fsm: bit(p.fsm),
    pp: bit(p.pupilPremium),
    sen: p.sen,
    eal: bit(p.eal),
    cic: bit(p.cic),
    contacts: p.carers.map((c) => ({
      order: c.priority,
      title: c.title,
      forename: c.forename,
      surname: c.surname,
      relationship: c.relationship,
      parentalResponsibility: bit(c.parentalResponsibility),
      address: [c.address.line1, c.address.line2, c.address.town, c.address.county].filter(Boolean).join(', '),
      postcode: c.address.postcode,
      phones: [{ number: c.phone }],
      email: c.email,
    })),
  };
}

export function demoMarkRows(p: DemoPupil, seenAt: string): MarkRow[] {
  return p.marks.map((m) => ({ pupilId: demoPupilId(p), date: m.date, session: m.session, code: m.code, source: SOURCE, firstSeen: seenAt, lastSeenOn: seenAt.slice(0, 10) }));
}

/** Each pupil's first illness mark as if it had first been entered as N and changed to I three days later. */
export function demoRevisions(p: DemoPupil, seenAt: string): MarkRevisionRow[] {
  const m = p.marks.find((x) => x.code === 'I');
  if (!m) return [];
  const changedOn = new Date(`${m.date}T12:00:00Z`);
  changedOn.setUTCDate(changedOn.getUTCDate() + 3);
  const changedAt = changedOn.toISOString();
  return [
    {
      id: `${demoPupilId(p)}|${m.date}|${m.session}|${changedAt}`,
      pupilId: demoPupilId(p),
      date: m.date,
      session: m.session,
      code: 'N',
      source: SOURCE,
      firstSeen: seenAt,
      lastSeenOn: m.date,
      newCode: 'I',
      newSource: SOURCE,
      changedAt,
    },
  ];
}

export function demoBackup(school: DemoSchool, seenAt = `${school.asOf}T16:00:00.000Z`): Backup {
  return makeBackup(
    {
      pupils: school.pupils.map((p) => demoPupilRow(p, seenAt)),
      markYears: packMarks(school.pupils.flatMap((p) => demoMarkRows(p, seenAt))),
      markRevisions: school.pupils.flatMap((p) => demoRevisions(p, seenAt)),
      settings: [],
      actions: [],
      prefillAudit: [],
      importLog: [],
    },
    seenAt,
  );
}
