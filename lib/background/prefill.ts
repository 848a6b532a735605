/**
 * The background side of prefill, as plain functions over the store (the message handlers in
 * entrypoints/background.ts only call these): find pupils, build their values, plan a collected
 * form, and record a fill in the audit table and the pupil's chronology (one transaction).
 */
import type { IsoDate } from '../engine/dates';
import { loadPupil, type ProfileChoice } from '../pupil/load-one';
import { pupilName } from '../pupil/names';
import { plan, type Plan, type SavedMapping } from '../prefill/plan';
import { pnReadiness, type ReadinessCheck } from '../prefill/pn-readiness';
import { pupilValues } from '../prefill/pupil-values';
import { recogniseForm } from '../prefill/recognise';
import { readSchoolDetails, schoolValues } from '../prefill/school-details';
import type { FormSnapshot, PrefillValues } from '../prefill/snapshot';
import { withDueOn, type ActionRow } from '../store/actions';
import type { PrefillAuditRow } from '../store/rows';
import type { StoreDb } from '../store/schema';

export interface PupilChoice { id: string; name: string; upn: string; yearGroup: string; regGroup: string }

/** Pupils whose name or UPN contains every word typed, best first (surname starts, then others). */
export async function searchPupils(db: StoreDb, query: string, limit = 20): Promise<PupilChoice[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = await db.pupils.toArray();
  const hay = (r: (typeof rows)[number]) => [r.legalForename, r.legalSurname, r.preferredForename, r.preferredSurname, r.displayName, r.upn].filter(Boolean).join(' ').toLowerCase();
  const hits = rows.filter((r) => words.every((w) => hay(r).includes(w)));
  hits.sort((a, b) => pupilName(a).localeCompare(pupilName(b), 'en-GB'));
  return hits.slice(0, limit).map((r) => ({ id: r.id, name: pupilName(r), upn: r.upn ?? '', yearGroup: r.yearGroup ?? '', regGroup: r.regGroup ?? '' }));
}

export interface ValuesForPupil {
  id: string;
  name: string;
  values: PrefillValues;
  sources: Record<string, string>;
  readiness: ReadinessCheck[];
}

export interface PrefillValuesResult {
  pupils: ValuesForPupil[];
  shared: PrefillValues;
  sharedSources: Record<string, string>;
  periodLabel: string;
  period: { from: IsoDate; to: IsoDate };
  /** Today: a "proposed" date on a form is filled only with a stored date still ahead. */
  asOf: IsoDate;
}

/** Values for the chosen pupils; the period defaults to the academic year to date. */
export async function valuesFor(db: StoreDb, opts: { pupilIds: string[]; period?: { from: IsoDate; to: IsoDate }; asOf: IsoDate; choice: ProfileChoice; schoolDetails: unknown }): Promise<PrefillValuesResult> {
  const pupils: ValuesForPupil[] = [];
  let periodLabel = '';
  let period = opts.period;
  for (const id of opts.pupilIds) {
    const loaded = await loadPupil(db, opts.choice, opts.asOf, id);
    if (!loaded.row) throw new Error(`No stored pupil ${id}`);
    const { calendar, profile } = loaded.setup;
    period ??= { from: calendar.academicYearOf(opts.asOf).start, to: opts.asOf };
    const out = pupilValues({ row: loaded.row, marks: loaded.marks, actions: loaded.actions, calendar, profile, period });
    periodLabel = out.periodLabel;
    pupils.push({ id, name: pupilName(loaded.row), values: out.values, sources: out.sources, readiness: pnReadiness(out.evaluation, loaded.row, period.to) });
  }
  const shared = schoolValues(readSchoolDetails(opts.schoolDetails));
  const sharedSources = Object.fromEntries(Object.keys(shared).map((k) => [k, 'your school details (settings)']));
  return { pupils, shared, sharedSources, periodLabel, period: period ?? { from: opts.asOf, to: opts.asOf }, asOf: opts.asOf };
}

export interface PlanResult extends Plan {
  formTitle: string;
  /** Profile recognised, or null (generic planner, each field with its confidence). */
  profileTitle: string | null;
}

export function planFor(snapshot: FormSnapshot, values: PrefillValuesResult, opts: { mapping?: SavedMapping; overwrite?: number[] } = {}): PlanResult {
  const recognised = recogniseForm(snapshot);
  const pupils = values.pupils.map((p) => ({ ...values.shared, ...p.values }));
  const result = plan({ snapshot, values: pupils[0] ?? values.shared, pupils: pupils.length ? pupils : undefined, profile: recognised?.profile ?? null, mapping: opts.mapping, overwrite: opts.overwrite, today: values.asOf });
  return { ...result, formTitle: snapshot.headings[0] || snapshot.title, profileTitle: recognised?.profile.title ?? null };
}

export interface FillRecord {
  pupilIds: string[];
  formProfile: string | null;
  formTitle: string;
  origin: string;
  fieldsFilled: { key: string; pupilIndex: number }[];
  refused: { field: string; why: string }[];
}

/** One audit row and one chronology entry per pupil, all or nothing. Keys only, never values. */
export async function recordFill(db: StoreDb, rec: FillRecord, now: Date): Promise<PrefillAuditRow[]> {
  const at = now.toISOString();
  const day = at.slice(0, 10);
  const rows: PrefillAuditRow[] = rec.pupilIds.map((pupilId, i) => ({
    id: `${pupilId}|${at}`,
    pupilId,
    at,
    formProfile: rec.formProfile ?? `unknown:${rec.formTitle}`,
    origin: rec.origin,
    fieldsFilled: [...new Set(rec.fieldsFilled.filter((f) => f.pupilIndex === i || /^(school|referrer)\./.test(f.key)).map((f) => f.key))],
    refused: rec.refused.slice(0, 200),
  }));
  await db.transaction('rw', [db.prefillAudit, db.actions], async () => {
    await db.prefillAudit.bulkAdd(rows);
    for (const r of rows) {
      const n = r.fieldsFilled.length;
      const action: ActionRow = withDueOn({
        id: `prefill|${r.id}`,
        pupilId: r.pupilId,
        date: day,
        kind: 'note',
        note: `Attendance Lens filled ${n} ${n === 1 ? 'field' : 'fields'} of “${rec.formTitle}” on ${new URL(rec.origin).host} (not submitted: the form is sent by you).`,
        createdAt: at,
      });
      await db.actions.put(action);
    }
  });
  return rows;
}
