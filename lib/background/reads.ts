/**
 * The background's side of a register read: store what the MIS shows as saved, then answer with one
 * badge per pupil computed from the store plus whatever is still unsaved on screen. Only results
 * cross back to the page, never a pupil's history.
 */
import { evaluatePupil } from '../engine/evaluate';
import type { IsoDate } from '../engine/dates';
import type { Request, Response } from '../messages';
import { bandRulesFromProfile } from '../pupil/band-rules';
import { summaryFor } from '../pupil/page-summary';
import { type PupilBadge } from '../pupil/badge';
import { batchFromView } from '../store/from-view';
import type { IngestBatch } from '../store/batch';
import { misForStore } from '../readers/view';
import { ingestRead, type IngestResult } from '../store/ingest';
import { prepareNamesOnly } from '../store/name-links-io';
import type { NamesOnlyPlan } from '../store/name-links';
import type { StoreDb } from '../store/schema';
import type { ActionRow } from '../store/actions';
import { badgeFor } from '../pupil/badges';
import { loadPupilInputs } from '../pupil/load';
import { lastActions } from '../pupil/chronology';
import { schoolConfig } from '../pupil/school-config';
import { contextFromActions, factsFromRow, historyFrom } from '../pupil/evaluation-input';

type ReadRequest = Request<'register-read'>;
type ReadResponse = Response<'register-read'>;

export interface ReadDeps {
  db: StoreDb;
  /** The LA profile chosen in settings (Flags on the register). */
  profileId?: string;
  /** The stored custom profile (lib/settings/custom-profile), used when `profileId` is 'custom'. */
  customProfile?: unknown;
  /** The shell's clock: today's date and the time now. */
  today: IsoDate;
  now: string;
  /**
   * Flags on for the page's site (options: on/off per site). Checked here too, not only in the page:
   * a read already on its way when the user switched the site off is not stored.
   */
  siteOn?: boolean;
  /**
   * Set while the store is locked (lib/lock/locked-read.ts): turns the page's batch into one that finds pupils by
   * blind index and writes no name or identifier; badges then carry no names.
   */
  locked?: { prepare: (batch: IngestBatch) => Promise<{ batch: IngestBatch; leftOut: number }> };
}

