/**
 * Virtualised and paginated grids show a slice of their rows at a time (rows are recycled as the
 * user scrolls). Each read of the slice is honest about being partial; the content script feeds the
 * successive reads to an Accumulator, which merges them by pupil (and by `aria-rowindex`), and says
 * when every row the grid declares (`aria-rowcount`) has been seen. Only then is the merged view
 * complete — a pupil scrolled past is never silently missing.
 *
 * A grid that also draws only the columns in view (ReadResult.columns, see columns-in-view.ts) is
 * merged by column too: its reads show different sessions as the user scrolls sideways, and it is
 * complete only once every declared column was drawn and every pupil's every session cell was read.
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
  // A header row drawn in two panes (a pinned pane beside a scrolling one) is one row: count each
  // header `aria-rowindex` once, else the last pupil row would never be waited for.
  const headers = new Set<string | Element>();
  for (const r of Array.from(grid.querySelectorAll('[role="row"], tr'))) {
    if (r.querySelector('[role="columnheader"]') || r.parentElement?.tagName === 'THEAD') headers.add(r.getAttribute('aria-rowindex') ?? r);
  }
  return n - headers.size;
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
  /** Grids drawing a band of columns: columns declared and seen, the session of each, cells read. */
  private colsOf: number | undefined;
  private colsSeen = new Set<number>();
  private colAt = new Map<number, string>();
  private cells = new Set<string>();
  private sessions = new Map<string, RegisterView['sessions'][number]>();

  /** A column now showing another session than before: the page moved on (another week). */
  private movedOn(result: ReadResult): boolean {
    return (result.columns?.at ?? []).some(([col, s]) => this.colAt.has(col) && this.colAt.get(col) !== s);
  }

  /** Adds one read. A read of other sessions (the user moved to another week) starts afresh. */
  add(result: ReadResult): AddOutcome {
    const v = result.view;
    // A band of columns shows some of the sessions: its reads are one grid while no column changes session.
    const key = result.columns ? `${v.reader}|${v.kind}|columns of ${result.columns.of}` : `${v.reader}|${v.kind}|${sessionsKey(v)}`;
    let outcome: AddOutcome = 'merged';
    if (this.base && (key !== this.key || this.movedOn(result))) {
      this.reset();
      outcome = 'reset';
    }
    this.base = v;
    this.key = key;
    const inViewOnly = v.problems.some((p) => p.where === IN_VIEW_ONLY);
    if (!v.complete && !inViewOnly) this.clean = false;
    for (const p of v.problems) if (p.where !== IN_VIEW_ONLY) this.notes.set(`${p.where}|${p.what}`, p);
    for (const p of v.pupils) this.pupils.set(p.key, p);
    for (const s of v.sessions) this.sessions.set(`${s.date}|${s.session}`, s);
    if (result.columns) {
      this.colsOf = result.columns.of;
      for (const c of result.columns.drawn) this.colsSeen.add(c);
      for (const [col, s] of result.columns.at) this.colAt.set(col, s);
      for (const c of result.columns.cells) this.cells.add(c);
    }
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

  /** Session cells of the pupils read that no read has shown yet (their column was out of view). */
  private unreadCells(): number {
    let n = 0;
    for (const p of this.pupils.keys()) for (const s of this.sessions.keys()) if (!this.cells.has(`${p}|${s}`)) n++;
    return n;
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
    this.colsOf = undefined;
    this.colsSeen.clear();
    this.colAt.clear();
    this.cells.clear();
    this.sessions.clear();
  }

  /** The merged view; complete only when every read was clean and no declared row is unseen. */
  result(): ReadResult | undefined {
    if (!this.base) return undefined;
    const virtual = this.expected !== undefined;
    const problems = [...this.notes.values()];
    if (virtual && !this.seenAll) {
      problems.push({ where: IN_VIEW_ONLY, what: `${this.seenIndexes.size} of ${this.expected} rows read so far; scroll to read the rest` });
    }
    const banded = this.colsOf !== undefined;
    if (banded && this.colsSeen.size < this.colsOf!) {
      problems.push({ where: IN_VIEW_ONLY, what: `${this.colsSeen.size} of ${this.colsOf} columns read so far; scroll sideways to read the rest` });
    }
    const unread = banded ? this.unreadCells() : 0;
    if (unread > 0) {
      problems.push({ where: IN_VIEW_ONLY, what: `${unread} ${unread === 1 ? 'mark was' : 'marks were'} out of view whenever ${unread === 1 ? 'its' : 'their'} pupil’s row was read; scroll through the grid again to read ${unread === 1 ? 'it' : 'them'}` });
    }
    const complete = this.clean && (!virtual || this.seenAll) && (!banded || (this.colsSeen.size >= this.colsOf! && unread === 0));
    const pupils = [...this.pupils.values()];
    const order = new Map(pupils.map((p, i) => [p.key, i]));
    const marks = [...this.marks.values()].sort((a, b) => (order.get(a.pupil)! - order.get(b.pupil)!) || (a.date + a.session).localeCompare(b.date + b.session));
    const sessions = banded ? [...this.sessions.values()].sort((a, b) => (a.date + a.session).localeCompare(b.date + b.session)) : [...this.base.sessions];
    const view: RegisterView = { ...this.base, pupils, marks, problems, complete, sessions };
    if (banded && marks.length && this.base.context.from) {
      // The dates the merged bands span, not the last band's.
      const dates = marks.map((m) => m.date).sort();
      view.context = { ...this.base.context, from: dates[0]!, to: dates[dates.length - 1]! };
    }
    return { view, rows: new Map(this.rows) };
  }
}
