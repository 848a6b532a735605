import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/engine/dates';
import { previewImport, type PreviewOptions } from '../../../../lib/store/imports/preview';
import { cleanText } from '../../../../lib/store/imports/text';
import type { PreviewOutcome } from '../../../../lib/store/imports/types';
import { hardText, LETTER_CODES, monday, mutate, mutation, params, TWO_CHAR_CODES, weekday, wellFormed } from './property.support';

/**
 * CSV importer, property-based: what a generated export holds is exactly what the preview accepts
 * (the oracle), and no input — generated, mutated or random — makes it throw or report badly.
 */
const enc = (s: string) => new TextEncoder().encode(s);
const run = (s: string, opts: PreviewOptions = {}) => previewImport(enc(s), opts);

const idCore = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
const decorate = fc.constantFrom('', ' ', '\u200B', '\u00A0', '\uFEFF', '\u200B\u200B', '  ');
const pupils = fc.uniqueArray(fc.record({ id: idCore, pre: decorate, post: decorate, name: hardText, dobDay: fc.integer({ min: 13, max: 28 }) }), {
  minLength: 1,
  maxLength: 5,
  selector: (p) => p.id,
});
// 'mdy' is a file saved by a spreadsheet set to US English: it must be asked about or read right, never read day first.
const dateStyle = fc.constantFrom('iso', 'dmy', 'dmy-dotted', 'long', 'mdy');
const orderOf = (style: string) => (style === 'mdy' ? 'mdy' : 'dmy');
const fmt = (iso: string, style: string) => {
  const [y, m, d] = iso.split('-');
  if (style === 'iso') return iso;
  if (style === 'dmy') return `${d}/${m}/${y}`;
  if (style === 'dmy-dotted') return `${Number(d)}.${m}.${y}`;
  if (style === 'mdy') return `${m}/${d}/${y}`;
  return `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${y}`;
};
const codeFor = (session: 'AM' | 'PM') => fc.oneof(fc.constant(session === 'AM' ? '/' : '\\'), fc.constantFrom(...LETTER_CODES), fc.constantFrom(...TWO_CHAR_CODES));
const caseAndPad = fc.record({ lower: fc.boolean(), pad: fc.constantFrom('', ' ', '  ') });
const shape = fc.record({ delimiter: fc.constantFrom(',', '\t', ';'), newline: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() });

const sessionsFile = pupils.chain((ps) =>
  fc.record({
    ps: fc.constant(ps),
    style: dateStyle,
    shape,
    withDob: fc.boolean(),
    marks: fc.tuple(
      ...ps.map((_, pi) =>
        fc.uniqueArray(
          fc.record({ date: weekday, session: fc.constantFrom<'AM' | 'PM'>('AM', 'PM') }).chain((k) => fc.record({ pi: fc.constant(pi), date: fc.constant(k.date), session: fc.constant(k.session), code: codeFor(k.session), look: caseAndPad })),
          { maxLength: 12, selector: (m) => `${m.date}|${m.session}` },
        ),
      ),
    ),
  }),
);

interface Expected {
  pupils: Map<string, string>;
  marks: Set<string>;
}

function oracle(out: PreviewOutcome, exp: Expected, again: () => PreviewOutcome): string | null {
  const wf = wellFormed(out);
  if (wf) return wf;
  if (!out.ok) return `refused a good file: ${out.reason}`;
  let p = out.preview;
  if (p.dateOrder?.order === null) {
    // Asked about the date order: nothing offered until answered; answered day first, the file is read.
    if (p.marks.length) return 'marks offered while the date order is a question';
    const second = again();
    if (!second.ok) return `refused after the date order was given: ${second.reason}`;
    p = second.preview;
  }
  const gotPupils = new Map(p.pupils.map((x) => [x.key, x.name ?? '']));
  for (const [k, name] of exp.pupils) if (gotPupils.get(k) !== name) return `pupil ${k}: expected name ${JSON.stringify(name)}, got ${JSON.stringify(gotPupils.get(k))}`;
  for (const k of gotPupils.keys()) if (!exp.pupils.has(k)) return `a pupil that was not generated: ${k}`;
  const got = new Set(p.marks.map((m) => `${m.pupil}|${m.date}|${m.session}|${m.code}`));
  for (const m of exp.marks) if (!got.has(m)) return `mark missing: ${m}`;
  for (const m of got) if (!exp.marks.has(m)) return `mark not generated: ${m}`;
  const unexpected = p.problems.find((x) => !/held invisible or unusual space characters|like a spreadsheet formula/.test(x.what));
  if (unexpected) return `unexpected problem: line ${unexpected.line}: ${unexpected.what}`;
  return null;
}

const cellCode = (code: string, look: { lower: boolean; pad: string }) => look.pad + (look.lower ? code.toLowerCase() : code) + look.pad;

