/**
 * DfE Unique Pupil Numbers: check letter, LA number (3 digits), establishment number (4), year of
 * allocation (2), serial (3). The check letter weights characters 2–13 by their position (2…13), sums,
 * takes the remainder mod 23 and maps it onto the 23 letters below (I, O and S are never used).
 * A temporary UPN ends in a letter, valued by its index in the same alphabet.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function charValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  const i = CHECK_LETTERS.indexOf(ch);
  if (i < 0) throw new Error(`not a UPN character: ${ch}`);
  return i;
}

/** The check letter for the 12 characters that follow it. */
export function upnCheckLetter(body: string): string {
  if (!/^\d{11}[0-9A-HJ-NP-RT-Z]$/.test(body)) throw new Error(`not a UPN body: ${body}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += charValue(body[i] as string) * (i + 2);
  return CHECK_LETTERS[sum % 23] as string;
}

export function isValidUpn(upn: string): boolean {
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  return upnCheckLetter(upn.slice(1)) === upn[0];
}

export function makeUpn(la: number, estab: number, year2: number, serial: number): string {
  const body =
    String(la).padStart(3, '0') +
    String(estab).padStart(4, '0') +
    String(year2 % 100).padStart(2, '0') +
    String(serial).padStart(3, '0');
  return upnCheckLetter(body) + body;
}
