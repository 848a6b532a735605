/** HTML helpers for the demo pages: escaping, UK date formats, the "modelled" footer note. */
import { dayNumberToCivil, toDayNumber, weekdayOfDayNumber } from '../../lib/engine/dates';

/** Escapes text for element content and double-quoted attributes. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A tagged template that escapes every interpolated value unless it is wrapped in `raw()`. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}
export const raw = (html: string): Raw => new Raw(html);

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

function render(v: unknown): string {
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function parts(d: string): { y: number; m: number; day: number; wd: number } {
  const z = toDayNumber(d);
  const [y, m, day] = dayNumberToCivil(z);
  return { y, m, day, wd: weekdayOfDayNumber(z) - 1 };
}
const p2 = (n: number) => String(n).padStart(2, '0');

/** 23/11/2026 */
export const ukDate = (d: string) => {
  const { y, m, day } = parts(d);
  return `${p2(day)}/${p2(m)}/${y}`;
};
/** Mon 23/11 */
export const ukDayShort = (d: string) => {
  const { m, day, wd } = parts(d);
  return `${WEEKDAYS[wd]} ${p2(day)}/${p2(m)}`;
};
/** Mon 23 Nov 2026 */
export const longDate = (d: string) => {
  const { y, m, day, wd } = parts(d);
  return `${WEEKDAYS[wd]} ${day} ${MONTHS[m - 1]} ${y}`;
};
/** 23 Nov 2026 */
export const mediumDate = (d: string) => {
  const { y, m, day } = parts(d);
  return `${day} ${MONTHS[m - 1]} ${y}`;
};
/** Monday 23 November 2026 */
export const fullDate = (d: string) => {
  const { y, m, day, wd } = parts(d);
  return `${WEEKDAYS_LONG[wd]} ${day} ${MONTHS_LONG[m - 1]} ${y}`;
};
/** Parses dd/mm/yyyy (Bromcom query strings) into ISO, or null. */
export function parseUkDate(s: string | null): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s ?? '');
  if (!m) return null;
  const iso = `${m[3]}-${p2(Number(m[2]))}-${p2(Number(m[1]))}`;
  return Number.isNaN(toDayNumber(iso)) ? null : iso;
}

export function modelledNote(vendor: string, what: string): Raw {
  return html`Modelled on ${vendor}'s ${what} for testing; not ${vendor}'s markup. Synthetic school: every pupil, parent and address is invented.`;
}
