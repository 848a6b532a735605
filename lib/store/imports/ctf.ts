import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseMark } from '../../engine/codes';
import { addDays, isIsoDate } from '../../engine/dates';
import { ImportCollector, type CollectOptions } from './collect';
import { ctfPupilAddress } from './ctf-address';
import { READER_FAILED } from './types';
import { decodeXmlText, LineIndex } from './text';
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
const ARRAYS = new Set(['Pupil', 'YearData', 'Contact', 'Phone', 'School', 'Attendance', 'AttendSessions', 'AttendanceMarks']);
const NOT_PUPIL_FACTS = new Set(['Contacts', 'SchoolHistory', 'Attendance', 'Address', 'Phones', 'Email', 'Assessments', 'SENhistory']);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
// Values are parsed with entities left as written (fast-xml-parser would throw on some DOCTYPEs and
// does not decode numeric references); they are decoded here, once.
const text = (v: unknown): string | undefined => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = decodeXmlText(v).text.trim();
  return t === '' ? undefined : t;
};

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
/** Every element `name` anywhere under `node`, in document order (two <CTFpupilData> blocks are both read). */
function findEvery(node: unknown, name: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const n of node) findEvery(n, name, out);
  else if (isNode(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) out.push(...(Array.isArray(v) ? v : [v]));
      else findEvery(v, name, out);
    }
  }
  return out;
}
const findAll = (node: unknown, name: string): Node[] => {
  const v = find(node, name);
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isNode);
};
const yes = (v: string | undefined) => (v === undefined ? undefined : /^(1|true|y|yes)$/i.test(v));

/** Offsets of each `<Pupil>` and, within each, of each `<AttendanceMarks>` content, for line numbers. One pass. */
function locate(src: string): { pupils: number[]; marks: number[][] } {
  const pupils: number[] = [];
  const marks: number[][] = [];
  for (const m of src.matchAll(/<(Pupil|AttendanceMarks)(?=[\s>/])[^>]*>/g)) {
    if (m[1] === 'Pupil') {
      pupils.push(m.index);
      marks.push([]);
    } else marks[marks.length - 1]?.push(m.index + m[0].length);
  }
  return { pupils, marks };
}

/**
 * A DOCTYPE that declares entities or points at an outside document can make a file say something other
 * than it shows (or fetch from elsewhere); a Common Transfer File never has one. Such files are refused
 * with a reason. A bare `<!DOCTYPE CTfile>` says nothing and is blanked out (keeping line numbers).
 */
function doctype(xml: string, lines: LineIndex): { refuse: string; line: number } | { xml: string } {
  const at = xml.search(/<!DOCTYPE/i);
  if (at < 0) return { xml };
  const root = xml.search(/<[A-Za-z_]/);
  if (root >= 0 && root < at) return { xml }; // inside the document: the validator reports it
  const line = lines.lineAt(at);
  const rest = xml.slice(at, at + 4096);
  const bare = /^<!DOCTYPE\s+[A-Za-z_][\w.:-]*\s*>/i.exec(rest);
  if (bare) return { xml: xml.slice(0, at) + bare[0].replace(/[^\n]/g, ' ') + xml.slice(at + bare[0].length) };
  const what = /<!ENTITY\s+%/i.test(rest)
    ? 'declares parameter entities'
    : /<!ENTITY[^>]*\b(SYSTEM|PUBLIC)\b/i.test(rest)
      ? 'declares entities that point at outside files'
      : /<!ENTITY/i.test(rest)
        ? 'declares its own entities'
        : /^<!DOCTYPE\s+\S+\s+(SYSTEM|PUBLIC)\b/i.test(rest)
          ? 'points at an outside document type definition'
          : 'has a document type declaration with an internal subset';
  return {
    refuse: `the file starts with a DOCTYPE that ${what}. A Common Transfer File never has one, and such a declaration can change what the file says or reach outside it, so the file was not read — export the CTF again from the MIS`,
    line,
  };
}

/** A file cut off mid-pupil: keep the complete pupils, close the open elements, and say so. */
function salvage(src: string, unclosed: string[], lines: LineIndex): { text: string; problem: ImportProblem } | null {
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
      line: lines.lineAt(src.length),
      what: `the file is cut off (it ends inside <${unclosed[unclosed.length - 1]}>); the pupils up to line ${lines.lineAt(cut)} can be imported, later ones are missing`,
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
  try {
    return readCtf(src, encoding, decodeProblems, opts);
  } catch (e) {
    // Never a stack or a page stuck on "Reading the file…": whatever the parser could not handle is a reason.
    return { ok: false, reason: `${READER_FAILED} (${e instanceof Error ? e.message : String(e)})`, line: 1 };
  }
}


