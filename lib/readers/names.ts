/**
 * Pupil names as pages show them: "Forename Surname" or "SURNAME, Forename" (register lists often
 * upper-case the surname). Both read to "Forename Surname"; an all-capitals surname is re-cased so the
 * same pupil gets the same name (and key) on every page.
 */
import { clean } from './text';

function recase(word: string): string {
  if (word !== word.toUpperCase() || !/[A-Z]/.test(word)) return word;
  return word.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function personName(text: string): string {
  const t = clean(text);
  const comma = /^([^,]+),\s*(.+)$/.exec(t);
  if (comma) return `${clean(comma[2])} ${recase(clean(comma[1]))}`;
  // "Amelia EXAMPLE": re-case a trailing all-capitals surname only.
  const parts = t.split(' ');
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (last.length > 1 && last === last.toUpperCase() && /[A-Z]/.test(last)) parts[parts.length - 1] = recase(last);
  }
  return parts.join(' ');
}

/** A name is at least two words of letters (hyphens, apostrophes and dots allowed). */
export function looksLikeName(text: string): boolean {
  const t = clean(text);
  return /^[\p{L}][\p{L}'’.-]*(?:,?\s+[\p{L}][\p{L}'’.-]*)+$/u.test(t);
}

/**
 * The view's pupil key: the MIS id when the page shows one, else one derived from the name (and
 * date of birth when shown), lower-cased so the same pupil gets the same key on every page.
 */
export function pupilKey(misId: string | undefined, name: string, dateOfBirth?: string): string {
  if (misId) return `id:${misId}`;
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return dateOfBirth ? `name:${slug}:${dateOfBirth}` : `name:${slug}`;
}
