import type { ImportProblem, TextEncodingName } from './types';

/**
 * Bytes → text. UTF-8 (strict) first; a file that is not valid UTF-8 is read as Windows-1252 (what Excel
 * on Windows writes for "CSV") and the preview says so, with the first line that was not UTF-8.
 * UTF-16 is recognised by its byte-order mark (Excel's "Unicode text"). An XML declaration's encoding wins.
 */
export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  problems: ImportProblem[];
}

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', problems: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', problems: [] };

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared, problems: [] };
    } catch {
      // Unknown label: fall through to UTF-8 / Windows-1252.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', problems: [] };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const bad = loose.indexOf('\uFFFD');
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      encoding: 'windows-1252',
      problems: [
        {
          line: bad >= 0 ? lineAt(loose, bad) : 1,
          what: 'the file is not UTF-8; it was read as Windows-1252 (check accented names in the preview)',
        },
      ],
    };
  }
}

/** Why these bytes cannot be an import file at all, or null. */
export function notTextReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'this is a zip file (an Excel .xlsx workbook?): save it as CSV first';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'this is an old Excel .xls workbook: save it as CSV first';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'this is a PDF, not a CTF or CSV export';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) return 'this is a binary file, not a CTF (XML) or CSV export';
  return null;
}
