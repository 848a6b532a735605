import Papa from 'papaparse';
import { addDays, weekdayOf } from '../../engine/dates';
import { ImportCollector, type CollectOptions } from './collect';
import { guessColumns, headerScore, shapeOf } from './csv-columns';
import { judgeDateOrder, parseDate, type DateOrder, type DateSample } from './dates';
import { DAY_SESSION_FIELDS, type ColumnGuess, type CsvField, type ImportPreview, type ImportProblem, type PreviewOutcome } from './types';

/**
 * CSV exports in the common MIS shapes, parsed with papaparse (never by hand):
 * - weekly: one row per pupil per week, "Week beginning" + Mon AM … Fri PM columns;
 * - sessions: one row per pupil-session (date, session, code);
 * - days: one row per pupil-day (date, AM, PM).
 * Line numbers are the file's own (1-based), so a user can find the row in a spreadsheet or editor.
 */
export interface CsvOptions extends CollectOptions {
  /** Column index → field, from the mapping step; overrides the guesses. */
  mapping?: Partial<Record<number, CsvField | null>>;
  /** The user's answer when the preview asked (`preview.dateOrder.order === null`): day or month first. */
  dateOrder?: DateOrder;
}

interface Row {
  cells: string[];
  line: number;
  error?: string;
}

/**
 * The delimiter is the one under which a row of the first ten reads as the best header; counting
 * characters alone would let a name full of commas in a tab-separated file choose the comma.
 */
