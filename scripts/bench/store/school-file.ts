/**
 * A large school's year as an MIS would export it: a weekly CSV (one row per pupil per week, Mon AM …
 * Fri PM), invented pupils, seeded. Used by the store bench and the big-import e2e. Pure.
 */
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar, type KentYear } from '../../../lib/engine/calendars/kent';
import { mulberry32 } from '../../../lib/demo/prng';

const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
export function upn(n: number): string {
  const digits = `886200${String(n).padStart(6, '0')}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(digits[i]) * (i + 2);
  return LETTERS[s % 23] + digits;
}

/** Letters only: identity compares names by their letters, so "Pupil72" and "Pupil73" would be the same name. */
export function word(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

const ABSENCE = ['I', 'I', 'I', 'M', 'O', 'N', 'G', 'C', 'U', 'L'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** Weekly CSV of `pupils` pupils over Kent `year`, school days up to `upTo` (inclusive) when given. */
export function schoolYearCsv(pupils: number, year: KentYear = '2025/26', upTo?: string): { csv: string; marks: number } {
  const cal = buildCalendar(kentCalendar(year));
  const days = cal.days.filter((d) => !upTo || d <= upTo);
  const school = new Set(days);
  const weeks = new Map<string, string[]>();
  for (const d of days) {
    const dt = new Date(`${d}T00:00:00Z`);
    const monday = new Date(dt.getTime() - ((dt.getUTCDay() + 6) % 7) * 86400000).toISOString().slice(0, 10);
    if (!weeks.has(monday)) weeks.set(monday, [0, 1, 2, 3, 4].map((i) => new Date(new Date(`${monday}T00:00:00Z`).getTime() + i * 86400000).toISOString().slice(0, 10)));
  }
  const r = mulberry32(42);
  const lines = ['UPN,Surname,Forename,DOB,Reg Group,Week Beginning,Mon AM,Mon PM,Tue AM,Tue PM,Wed AM,Wed PM,Thu AM,Thu PM,Fri AM,Fri PM'];
  let marks = 0;
  for (let p = 0; p < pupils; p++) {
    const absent = r() < 0.2 ? 0.15 : 0.04;
    const head = `${upn(p)},Example${word(p % 97)},Pupil${word(p)},1${1 + (p % 9)}/0${1 + (p % 9)}/201${p % 5},${7 + (p % 5)}${'ABCDE'[p % 5]}`;
    for (const [monday, dates] of weeks) {
      const cells: string[] = [];
      for (const d of dates) {
        if (!school.has(d)) {
          cells.push('', '');
          continue;
        }
        cells.push(r() < absent ? ABSENCE[Math.floor(r() * ABSENCE.length)]! : '/', r() < absent ? ABSENCE[Math.floor(r() * ABSENCE.length)]! : '\\');
        marks += 2;
      }
      lines.push(`${head},${dmy(monday)},${cells.join(',')}`);
    }
  }
  return { csv: lines.join('\n') + '\n', marks };
}

export { cap };
