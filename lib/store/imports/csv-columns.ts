import { DAY_SESSION_FIELDS, type ColumnGuess, type CsvField, type DaySessionField } from './types';

/**
 * Which CSV column holds what. Headers are compared after lower-casing and collapsing punctuation, to the
 * names MIS exports commonly use. An exact synonym is trusted; a header that only contains one (or that
 * two fields could claim) is a guess, and the preview asks the user to check the mapping.
 */

const SYNONYMS: Record<Exclude<CsvField, DaySessionField>, string[]> = {
  upn: ['upn', 'unique pupil number', 'pupil upn', 'student upn'],
  misId: ['admission no', 'admission number', 'adno', 'adm no', 'admno', 'mis id', 'pupil id', 'student id', 'person id', 'id', 'pupil ref', 'student ref', 'reference'],
  name: ['name', 'pupil name', 'student name', 'full name', 'pupil', 'student', 'learner', 'learner name', 'child name'],
  surname: ['surname', 'last name', 'family name', 'legal surname', 'pupil surname', 'student surname'],
  forename: ['forename', 'first name', 'given name', 'legal forename', 'forenames', 'pupil forename', 'student forename', 'first names'],
  preferredForename: ['preferred forename', 'preferred name', 'known as', 'chosen name', 'preferred first name'],
  dob: ['dob', 'date of birth', 'birth date', 'birthdate', 'd o b'],
  sex: ['sex', 'gender'],
  yearGroup: ['year', 'year group', 'nc year', 'ncyear', 'national curriculum year', 'yr'],
  regGroup: ['reg group', 'registration group', 'form', 'tutor group', 'class', 'reg', 'form group', 'reg class'],
  admissionDate: ['admission date', 'date of admission', 'entry date', 'start date'],
  leavingDate: ['leaving date', 'date of leaving', 'leave date', 'end date'],
  week: ['week beginning', 'week commencing', 'w c', 'wc', 'week starting', 'week start', 'week', 'week beginning date', 'week commencing date'],
  date: ['date', 'session date', 'attendance date', 'register date', 'day', 'mark date'],
  session: ['session', 'am pm', 'ampm', 'period', 'session name', 'am or pm'],
  code: ['code', 'mark', 'attendance code', 'attendance mark', 'mark code', 'register mark', 'reg mark'],
  minutesLate: ['minutes late', 'mins late', 'late minutes', 'late mins', 'minutes', 'late by'],
  am: ['am', 'am mark', 'morning', 'am code', 'morning mark'],
  pm: ['pm', 'pm mark', 'afternoon', 'pm code', 'afternoon mark'],
};

export function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const DAY_RE = /^(mon|tue|wed|thu|fri)[a-z]*\s*(am|pm)$/;
const DAY_RE_LOOSE = /(mon|tue|wed|thu|fri)[a-z]*\b.*\b(am|pm|morning|afternoon)\b/;

function dayField(n: string, loose: boolean): DaySessionField | null {
  const m = (loose ? DAY_RE_LOOSE : DAY_RE).exec(n.replace(/\s+/g, ' '));
  if (!m) return null;
  const s = m[2] === 'am' || m[2] === 'morning' ? 'AM' : 'PM';
  return `${m[1]}-${s}` as DaySessionField;
}

function exactField(n: string): CsvField | null {
  const d = dayField(n.replace(/\s/g, ''), false) ?? dayField(n, false);
  if (d) return d;
  for (const [field, names] of Object.entries(SYNONYMS)) if (names.includes(n)) return field as CsvField;
  return null;
}

function looseField(n: string): CsvField | null {
  const d = dayField(n, true);
  if (d) return d;
  const words = ` ${n} `;
  let best: { field: CsvField; len: number } | null = null;
  for (const [field, names] of Object.entries(SYNONYMS)) {
    for (const s of names) {
      if (s.length >= 3 && words.includes(` ${s} `) && (!best || s.length > best.len)) best = { field: field as CsvField, len: s.length };
    }
  }
  return best?.field ?? null;
}