function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 10).join('\n');
  let best = { d: '', score: 0 };
  for (const d of [',', '\t', ';', '|']) {
    const rows = Papa.parse<string[]>(head, { delimiter: d, preview: 10 }).data;
    const score = Math.max(0, ...rows.map((r) => headerScore(r)));
    if (score > best.score) best = { d, score };
  }
  if (best.score >= 2) return best.d;
  const counts = [',', '\t', ';', '|'].map((d) => [d, head.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

function readRows(text: string): Row[] {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const rows: Row[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step(r) {
      const row: Row = { cells: r.data, line: lineOf(start) };
      const quote = r.errors.find((e) => e.type === 'Quotes');
      if (quote) row.error = 'a quoted value is not closed (the file may be cut off here)';
      rows.push(row);
      start = r.meta.cursor;
    },
  });
  return rows;
}

const isBlankRow = (cells: string[]) => cells.every((c) => c.trim() === '');

export function previewCsv(text: string, encoding: string, decodeProblems: ImportProblem[], opts: CsvOptions = {}): PreviewOutcome {
  const rows = readRows(text.replace(/^\uFEFF/, ''));
  // The header is the first row (of the first ten) that names at least two known columns; exports
  // often put a title line or two above it.
  let h = -1;
  let best = 0;
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const s = headerScore(rows[i]!.cells);
    if (s > best) {
      best = s;
      h = i;
    }
    if (s >= 3) break;
  }
  if (h < 0) {
    const firstNonBlank = rows.findIndex((r) => !isBlankRow(r.cells));
    if (firstNonBlank < 0) return { ok: false, reason: 'the file has no rows', line: 1 };
    if (!opts.mapping) {
      return { ok: false, reason: 'no header row with recognisable column names (UPN, name, date, session, mark, Mon AM …) in the first 10 lines', line: 1 };
    }
    h = firstNonBlank;
  }
  const header = rows[h]!;
  const columns = guessColumns(header.cells, opts.mapping);
  const { shape, missing } = shapeOf(columns);
  const unsure = columns.some((c) => c.how === 'guessed');
  const c = new ImportCollector(opts);
  for (const p of decodeProblems) c.problem(p.line, p.what);
  for (let i = 0; i < h; i++) if (!isBlankRow(rows[i]!.cells)) c.notes.push(`line ${rows[i]!.line} above the header was skipped`);

  if (!shape) {
    c.problem(header.line, `cannot tell which columns hold the register: missing ${missing.join('; ')}. Choose the columns in the mapping step.`);
    return { ok: true, preview: c.finish('csv-sessions', encoding, { columns, needsMapping: true }) };
  }

  const col = new Map<CsvField, number>();
  for (const g of columns) if (g.field) col.set(g.field, g.index);
  const width = header.cells.length;
  const data = rows.slice(h + 1).filter((r) => !isBlankRow(r.cells));
  // Trailing delimiters on every data row (and not on the header) are the exporter's habit, not a shift.
  const trailing = data.length > 0 && data.every((r) => r.cells.length > width && r.cells.slice(width).every((x) => x.trim() === ''));
  if (trailing) c.notes.push(`every row ends with ${data[0]!.cells.length - width === 1 ? 'an empty cell' : 'empty cells'} the header does not have; they were ignored`);

  // One date order for the whole file, judged from every date in it (see dates.ts).
  // Each distinct text once per kind, at its first line (a weekly file repeats each date thousands of times): the
  // judgement only asks which dates exist and where the first of a kind is, so it is the same.
  const samples: DateSample[] = [];
  const sampled: Record<DateSample['kind'], Set<string>> = { week: new Set(), date: new Set(), other: new Set() };
  const dateCols: [CsvField, DateSample['kind']][] = [
    ['week', 'week'],
    ['date', shape === 'csv-weekly' && !col.has('week') ? 'week' : 'date'],
    ['dob', 'other'],
    ['admissionDate', 'other'],
    ['leavingDate', 'other'],
  ];
  for (const r of data) {
    for (const [f, kind] of dateCols) {
      const i = col.get(f);
      const raw = i === undefined ? undefined : r.cells[i];
      if (raw && raw.trim() && !sampled[kind].has(raw)) {
        sampled[kind].add(raw);
        samples.push({ raw, line: r.line, kind });
      }
    }
  }
  const judged = judgeDateOrder(samples, opts.dateOrder);
  if (judged.order === null) {
    c.problem(judged.line ?? header.line, judged.say!);
    return { ok: true, preview: c.finish(shape, encoding, { columns, needsMapping: unsure, dateOrder: judged }) };
  }
  const order = judged.order;
  if (judged.how === 'user') c.notes.push(judged.say!);

  // Dates as written → ISO, once per distinct text; the five dates of each week; each column's name in problems.
  const parsed = new Map<string, string | null>();
  const parse = (raw: string) => {
    let d = parsed.get(raw);
    if (d === undefined) parsed.set(raw, (d = parseDate(raw, order)));
    return d;
  };
  const weekDays = new Map<string, string[]>();
  const columnWhere = header.cells.map((h) => `column "${h}"`);
  // The cells that say who the pupil is: a row repeating the previous row's (the next week of the same pupil)
  // is the same pupil, with the same problems, without reading them again.
  const pupilCols = (['upn', 'misId', 'dob', 'surname', 'forename', 'name', 'preferredForename', 'sex', 'yearGroup', 'regGroup', 'admissionDate', 'leavingDate'] as const)
    .map((f) => col.get(f))
    .filter((i): i is number => i !== undefined);
  let prevPupilCells: string[] | null = null;

  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row.cells)) continue;
    if (row.error) c.problem(row.line, row.error);
    if (row.cells.length < width) {
      c.problem(row.line, `has ${row.cells.length} of ${width} columns (cut off?); the missing cells are read as empty`);
    } else if (row.cells.length > width && !trailing) {
      // An unquoted comma in a name (or a stray cell) moves every later cell one column on: reading the
      // row by the header would put each mark on the wrong session. The row is left out, never shifted.
      c.problem(
        row.line,
        `has ${row.cells.length} cells but the header has ${width}: a value probably holds an unquoted comma, so the cells cannot be matched to their columns; row not imported`,
      );
      continue;
    }
    const cell = (f: CsvField) => {
      const i = col.get(f);
      return i === undefined ? undefined : row.cells[i]?.trim();
    };
    const dateCell = (f: CsvField, label: string): string | null | undefined => {
      const raw = cell(f);
      if (!raw) return undefined;
      const d = parse(raw);
      if (!d) c.problem(row.line, `${label} "${raw}" is not a date (expected e.g. 08/09/2025 or 2025-09-08)`);
      return d;
    };

    const dobRaw = cell('dob');
    const dob = dobRaw ? parse(dobRaw) : undefined;
    if (dobRaw && !dob) c.problem(row.line, `date of birth "${dobRaw}" is not a date; not used to identify the pupil`);
    const surname = cell('surname');
    const forename = cell('forename');
    const nameCell = cell('name');
    const name = nameCell || [forename, surname].filter(Boolean).join(' ');
    const adm = dateCell('admissionDate', 'admission date');
    const left = dateCell('leavingDate', 'leaving date');
    const prev = prevPupilCells;
    const same = prev !== null && pupilCols.every((i) => row.cells[i] === prev[i]);
    prevPupilCells = row.cells;
    const key = same ? c.pupilAgain(row.line) : c.pupil(
      {
        name,
        upn: cell('upn') || undefined,
        misId: cell('misId') || undefined,
        dob: dob ?? undefined,
        legalSurname: surname || undefined,
        legalForename: forename || undefined,
        preferredForename: cell('preferredForename') || undefined,
        sex: cell('sex') || undefined,
        yearGroup: cell('yearGroup') || undefined,
        regGroup: cell('regGroup') || undefined,
        admissionDate: adm ?? undefined,
        leavingDate: left ?? undefined,
      },
      row.line,
    );
    if (!key) continue;

    if (shape === 'csv-weekly') {
      const week = dateCell(col.has('week') ? 'week' : 'date', 'week beginning');
      if (!week) {
        if (week === undefined) c.problem(row.line, 'no week-beginning date; row not imported');
        continue;
      }
      if (weekdayOf(week) !== 1) {
        c.problem(row.line, `week beginning ${week} is not a Monday; row not imported (check the date column)`);
        continue;
      }
      let days = weekDays.get(week);
      if (!days) weekDays.set(week, (days = [0, 1, 2, 3, 4].map((d) => addDays(week, d))));
      for (let i = 0; i < DAY_SESSION_FIELDS.length; i++) {
        const idx = col.get(DAY_SESSION_FIELDS[i]!);
        if (idx === undefined) continue;
        c.mark(key, days[i >> 1]!, i & 1 ? 'PM' : 'AM', row.cells[idx], row.line, columnWhere[idx]!);
      }
    } else {
      const date = dateCell('date', 'date');
      if (!date) {
        if (date === undefined) c.problem(row.line, 'no date; row not imported');
        continue;
      }
      if (shape === 'csv-days') {
        c.mark(key, date, 'AM', cell('am'), row.line, columnWhere[col.get('am')!]!);
        c.mark(key, date, 'PM', cell('pm'), row.line, columnWhere[col.get('pm')!]!);
      } else {
        const sRaw = cell('session') ?? '';
        const s = /^(am|a\.?m\.?|morning|a)$/i.test(sRaw) ? 'AM' : /^(pm|p\.?m\.?|afternoon|p)$/i.test(sRaw) ? 'PM' : null;
        if (!s) {
          c.problem(row.line, `session "${sRaw}" is not AM or PM; row not imported`);
          continue;
        }
        const lateRaw = cell('minutesLate');
        let late: number | undefined;
        if (lateRaw) {
          late = Number(lateRaw);
          if (!Number.isFinite(late) || late < 0) {
            c.problem(row.line, `minutes late "${lateRaw}" is not a number; ignored`);
            late = undefined;
          }
        }
        c.mark(key, date, s, cell('code'), row.line, 'mark', late);
      }
    }
  }
  const preview: ImportPreview = c.finish(shape, encoding, { columns, needsMapping: unsure, dateOrder: judged });
  return { ok: true, preview };
}

export type { ColumnGuess };
