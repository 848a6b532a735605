/**
 * A demo school with a year of AM/PM marks up to `asOf`, on the Kent calendar of the academic year
 * containing `asOf`: by default the secondary (Hawkridge Academy: about 300 invented pupils, Y7–Y11,
 * two registration groups a year, e.g. 7RB), or the primary (Foxhole Down: 180 pupils, Y1–Y6, one
 * class a year, e.g. 2OS). The demo server shows the secondary in the Arbor style and the primary in
 * the Bromcom style (kinds.ts). Both leave out pupils below compulsory school age (no `X` phased
 * starts to muddy the figures). Seed and kind change the pupils; the secondary of seed 1 is the one
 * the tests name.
 *
 * Pure and deterministic: no clock, no DOM, no Node APIs; the same `{seed, asOf}` gives the same
 * JSON byte for byte.
 */
import { buildCalendar, academicYearOf, type SchoolCalendar } from '../engine/calendar';
import { demoCalendarSpec } from './calendar-spec';
import { daysBetween, isIsoDate } from '../engine/dates';
import { createRng } from './prng';
import { buildGroups, generateIdentities, makeIdentity } from './people';
import { generatePupilMarks } from './marks';
import { KINDS, type SchoolKind } from './kinds';
import type { AttendanceStory, DemoClosure, DemoPupil, DemoSchool } from './types';

export { DEMO_SCHOOL_INFO, DEMO_PRIMARY_INFO, type SchoolKind } from './kinds';

export interface GenerateSchoolOptions {
  seed: number;
  /** The last day with marks (the shell passes today's date). */
  asOf: string;
  /** Secondary (Hawkridge Academy, Y7–Y11, the default) or primary (Foxhole Down, Y1–Y6). */
  kind?: SchoolKind;
}

