/**
 * Kent County Council term dates 2024/25–2026/27 (copy of shared/domain/calendars/kent-term-dates.json,
 * see calendars.md for every source). Kent's six terms are its half-terms. Bank holidays inside terms are
 * closures. INSET days are placed by each school (5 a year), so they are not guessed: pass the school's own
 * as `insetDays` and they become editable closures.
 */
import data from './kent-term-dates.json' with { type: 'json' };
import { bankHolidaysBetween, BANK_HOLIDAYS_SOURCE } from './bank-holidays';
import type { CalendarSpec, ClosureDetail } from '../calendar';
import type { IsoDate } from '../dates';

export const KENT_YEARS = ['2024/25', '2025/26', '2026/27'] as const;
export type KentYear = (typeof KENT_YEARS)[number];

export interface KentCalendarOptions {
  /** The school's own INSET days (usually 5 a year), as closures. */
  insetDays?: IsoDate[];
}

type YearData = (typeof data.years)['2024/25'];

export function kentCalendar(year: KentYear, options: KentCalendarOptions = {}): CalendarSpec {
  return kentCalendarYears([year], options);
}

/** Several Kent years in one calendar, so windows that span the summer (PN, runs) see both sides. */
export function kentCalendarYears(years: readonly KentYear[], options: KentCalendarOptions = {}): CalendarSpec {
  const terms: CalendarSpec['terms'] = [];
  const details: ClosureDetail[] = [];
  const notes: string[] = [];
  for (const y of years) {
    const yd = (data.years as Record<KentYear, YearData>)[y];
    for (const t of yd.terms) {
      terms.push({ name: `${t.name} ${y}`, start: t.start, end: t.end, provisional: t.provisional, sources: [...t.sources] });
    }
    // Bank holidays inside terms: the file lists them, and the GOV.UK list is checked so none is missed.
    const inTerm = new Set<string>(yd.closures);
    for (const t of yd.terms) for (const b of bankHolidaysBetween(t.start, t.end)) inTerm.add(b.date);
    for (const date of [...inTerm].sort()) {
      const title = bankHolidaysBetween(date, date)[0]?.title ?? 'Bank holiday';
      details.push({ date, reason: title, source: BANK_HOLIDAYS_SOURCE, editable: false });
    }
    notes.push(`${y}: ${yd.notes}`);
  }
  for (const d of options.insetDays ?? []) details.push({ date: d, reason: 'INSET day (set by the school)', editable: true });
  notes.push('INSET days are school-specific (5 a year, inside the KCC term dates) and are not included unless the school adds them.');
  details.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    terms,
    closures: [...new Set(details.map((d) => d.date))],
    closureDetails: details,
    provenance: { source: data.source, notes },
  };
}

/** Adds or replaces a school's INSET days on any calendar spec (editable closures). */
export function withInsetDays(spec: CalendarSpec, insetDays: IsoDate[]): CalendarSpec {
  const kept = (spec.closureDetails ?? spec.closures.map((date): ClosureDetail => ({ date, reason: 'Closure' }))).filter((d) => !d.editable);
  const details = [...kept, ...insetDays.map((date): ClosureDetail => ({ date, reason: 'INSET day (set by the school)', editable: true }))].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  return { ...spec, closures: [...new Set(details.map((d) => d.date))], closureDetails: details };
}
