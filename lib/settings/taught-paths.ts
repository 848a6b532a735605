/**
 * The address side of taught pages: a page path generalised to a pattern, and matching one. Plain
 * functions, no validation library: teach mode (in the page) uses them.
 */

// A segment is an id or a date (generalised) when it holds a digit or looks like a random token:
// "7RB", "40538", "2025-09-12", "a3f9c2e1-…". Words ("register", "group", "date") are kept.
const VARIABLE_SEGMENT = /\d|^[0-9a-f]{8,}$/i;

/** `/register/group/7RB/date/2025-09-12` → `/register/group/*\/date/*`. Query and hash are ignored. */
export function pathPatternOf(pathname: string): string {
  return pathname
    .split('/')
    .map((s) => (s && VARIABLE_SEGMENT.test(decodeSegment(s)) ? '*' : s))
    .join('/');
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when `pathname` has the pattern's shape: same segments, `*` standing for any one segment. */
export function matchesPathPattern(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return false;
  return want.every((w, i) => (w === '*' ? (got[i] ?? '') !== '' : w.toLowerCase() === (got[i] ?? '').toLowerCase()));
}
