// zod/mini: read by the background, options and dashboard; the MIS content script gets its part of
// these through the background (page-settings).
import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import type { OverlayDisplayPrefs } from '../overlay/mount';
import type { MarkerId } from '../overlay/types';

/**
 * How the register overlay looks and where it runs: display preferences only, never pupil data, so
 * they live in `browser.storage.local`.
 */
export const OVERLAY_PREFS_KEY = 'overlayPrefs';

/** The engine's BUILT_IN_PROFILES keys, plus the school's own bands (defined in lib/settings/custom-profile). */
export const LA_PROFILE_IDS = ['kent', 'hackney', 'coventry', 'national', 'custom'] as const;
export type LaProfileId = (typeof LA_PROFILE_IDS)[number];

export const LA_PROFILE_LABELS: Record<LaProfileId, string> = {
  kent: 'Kent',
  hackney: 'Hackney',
  coventry: 'Coventry',
  national: 'National (PA and SA only)',
  custom: 'Custom (the school’s own bands)',
};

/** Every time-window marker, with the words the settings form uses. Exhaustive over MarkerId. */
export const MARKER_LABELS: Record<MarkerId, string> = {
  PN_THRESHOLD: 'Penalty notice threshold met (10 unauthorised sessions in 10 school weeks)',
  N_OVERDUE: 'N codes unresolved after 5 school days',
  ATTENDANCE_RETURN: 'Attendance return due (10 school days of continuous unauthorised absence)',
  SICKNESS_RETURN: 'Sickness return due (15 days of illness)',
  CME_CHECK: 'Children missing education check due',
  PART_TIME: 'Part-time timetable (C2) in the window',
  SUSPENSION_DAY6: 'Suspension beyond day 5',
};
export const MARKER_IDS = Object.keys(MARKER_LABELS) as MarkerId[];

const fields = {
  /** Origin → on/off. Sites not listed are on (once the user has granted them at all). */
  sites: z.record(z.string(), z.boolean()),
  /** Marker → shown. Markers not listed are shown. */
  markers: z.record(z.string(), z.boolean()),
  badgeStyle: z.enum(['compact', 'full']),
  summaryBar: z.boolean(),
  laProfile: z.enum(LA_PROFILE_IDS),
  hintDismissed: z.boolean(),
  dockCollapsed: z.boolean(),
};

export interface OverlayPrefs {
  sites: Record<string, boolean>;
  markers: Record<string, boolean>;
  badgeStyle: 'compact' | 'full';
  summaryBar: boolean;
  laProfile: LaProfileId;
  hintDismissed: boolean;
  /** The register's dock (hint and summary) shrunk to a pill by the user. */
  dockCollapsed: boolean;
}

export const DEFAULT_OVERLAY_PREFS: OverlayPrefs = {
  sites: {},
  markers: {},
  badgeStyle: 'compact',
  summaryBar: true,
  laProfile: 'kent',
  hintDismissed: false,
  dockCollapsed: false,
};

/**
 * Stored prefs, field by field: a field that is missing or malformed (an older version, a hand
 * edit) falls back to its default without losing the others.
 */
export function parseOverlayPrefs(raw: unknown): OverlayPrefs {
  const out: Record<string, unknown> = { ...DEFAULT_OVERLAY_PREFS };
  if (raw && typeof raw === 'object') {
    for (const [k, schema] of Object.entries(fields)) {
      const r = schema.safeParse((raw as Record<string, unknown>)[k]);
      if (r.success) out[k] = r.data;
    }
  }
  return out as unknown as OverlayPrefs;
}

/** `https://x.example.org/path?q` → `https://x.example.org`; null for anything but http(s). */
export function siteOrigin(url: string): string | null {
  try {
    const u = new URL(url.includes('://') ? url : `https://${url}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function isSiteEnabled(prefs: OverlayPrefs, url: string): boolean {
  const origin = siteOrigin(url);
  return origin !== null && prefs.sites[origin] !== false;
}

export function shownMarkers(prefs: OverlayPrefs): MarkerId[] {
  return MARKER_IDS.filter((id) => prefs.markers[id] !== false);
}

/** What the overlay's mount needs from the stored preferences. */
export function toDisplayPrefs(prefs: OverlayPrefs): OverlayDisplayPrefs {
  return {
    style: prefs.badgeStyle,
    markers: shownMarkers(prefs),
    showFirstRunHint: !prefs.hintDismissed,
    showSummary: prefs.summaryBar,
    dockCollapsed: prefs.dockCollapsed,
  };
}

/** The part of `browser.storage.local` used here (a seam for tests). */
export interface PrefsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const localArea = (): PrefsArea => browser.storage.local as unknown as PrefsArea;

export async function loadOverlayPrefs(area: PrefsArea = localArea()): Promise<OverlayPrefs> {
  const got = await area.get(OVERLAY_PREFS_KEY);
  return parseOverlayPrefs(got[OVERLAY_PREFS_KEY]);
}

/** Read-modify-write of the fields given; returns what was stored. */
export async function saveOverlayPrefs(patch: Partial<OverlayPrefs>, area: PrefsArea = localArea()): Promise<OverlayPrefs> {
  const next = parseOverlayPrefs({ ...(await loadOverlayPrefs(area)), ...patch });
  await area.set({ [OVERLAY_PREFS_KEY]: next });
  return next;
}

export async function setSiteEnabled(url: string, on: boolean, area: PrefsArea = localArea()): Promise<OverlayPrefs> {
  const origin = siteOrigin(url);
  if (!origin) throw new Error(`Not a web address: ${url}`);
  const prefs = await loadOverlayPrefs(area);
  return saveOverlayPrefs({ sites: { ...prefs.sites, [origin]: on } }, area);
}

/**
 * Calls `onChange` whenever the stored prefs change (settings page, another tab), until `signal`
 * aborts: the content script removes the overlay at once when its site is switched off.
 */
export function watchOverlayPrefs(onChange: (prefs: OverlayPrefs) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(OVERLAY_PREFS_KEY in changes)) return;
    onChange(parseOverlayPrefs(changes[OVERLAY_PREFS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
