import type { DemoPupil, DemoSchool } from '../../../lib/demo/types';
import { makeUpn } from '../../../lib/demo/upn';
import { MIN_HISTORY_DAYS } from '../../../lib/engine/arithmetic';

/**
 * A demo school plus three pupils who joined on the last three school days with marks: too little history
 * for a status word (DECISIONS.md 18). By the arithmetic alone one is severely absent (all O), one
 * persistently absent (1 of 6 sessions missed) and one present throughout, so a dashboard that counted
 * raw PA/SA instead of the engine's status would show them under SA and PA. Identities are synthetic and
 * unlike any demo pupil's (the TSM pack's leak check covers them too); nothing depends on demo names.
 */
export const ARRIVAL_DAYS = 3;
if (ARRIVAL_DAYS >= MIN_HISTORY_DAYS) throw new Error('new arrivals must have too little history');

const PLANS: { key: string; surname: string; forename: string; codes: (i: number) => string }[] = [
  { key: 'all-absent', surname: 'Quillfeather', forename: 'Ottoline', codes: () => 'O' },
  { key: 'one-absent', surname: 'Brackenbury', forename: 'Severin', codes: (i) => (i === 0 ? 'O' : '/') },
  { key: 'all-present', surname: 'Fennimore', forename: 'Tamsin', codes: () => '/' },
];

export function withNewArrivals(school: DemoSchool): DemoSchool & { arrivals: DemoPupil[] } {
  // A pupil on roll all year whose every mark is a possible session on its day gives the last school days with marks.
  const template = school.pupils.find((p) => !p.leavingDate && p.marks.length > 0 && p.stories.includes('regular')) ?? school.pupils[0]!;
  const notPossible = new Set(school.wholeSchoolDays.map((d) => d.date));
  const days = [...new Set(template.marks.map((m) => m.date))].filter((d) => d <= school.asOf && !notPossible.has(d)).sort().slice(-ARRIVAL_DAYS);
  const maxArbor = Math.max(...school.pupils.map((p) => p.arborId));
  const maxBromcom = Math.max(...school.pupils.map((p) => p.bromcomId));
  const arrivals = PLANS.map((plan, n): DemoPupil => {
    let i = 0;
    const marks = days.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({ date, session, code: plan.codes(i++) })));
    const email = `${plan.forename}.${plan.surname}@example.invalid`.toLowerCase();
    return {
      ...template,
      id: `arrival-${plan.key}`,
      arborId: maxArbor + 1 + n,
      bromcomId: maxBromcom + 1 + n,
      admissionNumber: String(900100 + n),
      upn: makeUpn(school.school.laCode, school.school.establishmentNumber, 26, 990 + n),
      legalForename: plan.forename,
      preferredForename: plan.forename,
      middleNames: '',
      legalSurname: plan.surname,
      dob: `2014-0${n + 3}-1${n}`,
      address: { line1: `${n + 71} Arrival Lane`, town: 'Newtown', county: 'Kent', postcode: `ZZ9 ${n}AR` },
      carers: template.carers.slice(0, 1).map((c) => ({
        ...c,
        forename: 'Carer',
        surname: plan.surname,
        address: { line1: `${n + 71} Arrival Lane`, town: 'Newtown', county: 'Kent', postcode: `ZZ9 ${n}AR` },
        phone: `07700 90099${n}`,
        email,
      })),
      admissionDate: days[0]!,
      leavingDate: null,
      stories: ['joiner'],
      marks,
      lateMinutes: [],
    };
  });
  return { ...school, pupils: [...school.pupils, ...arrivals], arrivals };
}
