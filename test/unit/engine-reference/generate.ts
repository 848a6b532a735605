/**
 * Random but plausible vectors for the differential test (seeded, so every case can be replayed by seed).
 */
import { addDays, weekday, type Iso, type Raw, type RefVector } from './reference';

/** mulberry32 */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

const CODES_2024 = ['/', '\\', 'L', 'K', 'V', 'P', 'W', 'B', 'D', 'C1', 'M', 'J1', 'S', 'X', 'C2', 'C', 'E', 'I', 'R', 'T', 'Q',
  'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'G', 'U', 'O', 'N', 'Z', '#'];
const LEGACY_ONLY = ['H', 'F', 'J', 'Y'];
const UNKNOWN = ['?', 'A', 'a', 'I01', '<', '>', 'Y8', 'YY', 'C3', '//', 'ſ', 'ı', '0', '*', 'C 2', 'Y 1', '/\\', 'NN', '--', '#/'];

/** A code as an MIS might show it: sometimes lower case, sometimes padded. */
function dress(r: Rng, c: string): string {
  let s = c;
  if (r.chance(0.08)) s = s.toLowerCase();
  if (r.chance(0.05)) s = r.pick([' ', '  ', '\t']) + s;
  if (r.chance(0.05)) s = s + r.pick([' ', ' \n']);
  return s;
}

function monday(d: Iso) {
  return addDays(d, -weekday(d));
}
/** The first weekday on or after d */
function onOrAfterWeekday(d: Iso) {
  while (weekday(d) >= 5) d = addDays(d, 1);
  return d;
}
/** The Friday on or before d */
function fridayOnOrBefore(d: Iso) {
  while (weekday(d) !== 4) d = addDays(d, -1);
  return d;
}

/** Six Kent-style terms of academic year y/y+1, with some jitter. */
function kentYear(r: Rng, y: number) {
  const j = () => r.int(-3, 3);
  const t = (name: string, s: Iso, e: Iso) => ({ name: `${name} ${y}/${String((y + 1) % 100).padStart(2, '0')}`, start: onOrAfterWeekday(addDays(s, j())), end: fridayOnOrBefore(addDays(e, j())) });
  return [
    t('Autumn 1', `${y}-09-04`, `${y}-10-25`),
    t('Autumn 2', `${y}-11-04`, `${y}-12-20`),
    t('Spring 1', `${y + 1}-01-06`, `${y + 1}-02-14`),
    t('Spring 2', `${y + 1}-02-24`, `${y + 1}-04-04`),
    t('Summer 1', `${y + 1}-04-22`, `${y + 1}-05-23`),
    t('Summer 2', `${y + 1}-06-03`, `${y + 1}-07-22`),
  ];
}

export interface GenOptions {
  /** probability that the pupil is of compulsory school age */
  csa?: number;
}

export function generateVector(seed: number, _o: GenOptions = {}): RefVector & { name: string } {
  const r = prng(seed);
  const year = r.pick([2022, 2023, 2023, 2023, 2024, 2024, 2025]);
  const all = [...kentYear(r, year), ...kentYear(r, year + 1)];
  const nTerms = r.int(2, 8);
  const first = r.int(0, Math.min(all.length - nTerms, 7));
  const terms = all.slice(first, first + nTerms);
  // sometimes a summer-school term across 1 August and the 19 August 2024 cutover (not Kent-style, but legal input)
  if (r.chance(0.08)) {
    const s = r.pick(['2024-07-29', '2024-08-05', '2024-08-12', '2023-07-31', '2025-07-28']);
    const t = { name: `Summer school ${s.slice(0, 4)}`, start: s, end: fridayOnOrBefore(addDays(s, r.int(7, 25))) };
    if (!terms.some((x) => x.start <= t.end && t.start <= x.end)) {
      terms.push(t);
      terms.sort((a, b) => (a.start < b.start ? -1 : 1));
    }
  }
  // sometimes a short term (a calendar whose terms are not all full length)
  if (r.chance(0.1)) {
    const i = r.int(0, terms.length - 1);
    const t = terms[i]!;
    const end = fridayOnOrBefore(addDays(t.start, r.int(4, 20)));
    if (end >= t.start) terms[i] = { ...t, end };
  }
  const calStart = terms[0]!.start;
  const calEnd = terms[terms.length - 1]!.end;
  const span = (Date.parse(calEnd) - Date.parse(calStart)) / 86_400_000;
  const randomDate = (from: Iso, days: number) => addDays(from, r.int(0, Math.max(0, days)));

  const closures: Iso[] = [];
  for (let i = r.int(0, 4); i > 0; i--) {
    const d = randomDate(calStart, span);
    if (weekday(d) < 5 && !closures.includes(d)) closures.push(d);
  }
  closures.sort();

  // Marks: every weekday in a chosen range (plus a few stray dates outside terms), filled by a day plan.
  const markFrom = r.chance(0.7) ? calStart : randomDate(calStart, span * 0.6);
  const markTo = r.chance(0.7) ? calEnd : randomDate(markFrom, (Date.parse(calEnd) - Date.parse(markFrom)) / 86_400_000);
  const inTerm = (d: Iso) => terms.some((t) => t.start <= d && d <= t.end);

  // Episode plan: background present, with random episodes of a pattern.
  type Plan = (d: Iso, i: number) => [Raw, Raw];
  const present: Plan = () => ['/', '\\'];
  const any2024 = () => r.pick(CODES_2024);
  const sometimes = (p: number, c: () => string, else_: string) => (r.chance(p) ? c() : else_);
  const patterns: (() => Plan)[] = [
    () => () => ['O', 'O'],
    () => () => ['N', 'N'],
    () => () => ['G', 'G'],
    () => () => ['U', 'U'],
    () => () => ['I', 'I'],
    () => () => ['E', 'E'],
    () => () => ['C', 'C'],
    () => () => [r.pick(['O', 'N', 'G']), r.pick(['O', 'N', 'G', 'U'])],
    () => () => [r.pick(['O', 'U', 'G', 'N']), r.pick(['O', 'U', 'G', 'N', 'I', '/'])],
    () => () => ['/', 'C2'],
    () => () => ['O', 'C2'],
    () => () => [r.pick(['I', 'I', 'M']), r.pick(['I', '\\'])],
    () => () => [sometimes(0.5, () => 'E', '/'), r.pick(['E', 'E', '\\'])],
    () => () => [r.pick(['Y1', 'Y2', 'X', 'D', 'Q', 'Z']), r.pick(['Y1', 'Y2', 'X', 'D', 'Q', 'Z', 'O'])],
    () => () => ['#', '#'],
    () => () => [any2024(), any2024()],
    () => () => [r.pick(LEGACY_ONLY), r.pick([...LEGACY_ONLY, '\\'])],
    () => () => [r.pick(['O', 'G']), r.pick(['', null, 'O'])],
    () => () => [r.pick(['E', 'E', 'E', 'e', ' E']), r.pick(['E', 'E', 'E', 'K'])],
    () => () => [r.pick(['I', 'I', 'O', 'N', 'G']), r.pick(['I', 'O', 'N', 'Y1'])],
  ];
  const episodes: { from: Iso; to: Iso; plan: Plan }[] = [];
  for (let i = r.int(0, 6); i > 0; i--) {
    const from = randomDate(calStart, span);
    const len = r.pick([1, 2, 3, 5, 8, 9, 10, 11, 14, 15, 16, 20, 22, 30, 45, 70]);
    episodes.push({ from, to: addDays(from, len + Math.floor(len / 5) * 2), plan: r.pick(patterns)() });
  }
  // Focused cases: one long episode (returns, sickness, CME 20 days, suspensions over 15/45 days), asOf inside or just after it.
  let focusAsOf: Iso | null = null;
  if (r.chance(0.3)) {
    const from = randomDate(calStart, span * 0.7);
    const len = r.int(12, 220);
    const plan: Plan = r.pick([
      () => [r.pick(['O', 'O', 'N', 'G']), r.pick(['O', 'G', 'N'])],
      () => ['I', r.chance(0.9) ? 'I' : '/'],
      () => ['E', r.chance(0.9) ? 'E' : '\\'],
      () => [r.pick(['O', 'U']), r.pick(['O', 'U', 'C2'])],
      () => [r.pick(['G', 'G', 'O']), 'G'],
    ] as Plan[]);
    episodes.push({ from, to: addDays(from, len), plan });
    focusAsOf = addDays(from, r.int(10, len + 20));
  }
  const noise = r.pick([0, 0, 0.02, 0.05, 0.15, 0.4]);
  const noiseCode = (d: Iso): Raw => {
    const k = r.next();
    if (k < 0.35) return any2024();
    if (k < 0.5) return r.pick(['O', 'N', 'G', 'U', 'I', 'E', 'C2']);
    if (k < 0.6) return r.pick(LEGACY_ONLY);
    if (k < 0.72) return '';
    if (k < 0.77) return '-';
    if (k < 0.87) return null;
    if (k < 0.95) return r.pick(UNKNOWN);
    return d < '2024-08-19' ? r.pick(['K', 'C1', 'J1', 'Q', 'Y3']) : r.pick(['H', 'J', 'Y', 'F']);
  };

  const marks: { date: Iso; am?: Raw; pm?: Raw }[] = [];
  for (let d = markFrom; d <= markTo; d = addDays(d, 1)) {
    const wd = weekday(d);
    const stray = !inTerm(d) || wd >= 5 || closures.includes(d);
    if (stray && !r.chance(0.03)) continue; // a few marks on non-school days, to be ignored
    if (!stray && r.chance(0.02)) continue; // a day with no marks at all
    const ep = episodes.filter((e) => e.from <= d && d <= e.to);
    let [am, pm] = (ep.length ? ep[ep.length - 1]!.plan : present)(d, 0);
    if (r.chance(noise)) am = noiseCode(d);
    if (r.chance(noise)) pm = noiseCode(d);
    if (r.chance(0.01)) [am, pm] = r.pick([['#', '#'], ['#', null], [null, '#'], ['#', '/'], ['\\', '#'], ['#', '']] as [Raw, Raw][]);
    const m: { date: Iso; am?: Raw; pm?: Raw } = { date: d };
    if (am !== null && typeof am === 'string') m.am = dress(r, am);
    else if (r.chance(0.5)) m.am = null;
    if (pm !== null && typeof pm === 'string') m.pm = dress(r, pm);
    else if (r.chance(0.5)) m.pm = null;
    marks.push(m);
  }

  const asOfKind = r.next();
  const asOf = focusAsOf ?? (
    asOfKind < 0.75
      ? randomDate(calStart, span)
      : asOfKind < 0.85
        ? randomDate(addDays(calStart, -20), 25)
        : asOfKind < 0.95
          ? randomDate(calEnd, 40)
          : markTo);

  const context: { ntiIssuedOn?: Iso } = {};
  if (r.chance(0.3)) context.ntiIssuedOn = randomDate(addDays(calStart, -5), span);

  // Input-shape variations a reader or a settings page could produce (all legal by the schema).
  let outTerms = terms;
  if (r.chance(0.15)) outTerms = outTerms.map((t) => ({ ...t, name: t.name.replace(/ \d{4}\/\d{2}$/, '') })); // "Autumn 1" in two years
  if (r.chance(0.1)) outTerms = outTerms.map((t) => ({ ...t, start: r.chance(0.3) ? addDays(t.start, -r.int(1, 2)) : t.start, end: r.chance(0.3) ? addDays(t.end, r.int(1, 2)) : t.end }));
  if (r.chance(0.1)) outTerms = [...outTerms].sort(() => r.next() - 0.5);
  let outMarks = marks;
  if (r.chance(0.1)) outMarks = [...marks].sort(() => r.next() - 0.5);
  const outClosures = r.chance(0.1) ? [...closures, addDays(calStart, r.int(0, 30)), ...closures.slice(0, 1)] : closures;

  return {
    name: `rand-${seed}`,
    calendar: { terms: outTerms, closures: outClosures },
    pupil: { compulsorySchoolAge: r.chance(0.85) },
    context,
    asOf,
    marks: outMarks,
  };
}

export { monday };
