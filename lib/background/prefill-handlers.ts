/**
 * Message handlers for prefill, kept out of entrypoints/background.ts: open the panel on a granted
 * form page, search pupils, plan, record a fill, keep the user's saved mappings per form. Every
 * request from a page is checked to be about the sender's own page, and the page's origin must be
 * granted (or the bundled demo) for anything to be planned or written.
 */
import { browser } from 'wxt/browser';
import type { Sender } from './sender';
import { z } from 'zod';
import { todayLocal } from '../clock';
import { planFor, recordFill, searchPupils, valuesFor, type PrefillValuesResult } from './prefill';
import { loadOverlayPrefs } from '../settings/overlay-prefs';
import { loadStoredCustomProfile } from '../settings/custom-profile';
import { ATTRS, FACTS } from '../prefill/keys';
import { questionsOf, questionSignature } from '../prefill/plan';
import { formSnapshotSchema } from '../prefill/snapshot';
import { SCHOOL_DETAILS_KEY } from '../prefill/school-details';
import { DEMO_ORIGINS, originPattern } from '../sites/known-sites';
import { openStore } from '../store/schema';
import { handlePrefillContext, handlePupilOpened, startReferral, startReferralTabs } from './referral';

export const FORMS_SCRIPT = '/content-scripts/forms.js';
const MAPPINGS_KEY = 'prefillMappings';

const mappingSchema = z.record(z.string(), z.string().nullable());
const mappingsFileSchema = z.object({ kind: z.literal('attendance-lens-prefill-mappings'), version: z.literal(1), forms: z.record(z.string(), mappingSchema) });
export type MappingsFile = z.infer<typeof mappingsFileSchema>;