function readCtf(src: string, encoding: string, decodeProblems: ImportProblem[], opts: CtfOptions): PreviewOutcome {
  let xml = src.replace(/^\uFEFF/, '');
  let lines = new LineIndex(xml);
  const c = new ImportCollector(opts);
  for (const p of decodeProblems) c.problem(p.line, p.what);

  const dt = doctype(xml, lines);
  if ('refuse' in dt) return { ok: false, reason: dt.refuse, line: dt.line };
  xml = dt.xml;

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(valid.err.msg)?.[1];
    const tags = unclosed ? [...unclosed.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
    const saved = tags.length ? salvage(xml, tags, lines) : null;
    if (!saved) {
      return tags.length
        ? { ok: false, reason: `the XML is cut off: it ends before <${tags.join('>, <')}> are closed, and no complete pupil precedes the cut`, line: lines.lineAt(xml.length) }
        : { ok: false, reason: `the XML is malformed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`, line: valid.err.line };
    }
    c.problem(saved.problem.line, saved.problem.what);
    xml = saved.text;
    lines = new LineIndex(xml);
  }

  // trimValues: false — a leading space in a marks string is a session with no mark, not padding.
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: false, isArray: (n) => ARRAYS.has(n) }).parse(xml) as Node;
  } catch (e) {
    // The validator lets some broken files through (an unclosed comment or <?…?> at the end).
    return { ok: false, reason: `the XML is malformed: ${e instanceof Error ? e.message.replace(/\.$/, '') : String(e)}`, line: lines.lineAt(xml.length) };
  }
  const root = doc.CTfile ?? doc;
  const pupils = findEvery(root, 'Pupil');
  if (!isNode(root) || (!('CTfile' in doc) && pupils.length === 0)) {
    return { ok: false, reason: 'this XML is not a Common Transfer File (no <CTfile> or <Pupil> elements)', line: 1 };
  }
  const source = find(root, 'SourceSchool');
  const school = { name: findText(source, 'SchoolName'), lea: findText(source, 'LEA'), estab: findText(source, 'Estab') };
  const ours = (opts.schoolDfe ?? (school.lea && school.estab ? `${school.lea}${school.estab}` : '')).replace(/\D/g, '');
  const where = locate(xml);
  const otherSchools = new Map<string, number>();

  pupils.forEach((p, pi) => {
    const line = lines.lineAt(where.pupils[pi] ?? 0);
    if (!isNode(p)) {
      c.problem(line, '<Pupil> holds no elements (no name, UPN or marks); nothing imported from it');
      return;
    }
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
        address: ctfPupilAddress(p),
      },
      line,
    );
    const offsets = where.marks[pi] ?? [];
    // Every <Attendance>, every <YearData> in it, every <AttendSessions> in that, in document order — the
    // same order as the offsets of their <AttendanceMarks>, which give each block its line.
    let k = 0;
    let unplaced = 0;
    const blockLine = () => (k < offsets.length ? lines.lineAt(offsets[k++]!) : line);
    for (const att of findAll(p, 'Attendance')) {
      for (const yd of findAll(att, 'YearData')) {
        const blocks = findAll(yd, 'AttendSessions');
        const at = `${findText(yd, 'LEA') ?? ''}${findText(yd, 'Estab') ?? ''}`.replace(/\D/g, '');
        if (ours && at && at !== ours) {
          otherSchools.set(at, (otherSchools.get(at) ?? 0) + 1);
          for (const b of blocks.length ? blocks : [yd]) k += marksOf(b).length;
          continue;
        }
        let possible = 0;
        let trusted = true;
        for (const block of blocks.length ? blocks : [yd]) {
          const all = marksOf(block);
          const blockLines = all.map(() => blockLine());
          if (all.length === 0) continue;
          if (!key) {
            unplaced += all.length;
            continue;
          }
          const r = readBlock(c, key, yd, block, all[0]!, blockLines[0]!);
          possible += r.possible;
          trusted &&= r.trusted;
          for (let j = 1; j < all.length; j++) {
            c.problem(blockLines[j]!, `a second <AttendanceMarks> in the same <AttendSessions> has no start date of its own, so its marks cannot be placed; not imported (line ${blockLines[0]} was read)`);
          }
        }
        const declaredText = findText(yd, 'SessionsPossible');
        const declared = Number(declaredText);
        if (key && declaredText && Number.isFinite(declared) && declared !== possible && trusted) {
          c.problem(offsets.length ? lines.lineAt(offsets[Math.max(0, k - 1)]!) : line, `SessionsPossible says ${declared} but the marks add up to ${possible}: the marks string may not be two characters per day`);
        }
      }
    }
    if (unplaced) c.problem(line, `${unplaced === 1 ? 'its attendance block was' : `its ${unplaced} attendance blocks were`} not imported either, as the pupil cannot be identified`);
  });
  for (const [dfe, n] of otherSchools) c.notes.push(`${n} YearData block(s) from another school (${dfe}) were left out: only this school's registers are imported`);
  return { ok: true, preview: c.finish('ctf-xml', encoding, { school }) };
}

