/**
 * Which codes make up a pupil's sessions this year: how much absence is illness, holiday, unauthorised
 * and so on. Counts only marks on school days, on roll, within the range, exactly as the engine counts
 * them (the category totals equal the engine's `counts`).
 */
import { normaliseMark, type MarkCategory } from '../engine/codes';
import type { SchoolCalendar } from '../engine/calendar';
import type { IsoDate } from '../engine/dates';
import type { SessionMark } from '../engine/types';
import { codeMeaning } from './code-meaning';

export interface CodeCount {
  code: string;
  meaning: string;
  category: MarkCategory;
  sessions: number;
}

export interface BreakdownGroup {
  id: 'illness' | 'medical' | 'holiday' | 'other-authorised' | 'unauthorised-other' | 'no-reason-yet' | 'late-after-close' | 'suspension';
  label: string;
  sessions: number;
}

export interface CodeBreakdown {
  /** Every code seen, absences first, most sessions first. */
  codes: CodeCount[];
  /** Absence in the groups a champion asks about. */
  groups: BreakdownGroup[];
  absentSessions: number;
}

const CATEGORY_ORDER: MarkCategory[] = ['unauthorised', 'authorised', 'aea', 'present', 'notPossible', 'missing', 'unknown', 'notRecorded'];

const GROUP_OF: Record<string, BreakdownGroup['id']> = {
  I: 'illness',
  M: 'medical',
  G: 'holiday',
  H: 'holiday',
  N: 'no-reason-yet',
  U: 'late-after-close',
  E: 'suspension',
};
const GROUP_LABELS: Record<BreakdownGroup['id'], string> = {
  illness: 'Illness (I)',
  medical: 'Medical or dental appointments (M)',
  holiday: 'Holiday (G unauthorised, H authorised before 2024)',
  'other-authorised': 'Other authorised absence',
  suspension: 'Suspension or exclusion (E)',
  'unauthorised-other': 'Other unauthorised absence (O and others)',
  'late-after-close': 'Late after the register closed (U)',
  'no-reason-yet': 'Reason not yet known (N)',
};

export interface BreakdownInput {
  marks: readonly SessionMark[];
  calendar: Pick<SchoolCalendar, 'isSchoolDay'>;
  from: IsoDate;
  to: IsoDate;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
}

export function codeBreakdown({ marks, calendar, from, to, admissionDate, leavingDate }: BreakdownInput): CodeBreakdown {
  const lo = admissionDate && admissionDate > from ? admissionDate : from;
  const hi = leavingDate && leavingDate < to ? leavingDate : to;
  const byCode = new Map<string, CodeCount>();
  const groups = new Map<BreakdownGroup['id'], number>();
  let absent = 0;
  for (const m of marks) {
    if (m.code === null || m.date < lo || m.date > hi || !calendar.isSchoolDay(m.date)) continue;
    const n = normaliseMark(m.code, m.date);
    if (n.category === 'notRecorded') continue;
    const key = n.code ?? m.code.trim();
    const c = byCode.get(key);
    if (c) c.sessions++;
    else byCode.set(key, { code: key, meaning: codeMeaning(m.code, m.date), category: n.category, sessions: 1 });
    if (n.category === 'authorised' || n.category === 'unauthorised') {
      absent++;
      const g = GROUP_OF[key] ?? (n.category === 'authorised' ? 'other-authorised' : 'unauthorised-other');
      groups.set(g, (groups.get(g) ?? 0) + 1);
    }
  }
  const codes = [...byCode.values()].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || b.sessions - a.sessions || a.code.localeCompare(b.code),
  );
  const groupList = (Object.keys(GROUP_LABELS) as BreakdownGroup['id'][])
    .filter((id) => groups.has(id))
    .map((id) => ({ id, label: GROUP_LABELS[id], sessions: groups.get(id)! }));
  return { codes, groups: groupList, absentSessions: absent };
}
