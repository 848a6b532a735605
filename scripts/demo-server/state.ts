/**
 * The demo server's data: the generated school plus the marks saved through the pages during the
 * server's lifetime (kept in memory only; a restart starts again from the generator).
 */
import { buildCalendar, type SchoolCalendar } from '../../lib/engine/calendar';
import { addDays, mondayOf } from '../../lib/engine/dates';
import type { DemoGroup, DemoPupil, DemoSchool, Session } from '../../lib/demo/types';

export interface ShownMark {
  code: string;
  minutes?: number;
  note?: string;
}

export interface MarkEdit {
  pupilId: string;
  date: string;
  session: Session;
  /** '' clears the mark. */
  code: string;
  minutes?: number;
  note?: string;
}

const key = (pupilId: string, date: string, session: Session) => `${pupilId}|${date}|${session}`;

export class DemoState {
  readonly calendar: SchoolCalendar;
  private readonly generated = new Map<string, ShownMark>();
  private readonly edits = new Map<string, ShownMark>();
  private readonly byArbor = new Map<number, DemoPupil>();
  private readonly byBromcom = new Map<number, DemoPupil>();
  private readonly byId = new Map<string, DemoPupil>();
  /** How many Save requests were accepted (tests and the index page show it). */
  saves = 0;

  constructor(readonly school: DemoSchool) {
    this.calendar = buildCalendar({ terms: school.calendar.terms, closures: school.calendar.closures });
    for (const p of school.pupils) {
      this.byArbor.set(p.arborId, p);
      this.byBromcom.set(p.bromcomId, p);
      this.byId.set(p.id, p);
      for (const m of p.marks) this.generated.set(key(p.id, m.date, m.session), { code: m.code });
      for (const l of p.lateMinutes) {
        const g = this.generated.get(key(p.id, l.date, l.session));
        if (g) g.minutes = l.minutes;
      }
    }
  }

  get asOf(): string {
    return this.school.asOf;
  }

  group(id: string): DemoGroup | undefined {
    return this.school.groups.find((g) => g.id.toLowerCase() === id.toLowerCase());
  }
  pupilByArborId(id: number) {
    return this.byArbor.get(id);
  }
  pupilByBromcomId(id: number) {
    return this.byBromcom.get(id);
  }
  pupil(id: string) {
    return this.byId.get(id);
  }

  onRoll(p: DemoPupil, date: string): boolean {
    return p.admissionDate <= date && (p.leavingDate === null || date <= p.leavingDate);
  }

  /** Pupils of a group (or `year-N`, or `all`) on roll on a date, by surname then forename. */
  pupilsIn(groupId: string, date: string): DemoPupil[] {
    const g = groupId.toLowerCase();
    const year = /^year-(\d+)$/.exec(g);
    return this.school.pupils
      .filter((p) => (g === 'all' ? true : year ? p.ncYear === Number(year[1]) : p.regGroup.toLowerCase() === g))
      .filter((p) => this.onRoll(p, date))
      .sort((a, b) => a.legalSurname.localeCompare(b.legalSurname) || a.legalForename.localeCompare(b.legalForename) || a.id.localeCompare(b.id));
  }

  /** Pupils on roll at any point of the week starting on `monday`. */
  pupilsInWeek(groupId: string, monday: string): DemoPupil[] {
    const seen = new Map<string, DemoPupil>();
    for (let i = 0; i < 5; i++) for (const p of this.pupilsIn(groupId, addDays(monday, i))) seen.set(p.id, p);
    return [...seen.values()].sort((a, b) => a.legalSurname.localeCompare(b.legalSurname) || a.legalForename.localeCompare(b.legalForename) || a.id.localeCompare(b.id));
  }

  mark(p: DemoPupil, date: string, session: Session): ShownMark | undefined {
    const k = key(p.id, date, session);
    const e = this.edits.get(k);
    if (e) return e.code === '' ? undefined : e;
    return this.generated.get(k);
  }

  save(edits: readonly MarkEdit[]): number {
    let n = 0;
    for (const e of edits) {
      if (!this.byId.has(e.pupilId)) continue;
      const m: ShownMark = { code: e.code };
      if (e.minutes !== undefined && Number.isFinite(e.minutes)) m.minutes = e.minutes;
      if (e.note) m.note = e.note;
      this.edits.set(key(e.pupilId, e.date, e.session), m);
      n++;
    }
    this.saves++;
    return n;
  }

  /** The school days (Mon–Fri in term, not closures) of the week holding `date`. */
  weekDays(date: string): { monday: string; days: string[] } {
    const monday = mondayOf(date);
    const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
    return { monday, days };
  }

  isSchoolDay(date: string): boolean {
    return this.calendar.isSchoolDay(date);
  }

  /** The default register date: asOf when it is a school day, else the last school day before it. */
  defaultDate(): string {
    const i = this.calendar.lastDayOnOrBefore(this.asOf);
    return i >= 0 ? (this.calendar.days[i] as string) : (this.calendar.days[0] ?? this.asOf);
  }
}