/** The raw <AttendanceMarks> values directly in a block (strings as parsed, entities not yet decoded). */
function marksOf(block: Node): string[] {
  const v = block.AttendanceMarks;
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : ''));
}

/**
 * One <AttendSessions> block: two characters per calendar day from its start date. Line breaks (with the
 * indentation after them) are wrapping, never marks; every other character, a leading space included, is a
 * session. Returns the sessions possible it counted, and whether its layout could be trusted.
 */
function readBlock(c: ImportCollector, key: string, yd: Node, block: Node, raw: string, ydLine: number): { possible: number; trusted: boolean } {
  // Wrapping is taken out before references are decoded: "&#32;" at the start of a wrapped line is a
  // session with no mark, not indentation. (A literal space there cannot be told from indentation.)
  const { text: marks, undefinedRefs } = decodeXmlText(raw.replace(/[\r\n]+[ \t]*/g, ''));
  if (marks.trim() === '') return { possible: 0, trusted: true };
  const start = findText(block, 'AttendanceStartDate') ?? findText(yd, 'AttendanceStartDate');
  if (undefinedRefs.length) {
    c.problem(ydLine, `AttendanceMarks contains ${undefinedRefs[0]}, an entity the file does not define; each character is a session, so the marks cannot be placed and none of this block was imported`);
    return { possible: 0, trusted: false };
  }
  if (!start || !isIsoDate(start.slice(0, 10))) {
    c.problem(ydLine, `YearData ${findText(yd, 'Year') ?? ''}: AttendanceStartDate "${start ?? ''}" is missing or not a date; its marks cannot be placed`);
    return { possible: 0, trusted: false };
  }
  const from = start.slice(0, 10);
  // Code points, not UTF-16 units: an emoji or a decoded astral reference is one character.
  const chars = Array.from(marks);
  let usable = chars.length;
  if (chars.length % 2) {
    c.problem(ydLine, `AttendanceMarks has an odd number of characters (${chars.length}): the last day is incomplete and was left out — the file may be cut off or use two-character codes`);
    usable--;
  }
  const digit = chars.findIndex((ch) => /\d/.test(ch));
  if (digit >= 0 && digit < usable) {
    const day = Math.floor(digit / 2);
    c.problem(
      ydLine,
      `AttendanceMarks character ${digit + 1} ("${chars.slice(Math.max(0, digit - 1), digit + 1).join('')}", ${addDays(from, day)}) looks like a two-character 2024 code; the two-characters-per-day layout cannot be trusted from there, so marks from ${addDays(from, day)} on were left out`,
    );
    usable = day * 2;
  }
  if (usable / 2 > 366) c.problem(ydLine, `AttendanceMarks covers ${usable / 2} days from ${from}, more than a year`);
  let possible = 0;
  let blanks = 0;
  for (let i = 0; i + 1 < usable; i += 2) {
    const date = addDays(from, i / 2);
    const am = chars[i]!;
    const pm = chars[i + 1]!;
    if (am === '#' && pm === '#') continue; // no session that day (weekend, holiday, INSET)
    for (const [ch, s] of [
      [am, 'AM'],
      [pm, 'PM'],
    ] as const) {
      if (ch === ' ' || ch === '-') {
        blanks++;
        continue;
      }
      const cat = normaliseMark(ch, date).category;
      if (cat === 'present' || cat === 'aea' || cat === 'authorised' || cat === 'unauthorised') possible++;
      c.mark(key, date, s, ch, ydLine, () => `AttendanceMarks character ${i + (s === 'AM' ? 1 : 2)}`);
    }
  }
  c.blank(blanks);
  return { possible, trusted: digit < 0 };
}