/** A form's identity for saved mappings: its address without query, and its title. */
export function formKeyOf(url: string, title: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}|${title.trim()}`;
}

export async function isGranted(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  return DEMO_ORIGINS.includes(pattern) || browser.permissions.contains({ origins: [pattern] });
}

/** Opens the panel on a tab: only on a granted origin, only in its top frame (which may look into same-origin frames). */
export async function openPanel(tabId?: number): Promise<{ opened: boolean; why?: string }> {
  const tab = tabId !== undefined ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return { opened: false, why: 'No page to fill.' };
  // The browser hides the address of a tab on a site the extension may not read.
  if (!tab.url) return { opened: false, why: 'Attendance Lens is not allowed on this site. Allow it first (toolbar button or settings).' };
  if (!(await isGranted(tab.url))) return { opened: false, why: 'Attendance Lens is not allowed on this site. Allow it first (toolbar button or settings).' };
  await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [FORMS_SCRIPT] });
  return { opened: true };
}

async function loadMappings(): Promise<Record<string, Record<string, string | null>>> {
  const raw = (await browser.storage.local.get(MAPPINGS_KEY))[MAPPINGS_KEY];
  const ok = z.record(z.string(), mappingSchema).safeParse(raw);
  return ok.success ? ok.data : {};
}

/** The listener has checked the sender is a form page speaking for its own address; the site must also be granted. */
async function requireGranted(url: string, _sender: unknown): Promise<void> {
  if (!(await isGranted(url))) throw new Error('This site is not allowed');
}

export async function handlePupils(req: { url: string; query: string }, sender: unknown) {
  await requireGranted(req.url, sender);
  return { pupils: await searchPupils(openStore(), req.query) };
}

const CANONICAL_KEYS = [...new Set([...ATTRS.flatMap((a) => Object.values(a.keys)).map((k) => k.replace('[n]', '[0]')), ...ATTRS.flatMap((a) => Object.values(a.keys)).filter((k) => k.includes('[n]')).map((k) => k.replace('[n]', '[1]')), ...FACTS.map((f) => f.key)])].sort();

export async function handlePlan(req: { url: string; snapshot: unknown; pupilIds: string[]; period?: { from: string; to: string }; overwrite: number[]; mapping?: Record<string, string | null> }, sender: unknown) {
  await requireGranted(req.url, sender);
  const snapshot = formSnapshotSchema.parse(req.snapshot);
  const now = new Date();
  const [prefs, custom, stored, mappings] = await Promise.all([loadOverlayPrefs(), loadStoredCustomProfile(), browser.storage.local.get(SCHOOL_DETAILS_KEY), loadMappings()]);
  const values: PrefillValuesResult = await valuesFor(openStore(), {
    pupilIds: req.pupilIds, period: req.period, asOf: todayLocal(now), choice: { id: prefs.laProfile, custom }, schoolDetails: stored[SCHOOL_DETAILS_KEY],
  });
  const formTitle = snapshot.headings[0] || snapshot.title;
  const saved = mappings[formKeyOf(req.url, formTitle)] ?? {};
  const mapping = req.mapping ?? saved;
  const p = planFor(snapshot, values, { mapping, overwrite: req.overwrite });
  const qs = questionsOf(snapshot);
  const signatures: Record<number, string> = {};
  for (const q of qs) for (const m of q.members) signatures[m.index] = questionSignature(q, qs);
  const sourceOf = (key: string, pupilIndex: number) => values.pupils[pupilIndex]?.sources[key] ?? values.sharedSources[key] ?? 'derived from other values';
  const pn = p.form === 'kent-dfd-penalty-notice' || /penalty notice/i.test(formTitle);
  return {
    formTitle, profileId: p.form, profileTitle: p.profileTitle,
    multiPupil: p.addRows.length > 0 || snapshot.addAnother.length > 0,
    periodLabel: values.periodLabel, period: values.period,
    actions: p.actions.map((a) => ({ ...a, source: sourceOf(a.key, a.pupilIndex) })),
    refusals: p.refusals, addRows: p.addRows,
    readiness: pn ? values.pupils.map((v) => ({ pupil: v.name, checks: v.readiness })) : [],
    mapping, signatures, keys: CANONICAL_KEYS,
  };
}

export async function handleRecord(req: { url: string; formProfile: string | null; formTitle: string; pupilIds: string[]; fieldsFilled: { key: string; pupilIndex: number }[]; refused: { field: string; why: string }[] }, sender: unknown) {
  await requireGranted(req.url, sender);
  const rows = await recordFill(openStore(), { ...req, origin: new URL(req.url).origin }, new Date());
  return { recorded: rows.length };
}

export async function handleMappingSave(req: { url: string; formTitle: string; mapping: Record<string, string | null> }, sender: unknown) {
  await requireGranted(req.url, sender);
  const all = await loadMappings();
  all[formKeyOf(req.url, req.formTitle)] = mappingSchema.parse(req.mapping);
  await browser.storage.local.set({ [MAPPINGS_KEY]: all });
  return { saved: true as const };
}

/** Builds the export file for one form's mapping (the panel downloads it). */
export function mappingsFile(formKey: string, mapping: Record<string, string | null>): MappingsFile {
  return { kind: 'attendance-lens-prefill-mappings', version: 1, forms: { [formKey]: mapping } };
}

export async function handleMappingImport(req: { url: string; text: string }, sender: unknown) {
  await requireGranted(req.url, sender);
  let parsed: MappingsFile;
  try {
    parsed = mappingsFileSchema.parse(JSON.parse(req.text));
  } catch {
    throw new Error('That file is not an Attendance Lens mapping export.');
  }
  const all = await loadMappings();
  Object.assign(all, parsed.forms);
  await browser.storage.local.set({ [MAPPINGS_KEY]: all });
  return { forms: Object.keys(parsed.forms).length };
}

/** The prefill messages' handlers, spread into the background's listener. */
export const prefillHandlers = {
  'prefill-open': async ({ tabId }: { tabId?: number }) => openPanel(tabId),
  'prefill-pupils': handlePupils,
  'prefill-plan': handlePlan,
  'prefill-record': handleRecord,
  'prefill-mapping-save': handleMappingSave,
  'prefill-mapping-import': handleMappingImport,
  'prefill-context': async (req: { url: string }, sender: Sender) => {
    await requireGranted(req.url, sender);
    return handlePrefillContext(req, sender);
  },
  'referral-start': (req: { pupilId: string; url: string }) => startReferral(req, { isGranted, openPanel }),
  'pupil-opened': handlePupilOpened,
};

/** The keyboard shortcut (manifest command `open-prefill`) opens the panel on the active tab. */
export function startPrefillCommand(): void {
  startReferralTabs({ isGranted, openPanel });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'open-prefill') void openPanel();
  });
}
