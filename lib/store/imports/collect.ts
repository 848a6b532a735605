import { applyCodeMapping, CODESET_CUTOVER, normaliseMark, type CodeMapping } from '../../engine/codes';
import { markYearOf, SLOTS, slotOf } from '../mark-years';
import type { SchoolCalendar } from '../../engine/calendar';
import { isWeekend } from '../../engine/dates';
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
  private marks: (PreviewMark | null)[] = [];
  /**
   * Where each session's mark is in `marks`, per pupil and academic year, by slot (mark-years.ts): 1 + index,
   * 0 = none yet, -1 = dropped (two different marks). Typed arrays, not a Map of 780,000 string keys: a
   * 2,000-pupil year spent most of its preview building and collecting those strings.
   */
  private markAt = new Map<string, Int32Array>();
  /** normaliseMark by era and text: a file has a few dozen different codes, not 780,000. */
  private normalised = new Map<string, ReturnType<typeof normaliseMark>>();
  /** The code as stored, by session and text (same reason). */
  private stored = new Map<string, string>();
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

  /** Registers the pupil on a row; returns its key, or null (with a problem) when it cannot be identified. */
  pupil(raw: PupilInput, line: number): string | null {
    const { input, notes } = cleanPupil(raw);
    const upn = input.upn ? normaliseUpn(input.upn) : undefined;
    const misId = input.misId || undefined;
    const legal = input.legalForename && input.legalSurname ? `${input.legalForename} ${input.legalSurname}` : undefined;
    const nd = nameDobKey(legal ?? input.name, input.dob);
    const key = misId ? `id:${misId}` : upn ? `upn:${upn}` : nd ? `nd:${nd}` : null;
    if (!key) {
      this.problem(
        line,
        `cannot identify the pupil "${input.name || '(no name)'}": a UPN, an admission number or MIS id, or a name with date of birth is needed (a name alone is never used)`,
      );
      return null;
    }
    const seen = this.pupils.get(key);
    if (!seen) {
      for (const n of notes) this.problem(line, n);
      if (upn) {
        const bad = upnProblem(upn);
        if (bad) this.problem(line, `${bad}; it is kept as written — check it in the MIS`);
      }
      const clean = Object.fromEntries(Object.entries({ ...input, upn, misId }).filter(([, v]) => v !== undefined && v !== ''));
      this.pupils.set(key, { ...(clean as PupilInput), key, line, marks: 0 });
      return key;
    }
    for (const f of ['upn', 'dob', 'name'] as const) {
      const now = f === 'upn' ? upn : input[f];
      if (now && seen[f] && now !== seen[f]) {
        this.problem(line, `${seen.name}: ${f === 'dob' ? 'date of birth' : f === 'upn' ? 'UPN' : 'name'} "${now}" differs from line ${seen.line} ("${seen[f]}"); line ${seen.line} was kept`);
      }
    }
    return key;
  }

  /** Sessions a file left blank on purpose (a space or "-" in a CTF marks string): counted in the notes. */
  blank(n: number): void {
    this.blanks += n;
  }

  /** One session's raw mark from the file. `where` says which column or position, for the problem text. */
  mark(pupil: string, date: string, session: Session, raw: string | undefined, line: number, where: string, minutesLate?: number): void {
    if (raw === undefined || raw.trim() === '') return;
    const mapped = this.opts.codeMapping ? (applyCodeMapping(raw, this.opts.codeMapping) ?? raw) : raw;
    const nk = `${date < CODESET_CUTOVER ? 0 : 1}${mapped}`;
    let nm = this.normalised.get(nk);
    if (!nm) {
      nm = normaliseMark(mapped, date);
      this.normalised.set(nk, nm);
    }
    if (nm.category === 'missing') {
      this.blanks++;
      return;
    }
    if (nm.category === 'unknown') {
      this.problem(line, `${where}: unknown code "${mapped.trim()}" for ${date} ${session}; not imported`);
      return;
    }
    if (nm.flags.includes('LEGACY_CODE_AFTER_CUTOVER')) this.legacyAfterCutover++;
    // Stored as the MIS shows it after D-NORM; a legacy code stays legacy (the engine reads it by date).
    const ck = `${session}${mapped}`;
    let code = this.stored.get(ck);
    if (code === undefined) {
      code = mapped.trim().replace(/[a-z]+/g, (s) => s.toUpperCase());
      if (code === '/' && session === 'PM') code = '\\';
      else if (code === '\\' && session === 'AM') code = '/';
      this.stored.set(ck, code);
    }

    const cal = this.opts.calendar;
    if (cal && this.coverage && date >= this.coverage.from && date <= this.coverage.to) {
      if (!cal.isSchoolDay(date)) {
        if (code === '#') return;
        const why = isWeekend(date) ? 'a weekend' : cal.termOf(date) ? 'a closure day in your calendar' : 'a holiday in your calendar';
        this.group(line, `not-school:${why}`, date, (range, n) => `${range} is ${why}, not a school day; ${n === 1 ? 'the mark was' : `${n} marks were`} not imported`);
        return;
      }
    } else {
      if (isWeekend(date)) {
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

    const yk = `${pupil}|${markYearOf(date)}`;
    let slots = this.markAt.get(yk);
    if (!slots) this.markAt.set(yk, (slots = new Int32Array(SLOTS)));
    const slot = slotOf(date, session);
    if (slots[slot] === -1) {
      this.problem(line, `${where}: another conflicting mark for ${date} ${session} of this pupil; not imported`);
      return;
    }
    const at = slots[slot]! - 1;
    if (at >= 0) {
      const first = this.marks[at]!;
      if (first.code === code) {
        this.group(line, `dup:${first.line}`, date, (range, n) => `repeats line ${first.line} (${n === 1 ? 'the same mark' : `${n} marks the same`}, ${range}); counted once`);
      } else {
        this.problem(line, `${where}: says ${code} for ${date} ${session}, but line ${first.line} says ${first.code}; neither imported`);
        this.marks[at] = null;
        slots[slot] = -1;
      }
      return;
    }
    this.marks.push({ pupil, date, session, code, ...(minutesLate !== undefined ? { minutesLate } : {}), line });
    slots[slot] = this.marks.length;
  }

  finish(format: ImportFormat, encoding: TextEncodingName, extra: Partial<ImportPreview> = {}): ImportPreview {
    const marks = this.marks.filter((m): m is PreviewMark => m !== null);
    let from: string | null = null;
    let to: string | null = null;
    for (const m of marks) {
      this.pupils.get(m.pupil)!.marks++;
      if (from === null || m.date < from) from = m.date;
      if (to === null || m.date > to) to = m.date;
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
    return {
      format,
      encoding,
      pupils: [...this.pupils.values()],
      marks,
      problems: this.problems,
      notes,
      range: from && to ? { from, to } : null,
      needsMapping: false,
      ...extra,
    };
  }
}
