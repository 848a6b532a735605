/**
 * Split dates made of three drop-downs that say nothing of themselves: no labels, no value attributes, names
 * like D1/D2/D3 or Rails' `date_of_birth(3i)/(2i)/(1i)`. What each one is shows in its options: 1–31 is the
 * day, the twelve months (by name or number) the month, a run of four-digit years the year. Read only for
 * a select; the collector still ties parts together only when they share one box beside one question.
 */
import type { FieldOption } from './snapshot';
import { MONTHS } from './format';

/** A prompt option ("Day", "-- Month --", "YYYY", "Select", empty) is not one of the values. */
const PROMPT = /^[\s\-–—_.*:]*(?:(?:please\s+)?(?:select|choose)\b.*|day|month|year|dd|mm|yy|yyyy)?[\s\-–—_.*:]*$/i;

type Part = 'day' | 'month' | 'year';

function classify(text: string): { kind: 'int' | 'month' | 'year'; n: number } | null {
  const t = text.trim().toLowerCase();
  if (/^\d{4}$/.test(t)) {
    const n = Number(t);
    return n >= 1900 && n <= 2100 ? { kind: 'year', n } : null;
  }
  if (/^\d{1,2}$/.test(t)) return { kind: 'int', n: Number(t) };
  const m = MONTHS.findIndex((name) => name === t || (t.length >= 3 && name.startsWith(t.replace(/\.$/, '')) && t.replace(/\.$/, '').length >= 3));
  return m >= 0 ? { kind: 'month', n: m + 1 } : null;
}

/** Which part of a date a select's options make it, or null when they are anything else. */
export function datePartFromOptions(options: FieldOption[]): Part | null {
  const real = options.filter((o) => !PROMPT.test(o.text));
  if (real.length < 2) return null;
  const c = real.map((o) => classify(o.text));
  if (c.some((x) => !x)) return null;
  const kinds = new Set(c.map((x) => x!.kind));
  if (kinds.size !== 1) return null;
  const ns = c.map((x) => x!.n);
  const distinct = new Set(ns).size === ns.length;
  if (!distinct) return null;
  const kind = [...kinds][0];
  // Years run without gaps (2020, 2019, 2018 …): 2010, 2015, 2020 is a list of something else.
  if (kind === 'year') return ns.length >= 3 && ns.every((n, i) => i === 0 || Math.abs(n - ns[i - 1]!) === 1 && Math.sign(n - ns[i - 1]!) === Math.sign(ns[1]! - ns[0]!)) ? 'year' : null;
  if (kind === 'month') return ns.length === 12 ? 'month' : null;
  // Numbers: 1–31 is a day, exactly 1–12 a month (numbers alone: a month only when paired with a day beside it).
  const max = Math.max(...ns);
  const min = Math.min(...ns);
  if (min === 1 && max === 31 && ns.length === 31) return 'day';
  if (min === 1 && max === 12 && ns.length === 12) return 'month';
  return null;
}