export async function handleRegisterRead(req: ReadRequest, deps: ReadDeps): Promise<ReadResponse> {
  const { view } = req;
  const none = { marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 };
  if (deps.siteOn === false) {
    return { ok: false, message: 'Attendance Lens is switched off for this site.', stored: none, badges: [], summary: null, bandRules: [], asOf: deps.today, showFlags: false };
  }
  if (!view.complete) {
    const first = view.problems[0];
    return {
      ok: false,
      message: `This page was not read completely${first ? ` (${first.where}: ${first.what})` : ''}, so nothing from it is stored or flagged.`,
      stored: none,
      badges: [],
      summary: null,
      bandRules: [],
      asOf: deps.today,
      showFlags: true,
    };
  }
  const fromView = batchFromView(view, { mis: misForStore(view, req.url), url: req.url, seenAt: deps.now });
  if (!fromView.ok) return { ok: false, message: fromView.reason, stored: none, badges: [], summary: null, bandRules: [], asOf: deps.today, showFlags: true };

  // Pupils shown by name only are stored under a key of site + group + name once the user confirmed
  // that group on this site; until then (or when a name is ambiguous) they are left out, with why.
  const site = new URL(req.url).origin;
  // The school's calendar and profile do not depend on the write: read alongside it, not after.
  const config = schoolConfig(deps.db, deps.profileId, deps.customProfile);
  config.catch(() => {}); // a failure is met where it is awaited
  const prepared = await prepareNamesOnly(deps.db, fromView.batch, site, view.context.group ?? null);
  // A live edit (store: false) still needs to know who each row is: a dry run matches without writing.
  const batch = deps.locked ? (await deps.locked.prepare(prepared.batch)).batch : prepared.batch;
  const result: IngestResult = await ingestRead(deps.db, batch, { dryRun: !req.store });
  const identity = identityReport(prepared.plan, result);
  const stored = req.store
    ? { marksAdded: result.marksAdded, marksChanged: result.marksChanged, pupilsAdded: result.pupilsAdded, conflicts: result.conflicts.length }
    : none;

  const { calendar, profile } = await config;
  const asOf = deps.today;
  const from = historyFrom(calendar, asOf);

  // Everything the page's pupils need, in one read transaction of batched gets (lib/pupil): only the
  // pupils on screen, their year records, their chronology.
  const ids = view.pupils.map((p) => result.pupilIds[p.key]).filter((x): x is string => !!x);
  const inputs = await loadPupilInputs(deps.db, ids, from, asOf);
  const loaded = view.pupils.map((p) => {
    const pupilId = result.pupilIds[p.key];
    const got = pupilId ? inputs.get(pupilId) : undefined;
    return { pupilId, marks: got?.marks ?? [], row: got?.row, actions: got?.actions ?? ([] as readonly ActionRow[]) };
  });

  const marksByPupil = new Map<string, typeof view.marks>();
  for (const m of view.marks) {
    const list = marksByPupil.get(m.pupil);
    if (list) list.push(m);
    else marksByPupil.set(m.pupil, [m]);
  }

  const badges: PupilBadge[] = [];
  view.pupils.forEach((p, i) => {
    const { pupilId, marks: storedMarks, row, actions } = loaded[i]!;
    // Unsaved marks on screen replace the stored ones for the same session (shown, never stored).
    const onScreen = marksByPupil.get(p.key) ?? [];
    const byKey = new Map(storedMarks.map((m) => [`${m.date}|${m.session}`, m]));
    const onPageSessions: Record<string, string | null> = {};
    let includesUnsaved = false;
    for (const m of onScreen) {
      const k = `${m.date}|${m.session}`;
      if ((!m.saved || !pupilId) && m.code.trim() !== '') {
        if (!m.saved) includesUnsaved = true;
        byKey.set(k, { date: m.date, session: m.session, code: m.code });
      }
      // What the figures below counted for each session on this page, so the page can apply a later
      // edit exactly (replace this code with the new one) within a frame, before asking again.
      onPageSessions[k] = byKey.get(k)?.code ?? null;
    }
    const marks = [...byKey.values()];
    const evaluation = evaluatePupil(
      {
        marks,
        pupil: factsFromRow(row, p.dateOfBirth),
        context: contextFromActions(actions),
      },
      calendar,
      profile,
      asOf,
    );
    badges.push(
      badgeFor({
        key: p.key,
        // While locked a badge names nobody (figures only): the row's position stands in for the name.
        name: deps.locked ? `pupil ${i + 1} (names locked)` : p.name,
        ...(pupilId ? { pupilId } : {}),
        evaluation,
        profile,
        calendar,
        marks,
        includesUnsaved,
        lastActions: lastActions(actions),
        onPageSessions,
      }),
    );
  });
  return {
    ok: true,
    stored,
    badges,
    summary: summaryFor(badges, view.context.group ?? null),
    bandRules: bandRulesFromProfile(profile),
    asOf,
    showFlags: true,
    ...(identity ? { identity } : {}),
  };
}

/** Pupils left out of the store, counted by the true reason; undefined when every pupil was stored. */
export function identityReport(plan: NamesOnlyPlan | null, result: Pick<IngestResult, 'conflicts'>): ReadResponse['identity'] {
  const r = { group: plan?.group ?? null, needsConfirm: 0, noGroup: 0, ambiguousOnPage: 0, ambiguousInStore: 0, contradicts: 0, unidentified: 0 };
  for (const why of plan?.leftOut.values() ?? []) {
    if (why === 'needs-confirm') r.needsConfirm++;
    else if (why === 'no-group') r.noGroup++;
    else if (why === 'ambiguous-on-page') r.ambiguousOnPage++;
    else r.ambiguousInStore++;
  }
  const refs = new Set<string>();
  for (const c of result.conflicts) {
    if (c.kind !== 'identity' || refs.has(c.ref)) continue;
    refs.add(c.ref);
    if (c.reason === 'contradiction') r.contradicts++;
    else if (c.reason === 'ambiguous') r.ambiguousInStore++;
    else r.unidentified++;
  }
  const total = r.needsConfirm + r.noGroup + r.ambiguousOnPage + r.ambiguousInStore + r.contradicts + r.unidentified;
  return total ? r : undefined;
}
