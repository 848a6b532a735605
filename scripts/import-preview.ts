/**
 * `npm run -s import-preview -- FILE [--calendar kent-2025/26] [--school 886/2001] [--date-order dmy|mdy]`
 * Runs the import parsers on a file (CTF XML or CSV) and prints the preview as JSON: format, pupils,
 * marks, problems ({line, what}), date range, notes, and for CSV how each column was read.
 * A CSV whose dates read either way says so in `dateOrder` and a problem, with no marks: run again with
 * `--date-order`. A file that cannot be read at all: the reason on stderr, exit 2 (never a stack).
 * Nothing is written anywhere.
 */
import { readFileSync } from 'node:fs';
import { buildCalendar } from '../lib/engine/calendar';
import { KENT_YEARS, kentCalendar, type KentYear } from '../lib/engine/calendars/kent';
import { previewImport } from '../lib/store/imports/preview';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const cal = opt('--calendar');
const school = opt('--school');
const dateOrder = opt('--date-order');
if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') {
  console.error(`--date-order: "${dateOrder}" is not dmy (day first) or mdy (month first)`);
  process.exit(2);
}
const file = args[0];
if (!file) {
  console.error('usage: npm run -s import-preview -- FILE [--calendar kent-2025/26] [--school LEA/ESTAB]');
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (e) {
  console.error(`${file}: cannot read: ${(e as Error).message}`);
  process.exit(2);
}
let calendar;
if (cal) {
  const year = cal.replace(/^kent-/, '') as KentYear;
  if (!KENT_YEARS.includes(year)) {
    console.error(`--calendar: unknown preset ${cal} (known: ${KENT_YEARS.map((y) => `kent-${y}`).join(', ')})`);
    process.exit(2);
  }
  calendar = buildCalendar(kentCalendar(year));
}
const out = previewImport(bytes, { calendar, schoolDfe: school, dateOrder: dateOrder as 'dmy' | 'mdy' | undefined });
if (!out.ok) {
  console.error(`${file}${out.line ? `:${out.line}` : ''}: ${out.reason}`);
  process.exit(2);
}
const p = out.preview;
const pupils = p.pupils.map(({ line: _line, key, name, upn, ...rest }) => ({ key, name, upn: upn ?? null, ...rest }));
const marks = p.marks.map(({ pupil, date, session, code, minutesLate }) => ({ pupil, date, session, code, ...(minutesLate !== undefined ? { minutesLate } : {}) }));
process.stdout.write(
  JSON.stringify(
    {
      format: p.format,
      encoding: p.encoding,
      range: p.range,
      pupils,
      marks,
      problems: p.problems,
      notes: p.notes,
      ...(p.columns ? { columns: p.columns, needsMapping: p.needsMapping } : {}),
      ...(p.dateOrder ? { dateOrder: p.dateOrder } : {}),
      ...(p.school ? { school: p.school } : {}),
    },
    null,
    1,
  ) + '\n',
);
