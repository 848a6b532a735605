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
import { INGEST_TABLES, ingestRead, type IngestResult } from '../store/ingest';
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
  /**
   * Called just before the read transaction the badges come from (after any write of this read):
   * last-answers.ts keeps an answer only if nothing was written since.
   */
  beforeRead?: () => void;
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
  const group = view.context.group ?? null;
  const asOf = deps.today;
  // A page read again with nothing new (most visits after the first): everything is read in ONE read
  // transaction — who each row is (the ingest's plan, dry), the school's settings and the pupils' inputs.
  // Only when the plan would write (or the store is locked: its batch is prepared with the blind index
  // first) does the read go the writing way: the ingest's own transaction, then the inputs. A plan of no
  // writes in a read transaction is exactly what the writing transaction would have done: nothing.
  const readOnly = deps.locked
    ? null
    : await (deps.beforeRead?.(), deps.db.transaction('r', [...INGEST_TABLES, 'actions', 'settings'], async () => {
        const prepared = await prepareNamesOnly(deps.db, fromView.batch, site, group);
        const result = await ingestRead(deps.db, prepared.batch, { dryRun: true });
        if (req.store && result.writes > 0) return null;
        const config = await schoolConfig(deps.db, deps.profileId, deps.customProfile);
        const inputs = await loadPupilInputs(deps.db, pupilIdsOf(view, result), historyFrom(config.calendar, asOf), asOf);
        return { plan: prepared.plan, result, config, inputs };
      }));
  const { plan, result, config, inputs } = readOnly ?? (await readWriting(req, deps, fromView.batch, site, group));
  const identity = identityReport(plan, result);
  const stored = req.store
    ? { marksAdded: result.marksAdded, marksChanged: result.marksChanged, pupilsAdded: result.pupilsAdded, conflicts: result.conflicts.length }
    : none;
  const { calendar, profile } = config;

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

/** The stored ids of the page's pupils, in page order (those matched or added). */
const pupilIdsOf = (view: ReadRequest['view'], result: IngestResult): string[] =>
  view.pupils.map((p) => result.pupilIds[p.key]).filter((x): x is string => !!x);

/**
 * A read that stores something (a first visit, a changed mark) or is made while locked: the ingest in its
 * own read-write transaction, then everything the page's pupils need in one read transaction of batched
 * gets (lib/pupil): only the pupils on screen, their year records, their chronology.
 */
async function readWriting(req: ReadRequest, deps: ReadDeps, fromView: IngestBatch, site: string, group: string | null) {
  // The school's calendar and profile do not depend on the write: read alongside it, not after.
  const configP = schoolConfig(deps.db, deps.profileId, deps.customProfile);
  configP.catch(() => {}); // a failure is met where it is awaited
  const prepared = await prepareNamesOnly(deps.db, fromView, site, group);
  // A live edit (store: false) still needs to know who each row is: a dry run matches without writing.
  const batch = deps.locked ? (await deps.locked.prepare(prepared.batch)).batch : prepared.batch;
  const result: IngestResult = await ingestRead(deps.db, batch, { dryRun: !req.store });
  const config = await configP;
  deps.beforeRead?.();
  const inputs = await loadPupilInputs(deps.db, pupilIdsOf(req.view, result), historyFrom(config.calendar, deps.today), deps.today);
  return { plan: prepared.plan, result, config, inputs };
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