export function generateSchool({ seed, asOf, kind: kindName = 'secondary' }: GenerateSchoolOptions): DemoSchool {
  const kind = KINDS[kindName];
  if (!isIsoDate(asOf)) throw new Error(`asOf must be a real date YYYY-MM-DD, got ${asOf}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const year = academicYearOf(asOf);
  const startYear = Number(year.start.slice(0, 4));
  const spec = demoCalendarSpec(year.label);
  const cal = buildCalendar(spec);
  const yearDays = cal.schoolDays(year.start, year.end);
  const elapsed = cal.schoolDays(year.start, asOf);

  const wholeSchool = wholeSchoolDays(cal, yearDays, elapsed, seed);
  const preset = new Map<string, readonly [string, string]>();
  for (const c of wholeSchool) preset.set(c.date, [c.code, c.code]);

  const groups = buildGroups(kind);
  const identities = generateIdentities({ seed, startYear, kind }, groups);
  const rng = createRng(seed, 'stories');

  // Story mix: 2% severe absentees, 18% more persistent absentees (20% PA in all), the rest regular.
  const order = rng.shuffle(identities.map((_, i) => i));
  const stories = new Map<number, AttendanceStory[]>();
  const nSevere = Math.round(identities.length * 0.02);
  const nPa = Math.round(identities.length * 0.2);
  const severe = order.slice(0, nSevere);
  const persistent = order.slice(nSevere, nPa);
  const regular = order.slice(nPa);
  severe.forEach((i) => stories.set(i, ['severe']));
  persistent.forEach((i) => stories.set(i, ['persistent']));
  regular.forEach((i) => stories.set(i, ['regular']));
  const add = (i: number | undefined, s: AttendanceStory) => i !== undefined && stories.get(i)?.push(s);
  add(severe[0], 'part-time-timetable');
  add(severe[1], 'missing-education');
  add(persistent[0], 'long-illness');
  add(persistent[1], 'long-illness');
  add(persistent[2], 'part-time-timetable');
  add(persistent[3], 'part-time-timetable');
  add(persistent[4], 'suspended');
  persistent.slice(5, 11).forEach((i) => add(i, 'holiday'));
  regular.slice(0, 4).forEach((i) => add(i, 'holiday'));
  const recentN = new Set([...regular.slice(4, 10), ...persistent.slice(11, 14)].map((i) => identities[i]?.id));
  const leaverIndex = regular[20];
  add(leaverIndex, 'leaver');

  const at = (share: number): string | undefined => elapsed[Math.min(elapsed.length - 1, Math.floor(elapsed.length * share))];
  const firstDay = yearDays[0] ?? year.start;
  const leavingDate = elapsed.length >= 10 ? (at(0.55) ?? null) : null;

  const pupils: DemoPupil[] = identities.map((identity, i) => {
    const s = stories.get(i) ?? ['regular'];
    const isLeaver = i === leaverIndex && leavingDate !== null;
    return {
      ...identity,
      admissionDate: `${startYear - (identity.ncYear - kind.entryYear)}-09-01`,
      leavingDate: isLeaver ? leavingDate : null,
      stories: isLeaver ? s : s.filter((x) => x !== 'leaver'),
      marks: [],
      lateMinutes: [],
    };
  });

  // A mid-year joiner (Year 8 at the secondary, Year 4 at the primary) arriving from outside Kent,
  // with no marks before admission.
  const joinerGroup = groups.find((g) => g.ncYear === kind.joinerYear);
  if (joinerGroup && elapsed.length >= 10) {
    const joinerRng = createRng(seed, 'joiner');
    const joiner = makeIdentity(joinerRng, identities.length + 1, joinerGroup, startYear, () => 49_000 + joinerRng.int(0, 999), new Set(identities.map((p) => p.upn)), 209, kind);
    pupils.push({ ...joiner, admissionDate: at(0.45) ?? firstDay, leavingDate: null, stories: ['regular', 'joiner'], marks: [], lateMinutes: [] });
  }

  // A day trip (Year 9 at the secondary, Year 5 at the primary): most of the year group is on an educational visit (V) for a day.
  const tripDay = elapsed.length >= 20 ? elapsed.slice(Math.floor(elapsed.length * 0.35)).find((d) => !preset.has(d)) : undefined;

  for (const pupil of pupils) {
    const prng = createRng(seed, `marks:${pupil.id}`);
    const onRoll = elapsed.filter((d) => d >= pupil.admissionDate && (pupil.leavingDate === null || d <= pupil.leavingDate));
    const pupilPreset = new Map(preset);
    if (tripDay && pupil.ncYear === kind.tripYear && prng.chance(0.9)) pupilPreset.set(tripDay, ['V', 'V']);
    const breakAfter: number[] = [];
    for (let k = 0; k + 1 < onRoll.length; k++) if (daysBetween(onRoll[k] as string, onRoll[k + 1] as string) > 3) breakAfter.push(k);
    const profile = pupil.stories.includes('severe') ? 'severe' : pupil.stories.includes('persistent') ? 'persistent' : 'regular';
    const roll = prng.next();
    const absenceRate =
      profile === 'severe' ? 0.52 + prng.next() * 0.28
      : profile === 'persistent' ? 0.105 + prng.next() * 0.2
      : roll < 0.07 ? 0
      : roll < 0.12 ? 0.07 + prng.next() * 0.025
      : 0.012 + prng.next() * 0.058;
    const lateRoll = prng.next();
    const lateRate = profile !== 'regular' ? 0.06 : lateRoll < 0.7 ? 0.01 : lateRoll < 0.9 ? 0.04 : 0.1;
    const { marks, lateMinutes } = generatePupilMarks({
      rng: prng, days: onRoll, preset: pupilPreset, stories: pupil.stories, absenceRate, lateRate,
      recentN: recentN.has(pupil.id), breakAfter,
    });
    pupil.marks = marks;
    pupil.lateMinutes = lateMinutes;
  }

  return {
    seed,
    asOf,
    academicYear: year.label,
    school: kind.info,
    calendar: { terms: spec.terms.map((t) => ({ name: t.name, start: t.start, end: t.end })), closures: [...spec.closures] },
    wholeSchoolDays: wholeSchool,
    groups,
    pupils,
  };
}

/**
 * INSET days (`#` for everyone, both sessions) at the usual places — the first two days of term 1,
 * its last day, the first day of terms 3 and 6 — and, once enough of the year has passed, a snow day
 * on which the whole school closed (`Y4`), in winter when the year has reached it.
 */
function wholeSchoolDays(cal: SchoolCalendar, yearDays: readonly string[], elapsed: readonly string[], seed: number): DemoClosure[] {
  const out: DemoClosure[] = [];
  const inset = new Set<string>();
  const termDays = (i: number) => (cal.terms[i] ? yearDays.filter((d) => cal.termOf(d)?.index === cal.terms[i]?.index) : []);
  const t1 = termDays(0);
  for (const d of [t1[0], t1[1], t1[t1.length - 1], termDays(2)[0], termDays(5)[0]]) if (d) inset.add(d);
  for (const d of [...inset].sort()) out.push({ date: d, code: '#', reason: 'INSET day (staff training): school closed to pupils' });
  const open = elapsed.filter((d) => !inset.has(d));
  if (open.length >= 30) {
    const rng = createRng(seed, 'snow');
    const winter = open.slice(0, -10).filter((d) => ['11', '12', '01', '02', '03'].includes(d.slice(5, 7)));
    const snow = winter.length > 0 ? rng.pick(winter) : open[Math.floor(open.length * 0.7) + rng.int(0, 3)];
    const isWinter = snow !== undefined && ['11', '12', '01', '02', '03'].includes(snow.slice(5, 7));
    if (snow) out.push({ date: snow, code: 'Y4', reason: isWinter ? 'Snow: whole school closed' : 'Storm damage: whole school closed' });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
