/**
 * Cached assessments: each pupil's evaluation and badge "as of" a day, kept in the store's `assessments`
 * table so the dashboard need not re-run 2,000 years of marks on every open.
 *
 * A cached value is used only when its key matches the key of today's inputs: the day, the school's
 * calendar and profile, the pupil's facts, name and chronology (what the engine and badge read), and a
 * hash of the pupil's packed marks. So a change to any of them — in this page, another tab or the
 * background — makes the old value unusable without anyone having to remember to invalidate it (writes of
 * marks also delete it, to keep the table small). The key also holds the build's hash of the code that
 * computes and feeds the value (ASSESSMENT_SOURCES), so an engine change invalidates every value by itself.
 * Tested equal to a fresh evaluation.
 */
import { contextFromActions, factsFromRow } from './evaluation-input';
import type { ActionRow } from '../store/actions';
import type { MarkYearRow } from '../store/mark-years';
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import type { AssessSetup, Assessment } from './assess';
import { lastActions } from './chronology';

// Injected at build time (scripts/build/assessment-sources.ts): a hash of every source file that computes a
// cached value or feeds it, so a value cached by a build with other engine, badge or input code is never used.
declare const __ASSESSMENT_SOURCES__: string | undefined;
/**
 * The build's assessment sources hash; where the code is bundled without it (a bench page, a script), a value
 * new on each load, so nothing cached can be reused across loads rather than risk a stale value.
 */
export const ASSESSMENT_SOURCES: string =
  typeof __ASSESSMENT_SOURCES__ === 'string' ? __ASSESSMENT_SOURCES__ : `unbuilt-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

// FNV-1a, 32 bit: a fingerprint, not security; a collision needs the same pupil, day and everything else.
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
function fnvBytes(h: number, a: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i]!, 16777619);
  return h >>> 0;
}

/** The school-wide part of the key (profile and calendar), computed once per load. */
export function setupKey(setup: AssessSetup, calendarSpec: unknown, sources: string = ASSESSMENT_SOURCES): string {
  return `${sources}|${setup.asOf}|${fnv(2166136261, JSON.stringify([setup.profile, calendarSpec ?? null])).toString(36)}`;
}

export function assessmentKey(base: string, row: PupilRow, name: string, years: readonly MarkYearRow[], actionsNewestFirst: readonly ActionRow[]): string {
  const meta = JSON.stringify([name, factsFromRow(row), contextFromActions(actionsNewestFirst), lastActions(actionsNewestFirst)]);
  let h = fnv(2166136261, meta);
  for (const r of [...years].sort((a, b) => a.year - b.year)) {
    h = fnv(h, `${r.year}:${r.codes.join('\u0000')}`);
    h = fnvBytes(h, r.slots);
  }
  return `${base}|${h.toString(36)}|${meta.length}`;
}

export async function saveAssessments(db: StoreDb, rows: { pupilId: string; key: string; value: Assessment }[]): Promise<void> {
  // Stored as JSON text: reading 2,000 strings back is much cheaper than 2,000 trees of objects (the value is plain data).
  if (rows.length) await db.transaction('rw', db.assessments, () => db.assessments.bulkPut(rows.map((r) => ({ ...r, value: JSON.stringify(r.value) }))));
}
