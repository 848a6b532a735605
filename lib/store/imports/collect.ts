import { applyCodeMapping, CODESET_CUTOVER, normaliseMark, type CodeMapping } from '../../engine/codes';
import { datesOfYear, SLOTS } from '../mark-years';
import { DROPPED, PackedMarks, yearSlot } from './packed-marks';
import type { SchoolCalendar } from '../../engine/calendar';
import { isWeekend, toDayNumber, weekdayOfDayNumber } from '../../engine/dates';
import { nameDobKey, normaliseUpn, upnProblem } from '../identity';
import type { Session } from '../rows';
import { cleanText, looksLikeFormula } from './text';
import type { ImportFormat, ImportPreview, ImportProblem, PreviewMark, PreviewPupil, TextEncodingName } from './types';

/**
 * What every import format shares once a row is read: pupil keys, code normalisation (engine D-NORM),
 * school-day checks against the calendar, duplicates. Each problem names its line and what was wrong;
 * a mark with a problem is left out, unless the problem says it was kept.
 */
export interface CollectOptions {
  /** The school's calendar, to check that marks fall on school days. */
  calendar?: SchoolCalendar;
  /** An explicit MIS mapping applied before normalisation (e.g. One's stand-ins for C1/C2). */
  codeMapping?: CodeMapping;
}

export const MAX_LISTED_PROBLEMS = 2000;

type PupilInput = Omit<PreviewPupil, 'key' | 'line' | 'marks'>;
interface PupilMemo {
  raw: PupilInput;
  key: string | null;
  /** What a later row with these cells is told (null until asked: the first call registered the pupil). */
  repeat: string[] | null;
}

const TEXT_FIELDS = ['name', 'upn', 'misId', 'legalSurname', 'legalForename', 'middleNames', 'preferredSurname', 'preferredForename', 'sex', 'yearGroup', 'regGroup'] as const;
const FIELD_WORDS: Record<(typeof TEXT_FIELDS)[number], string> = {
  name: 'name',
  upn: 'UPN',
  misId: 'admission number / MIS id',
  legalSurname: 'surname',
  legalForename: 'forename',
  middleNames: 'middle names',
  preferredSurname: 'preferred surname',
  preferredForename: 'preferred forename',
  sex: 'sex',
  yearGroup: 'year group',
  regGroup: 'registration group',
};

/**
 * Identity text as a person reads it: zero-width and odd spaces removed (so "1234\u200B" is the same
 * pupil as "1234", never a second one), and cells a spreadsheet would run as formulas flagged. Both are
 * said once per pupil, on the line where the pupil first appears.
 */
function cleanPupil(raw: PupilInput): { input: PupilInput; notes: string[] } {
  const input: PupilInput = { ...raw };
  const notes: string[] = [];
  for (const f of TEXT_FIELDS) {
    const v = raw[f];
    if (typeof v !== 'string') continue;
    const { text, changed } = cleanText(v);
    (input as Record<string, unknown>)[f] = text === '' ? undefined : text;
    if (changed && text !== '') notes.push(`${FIELD_WORDS[f]} "${text}" held invisible or unusual space characters; they were removed`);
    if (looksLikeFormula(text)) {
      notes.push(`${FIELD_WORDS[f]} "${text}" starts with "${text[0]}", like a spreadsheet formula; it is kept as plain text and never run — check it in the MIS`);
    }
  }
  return { input, notes };
}

export class ImportCollector {
  private pupils = new Map<string, PreviewPupil>();
  /** The marks taken, packed by pupil and academic year (packed-marks.ts): no object per mark. */
  private packed = new PackedMarks();
  /** normaliseMark by era (before / after the 2024 codes) and text: a file has a few dozen different codes, not 780,000. */
  private normalised: [Map<string, ReturnType<typeof normaliseMark>>, Map<string, ReturnType<typeof normaliseMark>>] = [new Map(), new Map()];
  /** The code as stored (index into `packed.codes`), by session and text (same reason). */
  private stored: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  /** The same pupil cells on many rows (a weekly file has one row per week): identified once. */
  private pupilMemo = new Map<string, PupilMemo>();
  private lastPupilCall: PupilMemo | null = null;
  private outsideCalendarLines = new Set<number>();
  private problemCount = 0;
  readonly problems: ImportProblem[] = [];
  readonly notes: string[] = [];
  private blanks = 0;
  private legacyAfterCutover = 0;
  private coverage: { from: string; to: string } | null = null;
  /** Per-line summaries, so a whole duplicated or holiday row is one problem, not ten. */
  private grouped = new Map<string, { line: number; dates: string[]; say: (range: string, n: number) => string }>();

  constructor(private readonly opts: CollectOptions = {}) {
    const days = opts.calendar?.days;
    if (days && days.length) this.coverage = { from: days[0]!, to: days[days.length - 1]! };
  }