describe('CSV importer, property-based (seeded)', () => {
  it('sessions file: what is accepted is exactly what was generated', () => {
    fc.assert(
      fc.property(sessionsFile, ({ ps, style, shape: sh, withDob, marks }) => {
        const header = ['Admission No', 'Pupil Name', ...(withDob ? ['Date of Birth'] : []), 'Date', 'Session', 'Mark'];
        const rows: string[][] = [header];
        const exp: Expected = { pupils: new Map(), marks: new Set() };
        ps.forEach((p) => exp.pupils.set(`id:${p.id}`, cleanText(p.name).text));
        for (const list of marks) {
          for (const m of list) {
            const p = ps[m.pi]!;
            rows.push([p.pre + p.id + p.post, p.name, ...(withDob ? [fmt(`2016-03-${p.dobDay}`, style === 'long' ? 'dmy' : style)] : []), fmt(m.date, style), m.session, cellCode(m.code, m.look)]);
            exp.marks.add(`id:${p.id}|${m.date}|${m.session}|${m.code}`);
          }
        }
        // A pupil with no marks has no row, so is not in the file.
        for (const [i, p] of ps.entries()) if (!marks[i]!.length) exp.pupils.delete(`id:${p.id}`);
        const text = (sh.bom ? '\uFEFF' : '') + Papa.unparse(rows, { delimiter: sh.delimiter, newline: sh.newline });
        const why = oracle(run(text), exp, () => run(text, { dateOrder: orderOf(style) }));
        if (why) throw new Error(why);
      }),
      params(1000),
    );
  }, 300_000);

  const weeklyFile = pupils.chain((ps) =>
    fc.record({
      ps: fc.constant(ps),
      style: dateStyle,
      shape,
      weeks: fc.tuple(
        ...ps.map(() =>
          fc.uniqueArray(
            fc.record({
              week: monday,
              cells: fc.tuple(...Array.from({ length: 10 }, (_, i) => fc.oneof(codeFor(i % 2 ? 'PM' : 'AM'), fc.constantFrom('', '-', ' ')))),
              look: caseAndPad,
            }),
            { maxLength: 4, selector: (w) => w.week },
          ),
        ),
      ),
    }),
  );

  it('weekly file: what is accepted is exactly what was generated', () => {
    fc.assert(
      fc.property(weeklyFile, ({ ps, style, shape: sh, weeks }) => {
        const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].flatMap((d) => [`${d} AM`, `${d} PM`]);
        const rows: string[][] = [['Adno', 'Name', 'Week Beginning', ...days]];
        const exp: Expected = { pupils: new Map(), marks: new Set() };
        ps.forEach((p, i) => {
          if (weeks[i]!.length) exp.pupils.set(`id:${p.id}`, cleanText(p.name).text);
          for (const w of weeks[i]!) {
            rows.push([p.pre + p.id + p.post, p.name, fmt(w.week, style), ...w.cells.map((c) => (c.trim() && c !== '-' ? cellCode(c, w.look) : c))]);
            w.cells.forEach((c, j) => {
              if (c.trim() && c !== '-') exp.marks.add(`id:${p.id}|${addDays(w.week, Math.floor(j / 2))}|${j % 2 ? 'PM' : 'AM'}|${c}`);
            });
          }
        });
        const text = (sh.bom ? '\uFEFF' : '') + Papa.unparse(rows, { delimiter: sh.delimiter, newline: sh.newline });
        const why = oracle(run(text), exp, () => run(text, { dateOrder: orderOf(style) }));
        if (why) throw new Error(why);
      }),
      params(700),
    );
  }, 300_000);

  it('a mutated export (cut, truncated, duplicated, noise) never throws; every problem has a line and words', () => {
    fc.assert(
      fc.property(sessionsFile, mutation, ({ ps, marks, style }, m) => {
        const rows = [['UPN', 'Name', 'DOB', 'Date', 'AM', 'PM']];
        for (const list of marks) for (const x of list) rows.push([ps[x.pi]!.id, ps[x.pi]!.name, `${ps[x.pi]!.dobDay}/03/2016`, fmt(x.date, style), x.code, x.code]);
        const why = wellFormed(run(mutate(Papa.unparse(rows), m)));
        if (why) throw new Error(why);
      }),
      params(700),
    );
  }, 300_000);

  it('random text and bytes never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }).map(enc)), (bytes) => {
        const why = wellFormed(previewImport(bytes));
        if (why) throw new Error(why);
      }),
      params(600),
    );
  }, 300_000);
});

// Keep the oracle honest: it must reject a preview that lost a mark.
describe('the CSV oracle itself', () => {
  it('catches a lost mark and an invented pupil', () => {
    const text = 'Admission No,Pupil Name,Date,Session,Mark\n1,Amelia Example,2025-09-08,AM,/';
    const exp = { pupils: new Map([['id:1', 'Amelia Example']]), marks: new Set(['id:1|2025-09-08|AM|/', 'id:1|2025-09-08|PM|\\']) };
    expect(oracle(run(text), exp, () => run(text))).toMatch(/mark missing: id:1\|2025-09-08\|PM/);
    expect(oracle(run(text), { pupils: new Map(), marks: new Set(['id:1|2025-09-08|AM|/']) }, () => run(text))).toMatch(/a pupil that was not generated/);
  });
});
