import type { ActionRow } from './actions';
import type { BackupTables } from './backup';
import { IdentityIndex } from './identity';
import { rowNameDob } from './merge-pupil';
import { markKeyString } from './plan-marks';
import { PUPIL_FACT_NAMES, type MarkRevisionRow, type MarkRow, type PupilRow } from './rows';

/**
 * Merging a backup into a store that already holds data. Pure. Pupils are matched by id, else by the same
 * identity rules as page reads (MIS id, UPN, name + DOB), never by name alone; a pupil whose evidence
 * points at two stored pupils is reported and left out with everything of theirs. For each fact and mark
 * the more recently confirmed value wins; a mark that loses is kept as a revision.
 */
export interface PupilMatch {
  idMap: Map<string, string>;
  pupils: PupilRow[];
  added: number;
  matched: number;
  conflicts: { pupil: string; what: string }[];
}

function mergeFacts(local: PupilRow, other: PupilRow): PupilRow {
  const out: PupilRow = { ...local, misKeys: [...local.misKeys], seen: { ...local.seen } };
  const rec = out as unknown as Record<string, unknown>;
  for (const f of PUPIL_FACT_NAMES) {
    const v = other[f];
    if (v === undefined) continue;
    const mine = local.seen[f];
    const theirs = other.seen[f];
    if (out[f] === undefined || (theirs && (!mine || theirs.lastSeenOn > mine.lastSeenOn))) {
      rec[f] = v;
      if (theirs) out.seen[f] = theirs;
    }
  }
  for (const k of other.misKeys) {
    if (!out.misKeys.includes(k)) {
      out.misKeys.push(k);
      const mis = `mis:${k.slice(0, k.indexOf(':'))}` as const;
      const s = other.seen[mis];
      if (s) out.seen[mis] = s;
    }
  }
  if (!out.upn && other.upn) {
    out.upn = other.upn;
    if (other.seen.upn) out.seen.upn = other.seen.upn;
  }
  const nd = rowNameDob(out);
  if (nd) out.nameDob = nd;
  else delete out.nameDob;
  return out;
}

const name = (p: PupilRow) => p.displayName ?? ([p.legalForename, p.legalSurname].filter(Boolean).join(' ') || p.upn || p.id);

export function matchBackupPupils(local: readonly PupilRow[], incoming: readonly PupilRow[]): PupilMatch {
  const index = new IdentityIndex(local);
  const out: PupilMatch = { idMap: new Map(), pupils: [], added: 0, matched: 0, conflicts: [] };
  for (const p of incoming) {
    const same = index.get(p.id);
    const ids = new Set<string>();
    if (same) ids.add(same.id);
    else {
      for (const k of p.misKeys) for (const id of index.ids('mis', k)) ids.add(id);
      for (const id of index.ids('upn', p.upn)) ids.add(id);
      if (ids.size === 0) for (const id of index.ids('nameDob', p.nameDob)) ids.add(id);
    }
    if (ids.size > 1) {
      out.conflicts.push({ pupil: name(p), what: `${name(p)}: the backup's identifiers match ${ids.size} different stored pupils; left out` });
      continue;
    }
    const target = ids.size === 1 ? index.get([...ids][0]!)! : undefined;
    if (target && p.upn && target.upn && p.upn !== target.upn) {
      out.conflicts.push({ pupil: name(p), what: `${name(p)}: matches a stored pupil whose UPN is ${target.upn}, not ${p.upn}; left out` });
      continue;
    }
    const row = target ? mergeFacts(target, p) : p;
    if (target) out.matched++;
    else out.added++;
    out.idMap.set(p.id, row.id);
    out.pupils.push(row);
    index.add(row);
  }
  return out;
}

export interface MarkMerge {
  marks: MarkRow[];
  revisions: MarkRevisionRow[];
  added: number;
  changed: number;
  unchanged: number;
}

/** `incoming` already re-keyed to local pupil ids; `local` holds the stored rows for the same keys. */
export function mergeMarkRows(incoming: readonly MarkRow[], local: ReadonlyMap<string, MarkRow>): MarkMerge {
  const out: MarkMerge = { marks: [], revisions: [], added: 0, changed: 0, unchanged: 0 };
  for (const m of incoming) {
    const l = local.get(markKeyString(m.pupilId, m.date, m.session));
    if (!l) {
      out.marks.push(m);
      out.added++;
      continue;
    }
    if (l.code === m.code && l.minutesLate === m.minutesLate) {
      const firstSeen = m.firstSeen < l.firstSeen ? m.firstSeen : l.firstSeen;
      const lastSeenOn = m.lastSeenOn > l.lastSeenOn ? m.lastSeenOn : l.lastSeenOn;
      if (firstSeen !== l.firstSeen || lastSeenOn !== l.lastSeenOn) out.marks.push({ ...l, firstSeen, lastSeenOn });
      out.unchanged++;
      continue;
    }
    const theirsNewer = m.lastSeenOn > l.lastSeenOn || (m.lastSeenOn === l.lastSeenOn && m.firstSeen > l.firstSeen);
    const [winner, loser] = theirsNewer ? [m, l] : [l, m];
    if (theirsNewer) out.marks.push(m);
    out.changed++;
    out.revisions.push({
      id: `${loser.pupilId}|${loser.date}|${loser.session}|${winner.firstSeen}`,
      pupilId: loser.pupilId,
      date: loser.date,
      session: loser.session,
      code: loser.code,
      ...(loser.minutesLate !== undefined ? { minutesLate: loser.minutesLate } : {}),
      source: loser.source,
      firstSeen: loser.firstSeen,
      lastSeenOn: loser.lastSeenOn,
      newCode: winner.code,
      newSource: winner.source,
      changedAt: winner.firstSeen,
    });
  }
  return out;
}

/** Re-key the rows that point at pupils; rows of pupils left out are dropped. */
export function remapTables(t: BackupTables, idMap: ReadonlyMap<string, string>) {
  const pid = (id: string) => idMap.get(id);
  const keep = <T extends { pupilId: string }>(rows: T[]) =>
    rows.flatMap((r) => {
      const id = pid(r.pupilId);
      return id ? [{ ...r, pupilId: id }] : [];
    });
  return {
    markYears: t.markYears.flatMap((r) => {
      const id = pid(r.pupilId);
      return id ? [{ ...r, pupilId: id }] : [];
    }),
    markRevisions: keep(t.markRevisions).map((r) => ({ ...r, id: `${r.pupilId}|${r.date}|${r.session}|${r.changedAt}` })),
    actions: keep(t.actions as (ActionRow & { pupilId: string })[]) as ActionRow[],
    prefillAudit: keep(t.prefillAudit),
  };
}
