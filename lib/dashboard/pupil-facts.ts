/** How a stored pupil is named and described on the dashboard. Pure: a row in, words out. */
import { formatLong } from '../engine/dates';
import type { Bit, PupilRow } from '../store/rows';

/** "Forename Surname" (preferred names first) when the store has them, else the name as a page showed it. */
export function pupilName(row: PupilRow): string {
  const fore = row.preferredForename ?? row.legalForename;
  const sur = row.preferredSurname ?? row.legalSurname;
  if (fore && sur) return `${fore} ${sur}`;
  return row.displayName?.trim() || [fore, sur].filter(Boolean).join(' ') || 'Unnamed pupil';
}

/** Surname first, for sorting like a register. */
export function pupilSortName(row: PupilRow): string {
  const sur = row.preferredSurname ?? row.legalSurname;
  const fore = row.preferredForename ?? row.legalForename ?? '';
  if (sur) return `${sur} ${fore}`.toLowerCase();
  const shown = row.displayName ?? '';
  // "SURNAME, Forename" as some MIS pages show it; otherwise the last word is the surname.
  const comma = shown.split(',');
  if (comma.length === 2) return `${comma[0]!.trim()} ${comma[1]!.trim()}`.toLowerCase();
  const words = shown.trim().split(/\s+/);
  return `${words.at(-1) ?? ''} ${words.slice(0, -1).join(' ')}`.toLowerCase();
}

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
  add('UPN', row.upn);
  add('Year group', row.yearGroup);
  add('Registration group', row.regGroup);
  add('Date of birth', row.dob ? formatLong(row.dob) : undefined);
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