/** How well a row looks like a header: the number of cells that exactly name a known field. */
export function headerScore(cells: string[]): number {
  return cells.filter((c) => exactField(normaliseHeader(c)) !== null).length;
}

export function guessColumns(headers: string[], user: Partial<Record<number, CsvField | null>> = {}): ColumnGuess[] {
  const guesses: ColumnGuess[] = headers.map((header, index) => {
    if (index in user) {
      const field = user[index] ?? null;
      return { index, header, field, how: field ? 'user' : 'unmapped' };
    }
    const n = normaliseHeader(header);
    const exact = exactField(n);
    if (exact) return { index, header, field: exact, how: 'exact' };
    const loose = n ? looseField(n) : null;
    return loose ? { index, header, field: loose, how: 'guessed' } : { index, header, field: null, how: 'unmapped' };
  });
  // One column per field: a second claimant (not chosen by the user) is left unmapped and marked unsure.
  const taken = new Map<CsvField, ColumnGuess>();
  const rank = { user: 3, exact: 2, guessed: 1, unmapped: 0 } as const;
  for (const g of [...guesses].sort((a, b) => rank[b.how] - rank[a.how])) {
    if (!g.field) continue;
    const first = taken.get(g.field);
    if (!first) taken.set(g.field, g);
    else if (g.how !== 'user') {
      g.field = null;
      g.how = 'unmapped';
    }
  }
  return guesses;
}

export type CsvShape = 'csv-weekly' | 'csv-sessions' | 'csv-days';

export function shapeOf(cols: ColumnGuess[]): { shape: CsvShape | null; missing: string[] } {
  const has = (f: CsvField) => cols.some((c) => c.field === f);
  const dayCols = cols.filter((c) => c.field && (DAY_SESSION_FIELDS as readonly string[]).includes(c.field)).length;
  const identity = has('upn') || has('misId') || has('name') || (has('surname') && has('forename'));
  const missing: string[] = [];
  if (!identity) missing.push('a pupil column (UPN, admission number, or name)');
  if (dayCols > 0) {
    if (!has('week') && !has('date')) missing.push('the week-beginning date column');
    return { shape: missing.length ? null : 'csv-weekly', missing };
  }
  if (has('date') && has('am') && has('pm')) return { shape: missing.length ? null : 'csv-days', missing };
  if (has('date') && has('session') && has('code')) return { shape: missing.length ? null : 'csv-sessions', missing };
  if (!has('date')) missing.push('a date column');
  if (!has('session') && !(has('am') && has('pm'))) missing.push('a session (AM/PM) column, or AM and PM columns');
  if (!has('code') && !(has('am') && has('pm'))) missing.push('a mark/code column');
  return { shape: null, missing };
}

/** Labels for the mapping step in the UI. */
export const FIELD_LABELS: Record<CsvField, string> = {
  upn: 'UPN',
  misId: 'Admission no. / MIS id',
  name: 'Name',
  surname: 'Surname',
  forename: 'Forename',
  preferredForename: 'Preferred forename',
  dob: 'Date of birth',
  sex: 'Sex',
  yearGroup: 'Year group',
  regGroup: 'Registration group',
  admissionDate: 'Admission date',
  leavingDate: 'Leaving date',
  week: 'Week beginning',
  date: 'Date',
  session: 'Session (AM/PM)',
  code: 'Mark / code',
  minutesLate: 'Minutes late',
  am: 'AM mark',
  pm: 'PM mark',
  'mon-AM': 'Monday AM',
  'mon-PM': 'Monday PM',
  'tue-AM': 'Tuesday AM',
  'tue-PM': 'Tuesday PM',
  'wed-AM': 'Wednesday AM',
  'wed-PM': 'Wednesday PM',
  'thu-AM': 'Thursday AM',
  'thu-PM': 'Thursday PM',
  'fri-AM': 'Friday AM',
  'fri-PM': 'Friday PM',
};
