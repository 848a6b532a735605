/** How a stored pupil is named and described on the dashboard. Pure: a row in, words out. */
import { formatLong } from '../engine/dates';
import type { Bit, PupilRow } from '../store/rows';

export { pupilName, pupilSortName } from '../pupil/names';

export interface Fact {
  term: string;
  value: string;
}

const yesNo = (b: Bit | undefined) => (b === undefined ? undefined : b === 1 ? 'Yes' : 'No');
const SEN_WORDS = { none: 'None', support: 'SEN support', ehcp: 'Education, health and care plan' } as const;

/** Identity and characteristics, in the order a champion reads them; unknown facts are left out. */
export function pupilFacts(row: PupilRow): Fact[] {
  const out: Fact[] = [];
  const add = (term: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.push({ term, value });
  };
  // A locked row's upn is a blind-index value, not a UPN (lib/lock): say locked, never show it.
  add('UPN', row.lock ? 'Locked' : row.upn);
  add('Year group', row.yearGroup);
  add('Registration group', row.regGroup);
  add('Date of birth', row.lock ? 'Locked' : row.dob ? formatLong(row.dob) : undefined);
  add('Sex', row.sex);
  add('Admitted', row.admissionDate ? formatLong(row.admissionDate) : undefined);
  add('Left', row.leavingDate ? formatLong(row.leavingDate) : undefined);
  add('Free school meals', yesNo(row.fsm));
  add('Pupil premium', yesNo(row.pp));
  add('Special educational needs', row.sen ? SEN_WORDS[row.sen] : undefined);
  add('English as an additional language', yesNo(row.eal));
  add('Child in care', yesNo(row.cic));
  return out;
}
