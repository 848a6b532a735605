import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseMark } from '../../engine/codes';
import { addDays, isIsoDate } from '../../engine/dates';
import { ImportCollector, type CollectOptions } from './collect';
import type { ImportProblem, PreviewContact, PreviewOutcome } from './types';

/**
 * DfE Common Transfer File (CTF) XML: pupil identity, contacts and the attendance block
 * (`YearData` › `AttendSessions` › `AttendanceStartDate` + `AttendanceMarks`). See shared/domain/mis-pages.md §5.
 *
 * The marks string is read as two characters (AM, PM) per calendar day from the start date, `#` for no
 * session. That layout is known from one exporter, not from the spec, so the reader checks it: an odd
 * length, a digit (a two-character 2024 code such as C1 would shift every later day), non-`#` marks at
 * weekends, and a `SessionsPossible` total that the marks do not add up to are all reported.
 * Element names are looked up leniently (any depth within the pupil, contacts excluded).
 */
export interface CtfOptions extends CollectOptions {
  /** The school's LEA + establishment number ("886/2001" or "8862001"): other schools' YearData are left out. */
  schoolDfe?: string;
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(['Pupil', 'YearData', 'Contact', 'Phone', 'School', 'AttendSessions']);
const NOT_PUPIL_FACTS = new Set(['Contacts', 'SchoolHistory', 'Attendance', 'Address', 'Phones', 'Email', 'Assessments', 'SENhistory']);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** First element `name` under `node` (depth-first), not descending into `skip`. */
function find(node: unknown, name: string, skip: Set<string> = new Set()): unknown {
  if (Array.isArray(node)) {
    for (const n of node) {
      const r = find(n, name, skip);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  if (name in node) return node[name];
  for (const [k, v] of Object.entries(node)) {
    if (skip.has(k)) continue;
    const r = find(v, name, skip);
    if (r !== undefined) return r;
  }
  return undefined;
}
const findText = (node: unknown, name: string, skip?: Set<string>) => text(find(node, name, skip));
const findAll = (node: unknown, name: string): Node[] => {
  const v = find(node, name);
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isNode);
};
const yes = (v: string | undefined) => (v === undefined ? undefined : /^(1|true|y|yes)$/i.test(v));

function lineAt(src: string, offset: number): number {
  let line = 1;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

/** Offsets of each `<Pupil>` and, within each, of each `<AttendanceMarks>` content, for line numbers. */
function locate(src: string): { pupils: number[]; marks: number[][] } {
  const pupils: number[] = [];
  for (const m of src.matchAll(/<Pupil[\s>]/g)) pupils.push(m.index!);
  const marks = pupils.map((start, i) => {
    const end = pupils[i + 1] ?? src.length;
    const out: number[] = [];
    const re = /<AttendanceMarks[^>]*>\s*/g;
    re.lastIndex = start;
    for (let m = re.exec(src); m && m.index < end; m = re.exec(src)) out.push(m.index + m[0].length);
    return out;
  });
  return { pupils, marks };
}

/** A file cut off mid-pupil: keep the complete pupils, close the open elements, and say so. */
function salvage(src: string, unclosed: string[]): { text: string; problem: ImportProblem } | null {
  const at = src.lastIndexOf('</Pupil>');
  const pupilDepth = unclosed.indexOf('Pupil');
  if (at < 0 || pupilDepth < 0) return null;
  const cut = at + '</Pupil>'.length;
  const closing = unclosed.slice(0, pupilDepth).reverse().map((t) => `</${t}>`).join('');
  const fixed = src.slice(0, cut) + closing;
  if (XMLValidator.validate(fixed) !== true) return null;
  return {
    text: fixed,
    problem: {
      line: lineAt(src, src.length),
      what: `the file is cut off (it ends inside <${unclosed[unclosed.length - 1]}>); the pupils up to line ${lineAt(src, cut)} can be imported, later ones are missing`,
    },
  };
}

function contactOf(c: Node): PreviewContact {
  const addr = find(c, 'Address');
  const parts: string[] = [];
  let postcode: string | undefined;
  const walk = (v: unknown, k?: string) => {
    if (isNode(v)) for (const [kk, vv] of Object.entries(v)) walk(vv, kk);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, k));
    else if (text(v)) {
      if (k === 'PostCode' || k === 'Postcode') postcode = text(v);
      else parts.push(text(v)!);
    }
  };
  walk(addr);
  const phones = findAll(c, 'Phone')
    .map((p) => ({ type: findText(p, 'TelephoneType'), number: findText(p, 'PhoneNo') ?? findText(p, 'TelephoneNumber') ?? '' }))
    .filter((p) => p.number)
    .map((p) => (p.type ? p : { number: p.number }));
  const order = Number(findText(c, 'Order'));
  const out: PreviewContact = { phones };
  const set = <K extends keyof PreviewContact>(k: K, v: PreviewContact[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('order', Number.isFinite(order) && findText(c, 'Order') ? order : undefined);
  set('title', findText(c, 'Title'));
  set('forename', findText(c, 'Forename', new Set(['Address'])));
  set('surname', findText(c, 'Surname', new Set(['Address'])));
  set('relationship', findText(c, 'Relationship'));
  set('parentalResponsibility', yes(findText(c, 'Responsibility') ?? findText(c, 'ParentalResponsibility')));
  set('address', parts.length ? parts.join(', ') : undefined);
  set('postcode', postcode);
  set('email', findText(c, 'Email'));
  return out;
}

const SEN: Record<string, 'none' | 'support' | 'ehcp'> = { N: 'none', K: 'support', S: 'support', A: 'support', P: 'support', E: 'ehcp' };

export function previewCtf(src: string, encoding: string, decodeProblems: ImportProblem[], opts: CtfOptions = {}): PreviewOutcome {
  let xml = src.replace(/^\uFEFF/, '');
  const c = new ImportCollector(opts);
  for (const p of decodeProblems) c.problem(p.line, p.what);

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(valid.err.msg)?.[1];
    const tags = unclosed ? [...unclosed.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
    const saved = tags.length ? salvage(xml, tags) : null;
    if (!saved) {
      return tags.length
        ? { ok: false, reason: `the XML is cut off: it ends before <${tags.join('>, <')}> are closed, and no complete pupil precedes the cut`, line: lineAt(xml, xml.length) }
        : { ok: false, reason: `the XML is malformed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`, line: valid.err.line };
    }
    c.problem(saved.problem.line, saved.problem.what);
    xml = saved.text;
  }

  const doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (n) => ARRAYS.has(n) }).parse(xml) as Node;
  const root = doc.CTfile ?? doc;
  const pupils = findAll(root, 'Pupil');
  if (!isNode(root) || (!('CTfile' in doc) && pupils.length === 0)) {
    return { ok: false, reason: 'this XML is not a Common Transfer File (no <CTfile> or <Pupil> elements)', line: 1 };
  }
  const source = find(root, 'SourceSchool');
  const school = { name: findText(source, 'SchoolName'), lea: findText(source, 'LEA'), estab: findText(source, 'Estab') };
  const ours = (opts.schoolDfe ?? (school.lea && school.estab ? `${school.lea}${school.estab}` : '')).replace(/\D/g, '');
  const where = locate(xml);
  const otherSchools = new Map<string, number>();

  pupils.forEach((p, pi) => {
    const line = lineAt(xml, where.pupils[pi] ?? 0);
    const skip = NOT_PUPIL_FACTS;
    const forename = findText(p, 'Forename', skip);
    const surname = findText(p, 'Surname', skip);
    const dobRaw = findText(p, 'DOB', skip);
    const dob = dobRaw && isIsoDate(dobRaw.slice(0, 10)) ? dobRaw.slice(0, 10) : undefined;
    if (dobRaw && !dob) c.problem(line, `DOB "${dobRaw}" is not a date (YYYY-MM-DD)`);
    const history = findAll(p, 'School').filter((s) => `${findText(s, 'LEA') ?? ''}${findText(s, 'Estab') ?? ''}`.replace(/\D/g, '') === ours);
    const lastStay = history[history.length - 1];
    const senCode = findText(p, 'SENprovision')?.toUpperCase();
    const key = c.pupil(
      {
        name: [findText(p, 'PreferredForename', skip) ?? forename, surname].filter(Boolean).join(' '),
        upn: findText(p, 'UPN', skip),
        dob,
        legalForename: forename,
        legalSurname: surname,
        middleNames: findText(p, 'MiddleNames', skip),
        preferredForename: findText(p, 'PreferredForename', skip),
        preferredSurname: findText(p, 'PreferredSurname', skip),
        sex: findText(p, 'Sex', skip) ?? findText(p, 'Gender', skip),
        yearGroup: findText(p, 'NCyearActual', skip),
        admissionDate: lastStay ? findText(lastStay, 'EntryDate') : undefined,
        leavingDate: lastStay ? findText(lastStay, 'LeavingDate') : undefined,
        sen: senCode ? SEN[senCode] : undefined,
        fsm: yes(findText(p, 'FSMeligible', skip)),
        cic: yes(findText(p, 'InCare', skip)),
        contacts: findAll(find(p, 'Contacts'), 'Contact').map(contactOf),
      },
      line,
    );
    if (!key) return;

    findAll(find(p, 'Attendance'), 'YearData').forEach((yd, yi) => {
      const offset = where.marks[pi]?.[yi];
      const ydLine = offset !== undefined ? lineAt(xml, offset) : line;
      const at = `${findText(yd, 'LEA') ?? ''}${findText(yd, 'Estab') ?? ''}`.replace(/\D/g, '');
      if (ours && at && at !== ours) {
        otherSchools.set(at, (otherSchools.get(at) ?? 0) + 1);
        return;
      }
      const start = findText(yd, 'AttendanceStartDate');
      // Line breaks inside the string are wrapping, never marks (a long year may be wrapped by the exporter).
      const marks = text(find(yd, 'AttendanceMarks'))?.replace(/[\r\n]+[ \t]*/g, '');
      if (!marks) return;
      if (!start || !isIsoDate(start.slice(0, 10))) {
        c.problem(ydLine, `YearData ${findText(yd, 'Year') ?? ''}: AttendanceStartDate "${start ?? ''}" is missing or not a date; its marks cannot be placed`);
        return;
      }
      const from = start.slice(0, 10);
      let usable = marks.length;
      if (marks.length % 2) {
        c.problem(ydLine, `AttendanceMarks has an odd number of characters (${marks.length}): the last day is incomplete and was left out — the file may be cut off or use two-character codes`);
        usable--;
      }
      const digit = marks.search(/\d/);
      if (digit >= 0 && digit < usable) {
        const day = Math.floor(digit / 2);
        c.problem(
          ydLine,
          `AttendanceMarks character ${digit + 1} ("${marks.slice(Math.max(0, digit - 1), digit + 1)}", ${addDays(from, day)}) looks like a two-character 2024 code; the two-characters-per-day layout cannot be trusted from there, so marks from ${addDays(from, day)} on were left out`,
        );
        usable = day * 2;
      }
      if (usable / 2 > 366) c.problem(ydLine, `AttendanceMarks covers ${usable / 2} days from ${from}, more than a year`);
      let possible = 0;
      for (let i = 0; i + 1 < usable; i += 2) {
        const date = addDays(from, i / 2);
        const am = marks[i]!;
        const pm = marks[i + 1]!;
        if (am === '#' && pm === '#') continue; // no session that day (weekend, holiday, INSET)
        for (const [ch, s] of [
          [am, 'AM'],
          [pm, 'PM'],
        ] as const) {
          if (ch === ' ' || ch === '-') continue;
          const cat = normaliseMark(ch, date).category;
          if (cat === 'present' || cat === 'aea' || cat === 'authorised' || cat === 'unauthorised') possible++;
          c.mark(key, date, s, ch, ydLine, `AttendanceMarks character ${i + (s === 'AM' ? 1 : 2)}`);
        }
      }
      const declared = Number(findText(yd, 'SessionsPossible'));
      if (findText(yd, 'SessionsPossible') && Number.isFinite(declared) && declared !== possible && digit < 0) {
        c.problem(ydLine, `SessionsPossible says ${declared} but the marks add up to ${possible}: the marks string may not be two characters per day`);
      }
    });
  });
  for (const [dfe, n] of otherSchools) c.notes.push(`${n} YearData block(s) from another school (${dfe}) were left out: only this school's registers are imported`);
  return { ok: true, preview: c.finish('ctf-xml', encoding, { school }) };
}
