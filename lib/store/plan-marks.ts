import { markYearOf, SLOTS, slotOf } from './mark-years';
import type { MarkRevisionRow, MarkRow, Session } from './rows';

/**
 * Which mark rows one read or import must write. Pure.
 * - A mark not stored yet is added.
 * - The same code (and minutes late) is unchanged; it is rewritten only to move `lastSeenOn` to a new
 *   day, so re-reading a page on the same day writes nothing.
 * - A different code replaces the stored one, which is kept as a revision.
 * - An import never overwrites a different mark that was read from a page: the page showed the MIS as it
 *   was, the file may be older; the disagreement is reported instead.
 */

export interface IncomingMark {
  ref: string;
  pupilId: string;
  date: string;
  session: Session;
  code: string;
  minutesLate?: number;
}

export interface MarkConflict {
  kind: 'mark';
  ref: string;
  date: string;
  session: Session;
  stored: string;
  incoming: string;
  what: string;
}

export interface MarkPlan {
  puts: MarkRow[];
  revisions: MarkRevisionRow[];
  added: number;
  changed: number;
  unchanged: number;
  conflicts: MarkConflict[];
}

export const markKeyString = (pupilId: string, date: string, session: string) => `${pupilId}|${date}|${session}`;

/**
 * `stored`: the stored mark for an incoming one (a map by `markKeyString`, or a lookup). Marks seen twice
 * in one batch are found by slot in a typed array per pupil and year, not by a string key per mark: an
 * import of 780,000 marks spent most of its planning making and collecting those strings.
 */
export function planMarks(
  incoming: IncomingMark[],
  stored: ReadonlyMap<string, MarkRow> | ((m: IncomingMark) => MarkRow | undefined),
  ctx: { source: string; sourceKind: 'page' | 'import'; seenAt: string; day: string },
): MarkPlan {
  const plan: MarkPlan = { puts: [], revisions: [], added: 0, changed: 0, unchanged: 0, conflicts: [] };
  const lookup = typeof stored === 'function' ? stored : (m: IncomingMark) => stored.get(markKeyString(m.pupilId, m.date, m.session));
  const seen = new Map<string, Int32Array>();
  // Marks come grouped by pupil and date: the last pupil-year's slots are usually the ones needed.
  let lastKey = '';
  let slots: Int32Array = new Int32Array(0);

  for (let i = 0; i < incoming.length; i++) {
    const m = incoming[i]!;
    const yk = `${m.pupilId}|${markYearOf(m.date)}`;
    if (yk !== lastKey) {
      lastKey = yk;
      let s = seen.get(yk);
      if (!s) seen.set(yk, (s = new Int32Array(SLOTS)));
      slots = s;
    }
    const slot = slotOf(m.date, m.session);
    const twin = slots[slot] ? incoming[slots[slot]! - 1] : undefined;
    if (twin) {
      if (twin.code !== m.code) {
        plan.conflicts.push({
          kind: 'mark',
          ref: m.ref,
          date: m.date,
          session: m.session,
          stored: twin.code,
          incoming: m.code,
          what: `two different marks for ${m.date} ${m.session} in one read (${twin.code}, ${m.code}); the first was kept`,
        });
      }
      continue;
    }
    slots[slot] = i + 1;

    const old = lookup(m);
    const fresh: MarkRow = {
      pupilId: m.pupilId,
      date: m.date,
      session: m.session,
      code: m.code,
      ...(m.minutesLate !== undefined ? { minutesLate: m.minutesLate } : {}),
      source: ctx.source,
      firstSeen: ctx.seenAt,
      lastSeenOn: ctx.day,
    };
    if (!old) {
      plan.puts.push(fresh);
      plan.added++;
      continue;
    }
    if (old.code === m.code && old.minutesLate === m.minutesLate) {
      plan.unchanged++;
      if (old.lastSeenOn < ctx.day) plan.puts.push({ ...old, lastSeenOn: ctx.day });
      continue;
    }
    if (old.code === m.code && m.minutesLate === undefined) {
      // The source does not show minutes late; what we had stays.
      plan.unchanged++;
      if (old.lastSeenOn < ctx.day) plan.puts.push({ ...old, lastSeenOn: ctx.day });
      continue;
    }
    if (ctx.sourceKind === 'import' && old.source.startsWith('page:') && old.code !== m.code) {
      plan.conflicts.push({
        kind: 'mark',
        ref: m.ref,
        date: m.date,
        session: m.session,
        stored: old.code,
        incoming: m.code,
        what: `the file says ${m.code} for ${m.date} ${m.session}, but ${old.code} was read from the MIS on ${old.lastSeenOn}; kept ${old.code}`,
      });
      continue;
    }
    plan.changed++;
    plan.puts.push(fresh);
    plan.revisions.push({
      id: `${m.pupilId}|${m.date}|${m.session}|${ctx.seenAt}`,
      pupilId: m.pupilId,
      date: m.date,
      session: m.session,
      code: old.code,
      ...(old.minutesLate !== undefined ? { minutesLate: old.minutesLate } : {}),
      source: old.source,
      firstSeen: old.firstSeen,
      lastSeenOn: old.lastSeenOn,
      newCode: m.code,
      newSource: ctx.source,
      changedAt: ctx.seenAt,
    });
  }
  return plan;
}
