/**
 * Virtualised and paginated grids show a slice of their rows at a time (rows are recycled as the
 * user scrolls). Each read of the slice is honest about being partial; the content script feeds the
 * successive reads to an Accumulator, which merges them by pupil (and by `aria-rowindex`), and says
 * when every row the grid declares (`aria-rowcount`) has been seen. Only then is the merged view
 * complete — a pupil scrolled past is never silently missing.
 *
 * Convention shared with readers: a view that is incomplete *only* because rows are out of view
 * carries a problem whose `where` is IN_VIEW_ONLY. Any other failure keeps the merged view incomplete.
 */
import type { ReadResult, RegisterView, ViewMark, ViewPupil } from '../view';

export const IN_VIEW_ONLY = 'rows-in-view';

type Problem = RegisterView['problems'][number];

function sessionsKey(v: RegisterView): string {
  return v.sessions.map((s) => `${s.date}${s.session}`).sort().join(',');
}

/** Pupil rows the grid declares: aria-rowcount less its header rows; undefined when not declared. */
function declaredPupilRows(row: Element): number | undefined {
  const grid = row.closest('[aria-rowcount]');
  const n = Number(grid?.getAttribute('aria-rowcount'));
  if (!grid || !Number.isInteger(n) || n < 1) return undefined;
  let headers = 0;
  for (const r of Array.from(grid.querySelectorAll('[role="row"], tr'))) {
    if (r.querySelector('[role="columnheader"]') || r.parentElement?.tagName === 'THEAD') headers++;
  }
  return n - headers;
}

export type AddOutcome = 'merged' | 'reset';

export class Accumulator {
  private base: RegisterView | undefined;
  private key = '';
  private pupils = new Map<string, ViewPupil>();
  private marks = new Map<string, ViewMark>();
  private rows = new Map<string, Element>();
  private rowOwner = new Map<Element, string>();
  private notes = new Map<string, Problem>();
  private seenIndexes = new Set<number>();
  private expected: number | undefined;
  private clean = true;

  /** Adds one read. A read of other sessions (the user moved to another week) starts afresh. */
  add(result: ReadResult): AddOutcome {
    const v = result.view;
    const key = `${v.reader}|${v.kind}|${sessionsKey(v)}`;
    let outcome: AddOutcome = 'merged';
    if (this.base && key !== this.key) {
      this.reset();
      outcome = 'reset';
    }
    this.base = v;
    this.key = key;
    const inViewOnly = v.problems.some((p) => p.where === IN_VIEW_ONLY);
    if (!v.complete && !inViewOnly) this.clean = false;
    for (const p of v.problems) if (p.where !== IN_VIEW_ONLY) this.notes.set(`${p.where}|${p.what}`, p);
    for (const p of v.pupils) this.pupils.set(p.key, p);
    for (const m of v.marks) this.marks.set(`${m.pupil}|${m.date}|${m.session}`, m);
    for (const [pupil, el] of result.rows) {
      // A recycled row element now shows this pupil: drop whoever it showed before.
      const before = this.rowOwner.get(el);
      if (before !== undefined && before !== pupil) this.rows.delete(before);
      this.rows.set(pupil, el);
      this.rowOwner.set(el, pupil);
      const idx = Number(el.getAttribute('aria-rowindex'));
      if (Number.isInteger(idx) && idx > 0) this.seenIndexes.add(idx);
      this.expected ??= declaredPupilRows(el);
    }
    return outcome;
  }

  /** True once every pupil row the grid declares has been read (false when it declares none). */
  get seenAll(): boolean {
    return this.expected !== undefined && this.seenIndexes.size >= this.expected;
  }

  /** How many pupil rows have been read, and how many the grid declares. */
  get progress(): { seen: number; of: number | undefined } {
    return { seen: this.pupils.size, of: this.expected };
  }

  reset(): void {
    this.base = undefined;
    this.key = '';
    this.pupils.clear();
    this.marks.clear();
    this.rows.clear();
    this.rowOwner.clear();
    this.notes.clear();
    this.seenIndexes.clear();
    this.expected = undefined;
    this.clean = true;
  }

  /** The merged view; complete only when every read was clean and no declared row is unseen. */
  result(): ReadResult | undefined {
    if (!this.base) return undefined;
    const virtual = this.expected !== undefined;
    const complete = this.clean && (!virtual || this.seenAll);
    const problems = [...this.notes.values()];
    if (virtual && !this.seenAll) {
      problems.push({ where: IN_VIEW_ONLY, what: `${this.seenIndexes.size} of ${this.expected} rows read so far; scroll to read the rest` });
    }
    const pupils = [...this.pupils.values()];
    const order = new Map(pupils.map((p, i) => [p.key, i]));
    const marks = [...this.marks.values()].sort((a, b) => (order.get(a.pupil)! - order.get(b.pupil)!) || (a.date + a.session).localeCompare(b.date + b.session));
    const view: RegisterView = { ...this.base, pupils, marks, problems, complete, sessions: [...this.base.sessions] };
    return { view, rows: new Map(this.rows) };
  }
}
