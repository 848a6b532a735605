import { cloneYear, compactYear, datesOfYear, emptyYear, SLOTS, type MarkYearRow } from './mark-years';
import type { MarkConflict } from './plan-marks';
import type { FactSeen, MarkRevisionRow } from './rows';
import { DROPPED, type PackedYear } from './imports/packed-marks';

/**
 * `planMarks` for an import's packed marks (imports/packed-marks.ts), one pupil-year at a time, straight into
 * the year record to write: the same rules, slot by slot, with no object per mark. Pure.
 * - A mark not stored yet is added.
 * - The same code (and minutes late, or none given) is unchanged; its provenance moves to today's `lastSeenOn`.
 * - A different code replaces the stored one, which is kept as a revision.
 * - An import never overwrites a different mark read from a page: reported, the stored one kept.
 * Property-tested against `planMarks` + `packMarks` (test/unit/store/plan-years.same-as-plan-marks.test.ts).
 */
export interface YearPlan {
  /** The record to write, or null when nothing changes. */
  record: MarkYearRow | null;
  revisions: MarkRevisionRow[];
  conflicts: MarkConflict[];
  added: number;
  changed: number;
  unchanged: number;
}

export interface PlanContext {
  source: string;
  sourceKind: 'page' | 'import';
  seenAt: string;
  day: string;
}

const NO_SEEN: FactSeen = { source: '', firstSeen: '', lastSeenOn: '' };
const seenKey = (s: FactSeen) => `${s.source}\u0000${s.firstSeen}\u0000${s.lastSeenOn}`;

export function planYear(pupilId: string, ref: string, inc: PackedYear, codes: readonly string[], stored: MarkYearRow | undefined, ctx: PlanContext): YearPlan {
  const plan: YearPlan = { record: null, revisions: [], conflicts: [], added: 0, changed: 0, unchanged: 0 };
  const dates = datesOfYear(inc.year);
  // The record being written: a clone of the stored one (same dictionaries, so a stored code or provenance keeps
  // its index) or a new one, made at the first mark put. Indices are looked up once per distinct value, not per mark.
  let r: MarkYearRow | null = null;
  let seenIx: Map<string, number> | null = null;
  const codeOf = new Int32Array(codes.length + 1); // file code index → record code index (0 = not yet)
  let freshIx = 0;
  const movedIx = new Map<number, number>(); // stored provenance index → the same with today's lastSeenOn
  const record = (): MarkYearRow => {
    if (!r) {
      r = stored ? cloneYear(stored) : emptyYear(pupilId, inc.year);
      seenIx = new Map(r.seen.map((x, i) => [seenKey(x), i + 1]));
    }
    return r;
  };
  const seenIndex = (seen: FactSeen): number => {
    const rec = record();
    const k = seenKey(seen);
    let p = seenIx!.get(k);
    if (p === undefined) {
      rec.seen.push(seen);
      p = rec.seen.length;
      seenIx!.set(k, p);
    }
    return p;
  };
  const codeIndex = (ci: number): number => {
    let c = codeOf[ci]!;
    if (!c) {
      const rec = record();
      const code = codes[ci - 1]!;
      c = rec.codes.indexOf(code) + 1;
      if (!c) {
        rec.codes.push(code);
        c = rec.codes.length;
        if (c > 255) throw new Error(`more than 255 different codes for one pupil in ${rec.year}/${(rec.year + 1) % 100}`);
      }
      codeOf[ci] = c;
    }
    return c;
  };
  const put = (s: number, c: number, late: number | undefined, p: number) => {
    const rec = r!;
    if (!rec.slots[s]) rec.n++;
    rec.slots[s] = c;
    rec.seenIx[s] = p;
    if (late !== undefined) (rec.late ??= {})[s] = late;
    else if (rec.late && s in rec.late) delete rec.late[s];
  };
  const putFresh = (s: number, ci: number, late: number | undefined) => {
    const c = codeIndex(ci);
    if (!freshIx) freshIx = seenIndex({ source: ctx.source, firstSeen: ctx.seenAt, lastSeenOn: ctx.day });
    put(s, c, late, freshIx);
  };

  for (let s = 0; s < SLOTS; s++) {
    const ci = inc.slots[s]!;
    if (ci === 0 || ci === DROPPED) continue;
    const code = codes[ci - 1]!;
    const late = inc.late?.get(s);
    const oc = stored ? stored.slots[s]! : 0;
    if (!oc) {
      putFresh(s, ci, late);
      plan.added++;
      continue;
    }
    const old = stored!;
    const oldCode = old.codes[oc - 1]!;
    const oldSeen = old.seen[old.seenIx[s]! - 1] ?? NO_SEEN;
    const oldLate = old.late?.[s];
    if (oldCode === code && (oldLate === late || late === undefined)) {
      // Unchanged; when the source does not show minutes late, what we had stays.
      plan.unchanged++;
      if (oldSeen.lastSeenOn < ctx.day) {
        const oi = old.seenIx[s]!;
        let p = movedIx.get(oi);
        if (p === undefined) movedIx.set(oi, (p = seenIndex({ source: oldSeen.source, firstSeen: oldSeen.firstSeen, lastSeenOn: ctx.day })));
        put(s, oc, oldLate, p); // the record is a clone of `stored`: the stored code keeps its index
      }
      continue;
    }
    const date = dates[s >> 1]!;
    const session = s & 1 ? 'PM' : 'AM';
    if (ctx.sourceKind === 'import' && oldSeen.source.startsWith('page:') && oldCode !== code) {
      plan.conflicts.push({
        kind: 'mark',
        ref,
        date,
        session,
        stored: oldCode,
        incoming: code,
        what: `the file says ${code} for ${date} ${session}, but ${oldCode} was read from the MIS on ${oldSeen.lastSeenOn}; kept ${oldCode}`,
      });
      continue;
    }
    plan.changed++;
    putFresh(s, ci, late);
    plan.revisions.push({
      id: `${pupilId}|${date}|${session}|${ctx.seenAt}`,
      pupilId,
      date,
      session,
      code: oldCode,
      ...(oldLate !== undefined ? { minutesLate: oldLate } : {}),
      source: oldSeen.source,
      firstSeen: oldSeen.firstSeen,
      lastSeenOn: oldSeen.lastSeenOn,
      newCode: code,
      newSource: ctx.source,
      changedAt: ctx.seenAt,
    });
  }
  if (r) compactYear(r);
  plan.record = r as MarkYearRow | null;
  return plan;
}