  problem(line: number, what: string): void {
    this.problemCount++;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ line, what });
  }

  private group(line: number, kind: string, date: string, say: (range: string, n: number) => string): void {
    const k = `${line}|${kind}`;
    const g = this.grouped.get(k);
    if (g) g.dates.push(date);
    else this.grouped.set(k, { line, dates: [date], say });
  }

  /**
   * Registers the pupil on a row; returns its key, or null (with a problem) when it cannot be identified.
   * Rows repeating the cells of an earlier row give the same answer and the same problems (on their own line)
   * without identifying the pupil again.
   */
  pupil(raw: PupilInput, line: number): string | null {
    const sig = raw.contacts ? null : JSON.stringify(raw);
    const memo = sig === null ? undefined : this.pupilMemo.get(sig);
    if (memo) return this.pupilAgain(line, memo);
    const said: string[] = [];
    const { key, created } = this.identify(raw, line, (what) => said.push(what));
    for (const what of said) this.problem(line, what);
    const entry: PupilMemo = { raw, key, repeat: created ? null : said };
    if (sig !== null) this.pupilMemo.set(sig, entry);
    this.lastPupilCall = entry;
    return key;
  }

  /**
   * The pupil of the previous `pupil` call again, on a row whose pupil cells are exactly the previous row's (a
   * weekly file's next week): the same key and the same problems, on this line.
   */
  pupilAgain(line: number, memo: PupilMemo | null = this.lastPupilCall): string | null {
    if (!memo) throw new Error('pupilAgain before any pupil');
    if (!memo.repeat) {
      // The call that registered the pupil said its notes; every later one says what a later row would.
      const said: string[] = [];
      this.identify(memo.raw, line, (what) => said.push(what));
      memo.repeat = said;
    }
    for (const what of memo.repeat) this.problem(line, what);
    this.lastPupilCall = memo;
    return memo.key;
  }

  private identify(raw: PupilInput, line: number, say: (what: string) => void): { key: string | null; created: boolean } {
    const { input, notes } = cleanPupil(raw);
    const upn = input.upn ? normaliseUpn(input.upn) : undefined;
    const misId = input.misId || undefined;
    const legal = input.legalForename && input.legalSurname ? `${input.legalForename} ${input.legalSurname}` : undefined;
    const nd = nameDobKey(legal ?? input.name, input.dob);
    const key = misId ? `id:${misId}` : upn ? `upn:${upn}` : nd ? `nd:${nd}` : null;
    if (!key) {
      say(`cannot identify the pupil "${input.name || '(no name)'}": a UPN, an admission number or MIS id, or a name with date of birth is needed (a name alone is never used)`);
      return { key: null, created: false };
    }
    const seen = this.pupils.get(key);
    if (!seen) {
      for (const n of notes) say(n);
      if (upn) {
        const bad = upnProblem(upn);
        if (bad) say(`${bad}; it is kept as written — check it in the MIS`);
      }
      const clean = Object.fromEntries(Object.entries({ ...input, upn, misId }).filter(([, v]) => v !== undefined && v !== ''));
      this.pupils.set(key, { ...(clean as PupilInput), key, line, marks: 0 });
      return { key, created: true };
    }
    for (const f of ['upn', 'dob', 'name'] as const) {
      const now = f === 'upn' ? upn : input[f];
      if (now && seen[f] && now !== seen[f]) {
        say(`${seen.name}: ${f === 'dob' ? 'date of birth' : f === 'upn' ? 'UPN' : 'name'} "${now}" differs from line ${seen.line} ("${seen[f]}"); line ${seen.line} was kept`);
      }
    }
    return { key, created: false };
  }

  /** Sessions a file left blank on purpose (a space or "-" in a CTF marks string): counted in the notes. */
  blank(n: number): void {
    this.blanks += n;
  }

  /**
   * One session's raw mark from the file. `where` says which column or position, for the problem text (a
   * function when it costs a string to say: it is asked only when there is a problem).
   */
  mark(pupil: string, date: string, session: Session, raw: string | undefined, line: number, where: string | (() => string), minutesLate?: number): void {
    if (raw === undefined || raw.trim() === '') return;
    const mapped = this.opts.codeMapping ? (applyCodeMapping(raw, this.opts.codeMapping) ?? raw) : raw;
    const era = date < CODESET_CUTOVER ? 0 : 1;
    let nm = this.normalised[era].get(mapped);
    if (!nm) {
      nm = normaliseMark(mapped, date);
      this.normalised[era].set(mapped, nm);
    }
    if (nm.category === 'missing') {
      this.blanks++;
      return;
    }
    if (nm.category === 'unknown') {
      this.problem(line, `${whereText(where)}: unknown code "${mapped.trim()}" for ${date} ${session}; not imported`);
      return;
    }
    if (nm.flags.includes('LEGACY_CODE_AFTER_CUTOVER')) this.legacyAfterCutover++;
    // Stored as the MIS shows it after D-NORM; a legacy code stays legacy (the engine reads it by date).
    const pm = session === 'PM' ? 1 : 0;
    let ci = this.stored[pm].get(mapped);
    if (ci === undefined) {
      let code = mapped.trim().replace(/[a-z]+/g, (x) => x.toUpperCase());
      if (code === '/' && pm) code = '\\';
      else if (code === '\\' && !pm) code = '/';
      ci = this.packed.codeIndex(code);
      this.stored[pm].set(mapped, ci);
    }
    const code = this.packed.codes[ci - 1]!;

    const cal = this.opts.calendar;
    const dn = toDayNumber(date);
    if (cal && this.coverage && date >= this.coverage.from && date <= this.coverage.to) {
      if (!cal.isSchoolDay(date)) {
        if (code === '#') return;
        const why = isWeekend(date) ? 'a weekend' : cal.termOf(date) ? 'a closure day in your calendar' : 'a holiday in your calendar';
        this.group(line, `not-school:${why}`, date, (range, n) => `${range} is ${why}, not a school day; ${n === 1 ? 'the mark was' : `${n} marks were`} not imported`);
        return;
      }
    } else {
      if (weekdayOfDayNumber(dn) >= 6) {
        if (code === '#') return;
        this.group(line, 'weekend', date, (range, n) => `${range} is a weekend; ${n === 1 ? 'the mark was' : `${n} marks were`} not imported`);
        return;
      }
      if (cal && !this.outsideCalendarLines.has(line)) {
        this.outsideCalendarLines.add(line);
        this.problem(
          line,
          `${date} is outside your school calendar (${this.coverage ? `${this.coverage.from} to ${this.coverage.to}` : 'no terms set'}); marks imported, but school days not checked`,
        );
      }
    }

    const { year, slot } = yearSlot(date, session, dn);
    const rec = this.packed.recordOf(pupil, year);
    const y = this.packed.years[rec]!;
    const had = y.slots[slot]!;
    if (had === DROPPED) {
      this.problem(line, `${whereText(where)}: another conflicting mark for ${date} ${session} of this pupil; not imported`);
      return;
    }
    if (had) {
      const firstLine = y.lines[slot]!;
      if (had === ci) {
        this.group(line, `dup:${firstLine}`, date, (range, n) => `repeats line ${firstLine} (${n === 1 ? 'the same mark' : `${n} marks the same`}, ${range}); counted once`);
      } else {
        this.problem(line, `${whereText(where)}: says ${code} for ${date} ${session}, but line ${firstLine} says ${this.packed.codes[had - 1]}; neither imported`);
        this.packed.drop(rec, slot);
      }
      return;
    }
    this.packed.put(rec, slot, ci, line, minutesLate);
  }

  finish(format: ImportFormat, encoding: TextEncodingName, extra: Partial<Omit<ImportPreview, 'marks' | 'packed'>> = {}): ImportPreview {
    const packed = this.packed;
    let lo: { year: number; slot: number } | null = null;
    let hi: { year: number; slot: number } | null = null;
    for (const y of packed.years) {
      if (!y.n) continue;
      this.pupils.get(y.pupil)!.marks += y.n;
      let first = -1;
      let last = -1;
      for (let s = 0; s < SLOTS; s++) {
        const c = y.slots[s]!;
        if (c && c !== DROPPED) {
          if (first < 0) first = s;
          last = s;
        }
      }
      if (!lo || y.year < lo.year || (y.year === lo.year && first < lo.slot)) lo = { year: y.year, slot: first };
      if (!hi || y.year > hi.year || (y.year === hi.year && last > hi.slot)) hi = { year: y.year, slot: last };
    }
    for (const g of this.grouped.values()) {
      const ds = [...new Set(g.dates)].sort();
      this.problem(g.line, g.say(ds.length === 1 ? ds[0]! : `${ds[0]} to ${ds[ds.length - 1]}`, g.dates.length));
    }
    const notes = [...this.notes];
    if (this.blanks) notes.push(`${this.blanks} blank marks ("-" or empty) are not marks and were skipped`);
    if (this.legacyAfterCutover) {
      notes.push(`${this.legacyAfterCutover} pre-2024 codes (H, F, J, Y) are dated after 19 August 2024; the engine reads them as their 2024 successors`);
    }
    if (this.problemCount > this.problems.length) notes.push(`${this.problemCount - this.problems.length} more problems are not listed`);
    this.problems.sort((a, b) => a.line - b.line);
    return withPacked(
      {
        format,
        encoding,
        pupils: [...this.pupils.values()],
        problems: this.problems,
        notes,
        range: lo && hi ? { from: datesOfYear(lo.year)[lo.slot >> 1]!, to: datesOfYear(hi.year)[hi.slot >> 1]! } : null,
        needsMapping: false,
        ...extra,
      },
      packed,
    );
  }
}

const whereText = (where: string | (() => string)) => (typeof where === 'string' ? where : where());

/** A preview with its packed marks, and the list form of them made on first read (not enumerable). */
export function withPacked(p: Omit<ImportPreview, 'marks' | 'packed'>, packed: PackedMarks): ImportPreview {
  let list: readonly PreviewMark[] | null = null;
  const out = { ...p, packed } as ImportPreview;
  Object.defineProperty(out, 'marks', { enumerable: false, configurable: true, get: () => (list ??= packed.list()) });
  return out;
}
