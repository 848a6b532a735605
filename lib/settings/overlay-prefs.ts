// zod/mini: read by the background, options and dashboard; the MIS content script gets its part of
// these through the background (page-settings).
import { z } from 'zod/mini';
import { defineSetting } from './setting';
import { SETTING_KEYS } from './keys';
import type { OverlayDisplayPrefs } from '../overlay/mount';
import type { MarkerId } from '../pupil/badge';

/**
 * How the register overlay looks and where it runs: display preferences only, never pupil data, so
 * they live in `browser.storage.local`.
 */
export const OVERLAY_PREFS_KEY = SETTING_KEYS.overlayPrefs;

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

export const overlayPrefsSetting = defineSetting(OVERLAY_PREFS_KEY, { version: 1, parse: parseOverlayPrefs });

export const loadOverlayPrefs = (): Promise<OverlayPrefs> => overlayPrefsSetting.get();

/** Read-modify-write of the fields given; returns what was stored. */
export async function saveOverlayPrefs(patch: Partial<OverlayPrefs>): Promise<OverlayPrefs> {
  const next = parseOverlayPrefs({ ...(await loadOverlayPrefs()), ...patch });
  await overlayPrefsSetting.set(next);
  return next;
}

export async function setSiteEnabled(url: string, on: boolean): Promise<OverlayPrefs> {
  const origin = siteOrigin(url);
  if (!origin) throw new Error(`Not a web address: ${url}`);
  const prefs = await loadOverlayPrefs();
  return saveOverlayPrefs({ sites: { ...prefs.sites, [origin]: on } });
}

/**
 * Calls `onChange` whenever the stored prefs change (settings page, another tab), until `signal`
 * aborts.
 */
export const watchOverlayPrefs = (onChange: (prefs: OverlayPrefs) => void, signal: AbortSignal): void => overlayPrefsSetting.watch(onChange, signal);
