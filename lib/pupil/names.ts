/** How a stored pupil is named, on the dashboard, in prefill and in the register panel. Pure. */
import type { PupilRow } from '../store/rows';

/** "Forename Surname" (preferred names first) when the store has them, else the name as a page showed it. */
export function pupilName(row: PupilRow): string {
  if (row.lock) return lockedName(row);
  const fore = row.preferredForename ?? row.legalForename;
  const sur = row.preferredSurname ?? row.legalSurname;
  if (fore && sur) return `${fore} ${sur}`;
  return row.displayName?.trim() || [fore, sur].filter(Boolean).join(' ') || 'Unnamed pupil';
}

/**
 * While the store is locked (lib/lock) a row holds no name: a placeholder with the groups it does hold, so the
 * dashboard stays usable (figures, flags) without naming anyone.
 */
export function lockedName(row: PupilRow): string {
  const where = [row.yearGroup ? `Year ${row.yearGroup}` : '', row.regGroup ?? ''].filter(Boolean).join(', ');
  // The first characters of the store's own id (random, names nobody) tell locked pupils apart in a list.
  return `Locked pupil ${row.id.replace(/[^a-z0-9]/gi, '').slice(0, 4).toUpperCase()}${where ? ` (${where})` : ''}`;
}

/** Surname first, for sorting like a register. */
export function pupilSortName(row: PupilRow): string {
  if (row.lock) return `~${row.regGroup ?? ''} ${row.id}`;
  const sur = row.preferredSurname ?? row.legalSurname;
  const fore = row.preferredForename ?? row.legalForename ?? '';
  if (sur) return `${sur} ${fore}`.toLowerCase();
  const shown = row.displayName ?? '';
  // "SURNAME, Forename" as some MIS pages show it; otherwise the last word is the surname.
  const comma = shown.split(',');
  if (comma.length === 2) return `${comma[0]!.trim()} ${comma[1]!.trim()}`.toLowerCase();
  const words = shown.trim().split(/\s+/);
  return `${words.at(-1) ?? ''} ${words.slice(0, -1).join(' ')}`.toLowerCase();
}
