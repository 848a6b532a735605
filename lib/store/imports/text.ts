/**
 * Small text helpers shared by the importers: line numbers in one pass, XML character references,
 * invisible characters in identifiers, and cells that a spreadsheet would run as a formula.
 */

/** Offsets → 1-based line numbers, after one scan of the text (binary search per lookup, never a rescan). */
export class LineIndex {
  private readonly newlines: number[] = [];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text with its references decoded in one pass: the five predefined entities and numeric
 * character references (`&#47;`, `&#x5C;`). A reference to a code point XML does not allow becomes
 * U+FFFD, so it still stands for one character (one session in a marks string) and is reported as an
 * unknown code, never silently dropped. Other named references are left as written (`undefined` lists them).
 */
export function decodeXmlText(s: string): { text: string; undefinedRefs: string[] } {
  const undefinedRefs: string[] = [];
  if (!s.includes('&')) return { text: s, undefinedRefs };
  const text = s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (ref, body: string) => {
    if (body[0] !== '#') {
      const v = PREDEFINED[body];
      if (v === undefined) undefinedRefs.push(ref);
      return v ?? ref;
    }
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const allowed = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    return allowed ? String.fromCodePoint(cp) : '\uFFFD';
  });
  return { text, undefinedRefs };
}

/** Characters that show as nothing (zero-width space, joiners, word joiner, BOM, soft hyphen, bidi marks). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
/** Spaces other than U+0020 (no-break, thin, ideographic, tabs…) and control characters. */
const ODD_SPACE = /[\t\n\v\f\r\u0000-\u0008\u000E-\u001F\u007F\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/**
 * A name or identifier as a person would read it: invisible characters removed, odd spaces made plain,
 * runs of spaces collapsed, ends trimmed. `changed` says whether anything but plain trimming happened,
 * so the importer can say so (the same pupil must never become two because of a zero-width space).
 */
export function cleanText(raw: string): { text: string; changed: boolean } {
  const text = raw.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
  return { text, changed: text !== raw.trim() };
}

/**
 * A cell a spreadsheet would run as a formula if it were exported again and opened (CSV injection):
 * starting with `=`, `+`, `-`, `@`, or a tab or carriage return. It is kept as plain text and flagged.
 */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s) && s.length > 1;
}
