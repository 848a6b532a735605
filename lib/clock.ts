/**
 * The shells' clock (the engine never reads one): background, dashboard and options ask it for the
 * day. Dates are the school's local calendar dates (the user's day, not UTC's).
 */
export function todayLocal(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Milliseconds from `now` to the next local midnight (when `todayLocal` changes). */
export function msToNextLocalDay(now: Date = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}
