import { z } from 'zod/mini';
import { defineSetting } from './setting';
import { SETTING_KEYS } from './keys';
import type { TaughtMapping } from '../readers/generic/taught';
import { matchesPathPattern } from './taught-paths';

export { matchesPathPattern, pathPatternOf } from './taught-paths';

/**
 * Pages the user taught ("teach this page"): where the name column and the marks are, per site and
 * page path. Selectors and column numbers only, never pupil data, so they live in
 * `browser.storage.local`. The background reads them for the MIS content script (page-settings) and
 * saves what teach mode sends (save-taught), so this module and zod never ship in a page.
 *
 * Everything stored here is validated when loaded: an entry that does not pass (an older version, a
 * hand edit, a bug) is dropped with a warning, never allowed to crash the page or reach
 * `querySelector` with a malformed selector.
 */
export const TAUGHT_KEY = SETTING_KEYS.taught;

export interface TaughtEntry {
  id: string;
  /** `https://school.example-mis.uk` */
  origin: string;
  /** The page's path with ids and dates generalised: `/register/group/*\/date/*`. */
  pathPattern: string;
  /** The user's name for the page (shown in options). */
  label: string;
  mapping: TaughtMapping;
  /** ISO timestamp. */
  createdAt: string;
}

/** `body`, `[id="…"]` or `[aria-label="…"]` with `"` and `\` escaped — what `locatorFor` writes. */
const ANCHOR = /^(?:body|\[(?:id|aria-label)="(?:[^"\\]|\\.)*"\])$/;
const locatorSchema = z.object({
  anchor: z.string().check(z.maxLength(500), z.regex(ANCHOR)),
  path: z.array(z.tuple([z.string().check(z.regex(/^[a-z][a-z0-9-]{0,40}$/)), z.number().check(z.int(), z.gte(1), z.lte(10000))])).check(z.maxLength(80)),
});
const column = z.number().check(z.int(), z.gte(0), z.lte(10000));

const gridMappingSchema = z.object({
  version: z.literal(1),
  kind: z.optional(z.literal('grid')),
  names: locatorSchema,
  marks: locatorSchema,
  nameColumn: column,
  firstMarkColumn: column,
  firstDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  layout: z.enum(['headers', 'am-pm', 'day-pair', 'am', 'pm']),
});
const certificateMappingSchema = z.object({
  version: z.literal(1),
  kind: z.literal('certificate'),
  grid: locatorSchema,
  pupil: locatorSchema,
});
const cardsMappingSchema = z.object({
  version: z.literal(1),
  kind: z.literal('cards'),
  list: locatorSchema,
  card: z.optional(z.object({ tag: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,40}$/)), name: locatorSchema.shape.path })),
  date: z.optional(z.union([z.literal('today'), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))])),
  session: z.optional(z.enum(['AM', 'PM', 'by-time'])),
});
/** A grid (the first kind, so older entries have no `kind`), a certificate, or a card register. */
export const taughtMappingSchema = z.union([certificateMappingSchema, cardsMappingSchema, gridMappingSchema]);

export const taughtEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  origin: z.string().check(z.regex(/^https?:\/\/[^/\s]+$/)),
  pathPattern: z.string().check(z.regex(/^\/\S*$/), z.maxLength(1000)),
  label: z.string().check(z.maxLength(200)),
  mapping: taughtMappingSchema,
  createdAt: z.string().check(z.maxLength(40)),
});

/** The taught entry for this address, if any (the most recently taught when several match). */
export function taughtFor(entries: readonly TaughtEntry[], url: URL): TaughtEntry | undefined {
  let best: TaughtEntry | undefined;
  for (const e of entries) {
    if (e.origin !== url.origin || !matchesPathPattern(e.pathPattern, url.pathname)) continue;
    if (!best || e.createdAt > best.createdAt) best = e;
  }
  return best;
}

/** Stored entries, one by one: a corrupt entry is dropped (with a warning), the others kept. */
export function parseTaught(raw: unknown): TaughtEntry[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    console.warn('Attendance Lens: stored taught pages are not a list; ignoring them');
    return [];
  }
  const out: TaughtEntry[] = [];
  for (const item of raw) {
    const r = taughtEntrySchema.safeParse(item);
    if (r.success) out.push(r.data as TaughtEntry);
    else console.warn('Attendance Lens: a stored taught page is malformed and was ignored:', r.error.issues[0]?.message);
  }
  return out;
}

export const taughtSetting = defineSetting(TAUGHT_KEY, { version: 1, parse: parseTaught });

export const loadTaught = (): Promise<TaughtEntry[]> => taughtSetting.get();

/** 16 random hex digits: works on plain-http MIS pages too, where `crypto.randomUUID` does not exist. */
function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewTaught {
  origin: string;
  pathPattern: string;
  label: string;
  mapping: TaughtMapping;
}

/**
 * Saves a taught page. Teaching a page again (same site and path pattern) replaces the old mapping:
 * that is how a taught page is edited.
 */
export async function saveTaught(input: NewTaught, createdAt = new Date().toISOString()): Promise<TaughtEntry> {
  const entry = { id: newId(), ...input, label: input.label.trim().slice(0, 200) || input.pathPattern, createdAt };
  const checked = taughtEntrySchema.safeParse(entry);
  if (!checked.success) throw new Error(`This page's mapping cannot be saved: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  const others = (await loadTaught()).filter((e) => !(e.origin === input.origin && e.pathPattern === input.pathPattern));
  await taughtSetting.set([...others, entry]);
  return entry;
}

/** Renames a taught page; false when it no longer exists. */
export async function updateTaught(id: string, patch: { label: string }): Promise<boolean> {
  const entries = await loadTaught();
  const found = entries.find((e) => e.id === id);
  if (!found) return false;
  found.label = patch.label.trim().slice(0, 200) || found.pathPattern;
  await taughtSetting.set(entries);
  return true;
}

export async function removeTaught(id: string): Promise<void> {
  await taughtSetting.set((await loadTaught()).filter((e) => e.id !== id));
}

/** Calls `onChange` with the validated entries whenever they change (options page, another tab). */
export const watchTaught = (onChange: (entries: TaughtEntry[]) => void, signal: AbortSignal): void => taughtSetting.watch(onChange, signal);
