import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../../lib/engine/dates';
import { normaliseUpn } from '../../../../lib/store/identity';
import { previewImport } from '../../../../lib/store/imports/preview';
import { cleanText } from '../../../../lib/store/imports/text';
import type { PreviewOutcome } from '../../../../lib/store/imports/types';
import { hardText, LETTER_CODES, monday, mutate, mutation, params, wellFormed } from './property.support';

/**
 * CTF importer, property-based: pupils and every <AttendSessions> block generated are exactly what
 * the preview accepts — marks strings with leading spaces, blanks, wrapping and character references
 * included — and no generated, mutated or random input makes it throw or report badly.
 */
const enc = (s: string) => new TextEncoder().encode(s);

/** XML text: the five specials escaped, and some other characters written as numeric references. */
const xmlText = (s: string, refs: boolean[]) =>
  Array.from(s)
    .map((ch, i) => {
      if (refs[i % refs.length] && ch !== '\n' && ch !== '\r') return i % 2 ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`;
      return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
    })
    .join('');
// XML reads a carriage return as a line feed; names do not need one to be hard.
const name = hardText.map((s) => s.replace(/\r/g, ''));
const refs = fc.array(fc.boolean(), { minLength: 1, maxLength: 5 });
const half = (session: 'AM' | 'PM') => fc.oneof({ weight: 3, arbitrary: fc.constant(session === 'AM' ? '/' : '\\') }, { weight: 3, arbitrary: fc.constantFrom(...LETTER_CODES) }, { weight: 1, arbitrary: fc.constantFrom(' ', '-') });
const block = fc.record({
  gapWeeks: fc.integer({ min: 0, max: 3 }),
  days: fc.array(fc.tuple(half('AM'), half('PM')), { minLength: 1, maxLength: 40 }),
  wrapEvery: fc.option(fc.integer({ min: 3, max: 17 }), { nil: undefined }),
  refs,
});
const pupil = fc.record({
  upn: fc.stringMatching(/^[A-Z][0-9A-Z]{12}$/),
  upnPad: fc.constantFrom('', ' ', '\u200B', '\n  '),
  forename: name,
  surname: name,
  nameRefs: refs,
  start: monday,
  blocks: fc.array(block, { minLength: 0, maxLength: 3 }),
  split: fc.boolean(), // blocks in separate <Attendance> elements, or all in one <YearData>
});
const file = fc.record({ pupils: fc.uniqueArray(pupil, { minLength: 1, maxLength: 4, selector: (p) => p.upn }), crlf: fc.boolean(), twoDataBlocks: fc.boolean() });

interface Gen {
  xml: string;
  pupils: Map<string, string>;
  marks: Set<string>;
}

type GenFile = {
  pupils: { upn: string; upnPad: string; forename: string; surname: string; nameRefs: boolean[]; start: string; blocks: { gapWeeks: number; days: [string, string][]; wrapEvery?: number; refs: boolean[] }[]; split: boolean }[];
  crlf: boolean;
  twoDataBlocks: boolean;
};

function build(f: GenFile): Gen {
  const pupils = new Map<string, string>();
  const marks = new Set<string>();
  const pupilXml: string[] = [];
  for (const p of f.pupils) {
    const key = `upn:${normaliseUpn(p.upn)}`;
    const t = (s: string) => s.trim() || undefined;
    pupils.set(key, cleanText([t(p.forename), t(p.surname)].filter(Boolean).join(' ')).text);
    let from = p.start as string;
    const blocks: string[] = [];
    for (const b of p.blocks) {
      from = addDays(from, b.gapWeeks * 7);
      let chars = '';
      let d = from;
      for (const [am, pm] of b.days) {
        // Weekends are '##' (no session), as the exporter writes them.
        while (weekdayOf(d) > 5) {
          chars += '##';
          d = addDays(d, 1);
        }
        chars += am + pm;
        if (am === '#' && pm === '#') {
          d = addDays(d, 1); // a whole day of # is no session
          continue;
        }
        if (am !== ' ' && am !== '-') marks.add(`${key}|${d}|AM|${am}`);
        if (pm !== ' ' && pm !== '-') marks.add(`${key}|${d}|PM|${pm}`);
        d = addDays(d, 1);
      }
      // A literal space just after a line break is indentation by the format's rule, so the generator
      // writes spaces as references when it wraps.
      let body = b.wrapEvery ? xmlText(chars, b.refs).replace(/ /g, '&#32;') : xmlText(chars, b.refs);
      if (b.wrapEvery) {
        const tokens = body.match(/&#x?[0-9a-f]+;|&[a-z]+;|[^&]/gu) ?? [];
        body = tokens.map((t, i) => (i > 0 && i % b.wrapEvery! === 0 ? `\n            ${t}` : t)).join('') + '\n        ';
      }
      blocks.push(`<AttendSessions><AttendanceStartDate>${from}</AttendanceStartDate><AttendanceMarks>${body}</AttendanceMarks></AttendSessions>`);
      from = d;
      while (weekdayOf(from) !== 1) from = addDays(from, 1);
    }
    const yd = (inner: string) => `<YearData><Year>2025</Year><LEA>886</LEA><Estab>2001</Estab>${inner}</YearData>`;
    const attendance = p.split ? blocks.map((b) => `<Attendance>${yd(b)}</Attendance>`).join('\n') : blocks.length ? `<Attendance>${yd(blocks.join('\n'))}</Attendance>` : '';
    pupilXml.push(
      `<Pupil>\n<UPN>${p.upnPad}${p.upn}${p.upnPad}</UPN>\n<Surname>${xmlText(p.surname, p.nameRefs)}</Surname>\n<Forename>${xmlText(p.forename, p.nameRefs)}</Forename>\n${attendance}\n</Pupil>`,
    );
  }
  const half = Math.ceil(pupilXml.length / 2);
  const data = f.twoDataBlocks
    ? `<CTFpupilData>\n${pupilXml.slice(0, half).join('\n')}\n</CTFpupilData>\n<CTFpupilData>\n${pupilXml.slice(half).join('\n')}\n</CTFpupilData>`
    : `<CTFpupilData>\n${pupilXml.join('\n')}\n</CTFpupilData>`;
  let xml = `<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>\n<Header><SourceSchool><LEA>886</LEA><Estab>2001</Estab></SourceSchool></Header>\n${data}\n</CTfile>\n`;
  if (f.crlf) xml = xml.replace(/\n/g, '\r\n');
  return { xml, pupils, marks };
}

function oracle(out: PreviewOutcome, g: Gen): string | null {
  const wf = wellFormed(out);
  if (wf) return wf;
  if (!out.ok) return `refused a good file: ${out.reason}`;
  const p = out.preview;
  const got = new Map(p.pupils.map((x) => [x.key, x.name ?? '']));
  for (const [k, n] of g.pupils) if (got.get(k) !== n) return `pupil ${k}: expected name ${JSON.stringify(n)}, got ${JSON.stringify(got.get(k))}`;
  for (const k of got.keys()) if (!g.pupils.has(k)) return `a pupil that was not generated: ${k}`;
  const marks = new Set(p.marks.map((m) => `${m.pupil}|${m.date}|${m.session}|${m.code}`));
  for (const m of g.marks) if (!marks.has(m)) return `mark missing: ${m}`;
  for (const m of marks) if (!g.marks.has(m)) return `mark not generated: ${m}`;
  const unexpected = p.problems.find((x) => !/held invisible or unusual space characters|like a spreadsheet formula|^UPN "[^"]*" (is not|fails)/.test(x.what));
  if (unexpected) return `unexpected problem: line ${unexpected.line}: ${unexpected.what}`;
  return null;
}

describe('CTF importer, property-based (seeded)', () => {
  it('what is accepted is exactly what was generated', () => {
    fc.assert(
      fc.property(file, (f) => {
        const g = build(f);
        const out = previewImport(enc(g.xml));
        const why = oracle(out, g);
        if (why) throw new Error(`${why}\n${process.env.FUZZ_SHOW ? `${g.xml}\n${JSON.stringify(out.ok ? out.preview.problems : out)}` : ''}`);
      }),
      params(1200),
    );
  }, 300_000);

  it('a mutated file (cut, truncated, duplicated, DOCTYPE and entity noise) never throws; every problem has a line and words', () => {
    fc.assert(
      fc.property(file, mutation, (f, m) => {
        const why = wellFormed(previewImport(enc(mutate(build(f).xml, m))));
        if (why) throw new Error(why);
      }),
      params(1000),
    );
  }, 300_000);

  it('random XML-ish text never throws', () => {
    const tokens = fc.constantFrom('<CTfile>', '</CTfile>', '<Pupil>', '</Pupil>', '<UPN>A1</UPN>', '<Attendance>', '</Attendance>', '<YearData>', '</YearData>', '<AttendSessions>', '</AttendSessions>', '<AttendanceStartDate>2025-09-01</AttendanceStartDate>', '<AttendanceMarks>', '</AttendanceMarks>', '/\\', '&#47;', '&#xD800;', '&bogus;', '<!DOCTYPE CTfile [<!ENTITY x "y">]>', '<!DOCTYPE CTfile>', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', ' ', '\n', '#', 'x');
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 40 }), (ts) => {
        const why = wellFormed(previewImport(enc(ts.join(''))));
        if (why) throw new Error(why);
      }),
      params(800),
    );
  }, 300_000);
});

describe('the CTF oracle itself', () => {
  it('catches a shifted marks string', () => {
    const g = build({ pupils: [{ upn: 'A00000000000A', upnPad: '', forename: 'Amelia', surname: 'Example', nameRefs: [false], start: '2025-09-01', blocks: [{ gapWeeks: 0, days: [[' ', '\\'], ['/', '\\']] as [string, string][], refs: [false] }], split: false }], crlf: false, twoDataBlocks: false });
    const shifted = g.xml.replace('<AttendanceMarks> ', '<AttendanceMarks>');
    expect(oracle(previewImport(enc(shifted)), g)).toMatch(/mark (missing|not generated)|unexpected problem/);
    expect(oracle(previewImport(enc(g.xml)), g)).toBeNull();
  });
});
