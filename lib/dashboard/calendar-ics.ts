/**
 * A school's term dates and closures from an .ics file (the calendar feed most schools publish),
 * parsed with ical.js. Events are sorted by their title: a term ("Autumn term", "Spring 2"), a day
 * or days the school is closed to pupils (INSET, training day, closure, bank holiday), or a holiday
 * (half term, Christmas…, which the gaps between terms already express). Every event is accounted
 * for: what is not understood is listed, never silently dropped. Pure: text in, a proposal out.
 */
import ICAL from 'ical.js';
import { addDays, isWeekend, type IsoDate } from '../engine/dates';
import type { CalendarSpec, ClosureDetail, TermSpec } from '../engine/calendar';

export interface IcsProposal {
  terms: TermSpec[];
  closures: ClosureDetail[];
  /** Events read as holidays: not school days, already outside the terms. */
  holidays: { title: string; start: IsoDate; end: IsoDate }[];
  /** Events left out, each with why. */
  leftOut: { title: string; why: string }[];
}

const iso = (t: ICAL.Time) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

const CLOSURE = /\b(inset|training day|teacher day|staff day|pd day|closure|closed|bank holiday|snow day)\b/i;
const HOLIDAY = /\b(half[- ]?term|holiday|christmas|easter|summer break|break)\b/i;
const TERM = /\b(term|autumn|spring|summer)\b/i;

export function parseSchoolIcs(text: string): IcsProposal {
  let comp: ICAL.Component;
  try {
    comp = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw new Error(`This is not a calendar file that can be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const out: IcsProposal = { terms: [], closures: [], holidays: [], leftOut: [] };
  const events = comp.getAllSubcomponents('vevent');
  if (events.length === 0) throw new Error('The calendar file has no events.');
  for (const v of events) {
    const ev = new ICAL.Event(v);
    const title = (ev.summary ?? '').trim() || '(untitled event)';
    if (!ev.startDate) {
      out.leftOut.push({ title, why: 'it has no start date' });
      continue;
    }
    if (ev.isRecurring()) {
      out.leftOut.push({ title, why: 'it repeats; term dates and closures are one-off events' });
      continue;
    }
    const start = iso(ev.startDate);
    // All-day events end on the day after (DTEND is exclusive); timed events end on their own day.
    const endRaw = ev.endDate ? iso(ev.endDate) : start;
    const end = ev.startDate.isDate && ev.endDate && endRaw > start ? addDays(endRaw, -1) : endRaw < start ? start : endRaw;
    if (CLOSURE.test(title)) {
      let any = false;
      for (let d = start; d <= end; d = addDays(d, 1)) {
        if (isWeekend(d)) continue;
        out.closures.push({ date: d, reason: title, source: 'ics', editable: true });
        any = true;
      }
      if (!any) out.leftOut.push({ title, why: 'it falls only on a weekend' });
    } else if (HOLIDAY.test(title)) {
      out.holidays.push({ title, start, end });
    } else if (TERM.test(title) && end > start) {
      out.terms.push({ name: title, start, end, sources: ['ics'] });
    } else {
      out.leftOut.push({ title, why: TERM.test(title) ? 'a term must last more than one day (is it a start or end marker?)' : 'its title does not say term, holiday, INSET or closure' });
    }
  }
  out.terms.sort((a, b) => (a.start < b.start ? -1 : 1));
  out.closures.sort((a, b) => (a.date < b.date ? -1 : 1));
  return out;
}

/** The proposal as the calendar the engine reads (closures de-duplicated, in order). */
export function specFromProposal(p: Pick<IcsProposal, 'terms' | 'closures'>, source: string): CalendarSpec {
  const seen = new Set<string>();
  const details = p.closures.filter((c) => (seen.has(c.date) ? false : (seen.add(c.date), true)));
  return { terms: p.terms, closures: details.map((c) => c.date), closureDetails: details, provenance: { source } };
}
