/**
 * What each granted site is: an MIS (registers read, the overlay shown) or a referral-form site (the
 * prefill panel opens there on the user's click, nothing is read). Known sites carry their kind
 * (known-sites.ts); a site the user adds by hand is given one when it is added, and can be changed in
 * settings (lib/settings/site-kinds.ts). No zod and no storage here: the MIS content script imports
 * this to stand aside on a form site.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { KNOWN_SITES, originPattern } from './known-sites';

export type SiteKind = 'mis' | 'form';

/** The storage key of the hand-added sites' kinds (also in lib/settings/keys.ts). */
export const SITE_KINDS_KEY = 'siteKinds';

/** Origin pattern (`https://host/*`) → kind, for sites the user added by hand. */
export type SiteKindTable = Record<string, SiteKind>;

/** Known LA form sites: always form sites. */
export const KNOWN_FORM_PATTERNS: readonly string[] = KNOWN_SITES.filter((s) => s.kind === 'la-form').flatMap((s) => s.origins);

/** The patterns of every form site: the known LA sites and those the user marked as form sites. */
export function formSitePatterns(table: SiteKindTable | undefined): string[] {
  return [...KNOWN_FORM_PATTERNS, ...Object.entries(table ?? {}).filter(([, k]) => k === 'form').map(([p]) => p)];
}

/** True when `url` is on one of `patterns` (match patterns; bad ones match nothing). */
export function onPatterns(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    try {
      // Strings, not URLs: the matcher tests `instanceof Location`, which a service worker does not define.
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

/**
 * The kind a site gets when the user adds it, before they choose: a form site when it is a known LA
 * form site or holds one of the referral forms the school saved (settings → Referral forms), else
 * an MIS (the Sites section is where an MIS is added).
 */
export function defaultSiteKind(pattern: string, savedFormAddresses: readonly string[]): SiteKind {
  if (onPatterns(pattern.replace(/\*$/, ''), KNOWN_FORM_PATTERNS)) return 'form';
  return savedFormAddresses.some((u) => originPattern(u) === pattern) ? 'form' : 'mis';
}

/** A stored table as it is (checked loosely: this runs in pages, without zod). */
export function siteKindTableOf(raw: unknown): SiteKindTable {
  const sites = raw && typeof raw === 'object' ? (raw as { sites?: unknown }).sites : undefined;
  if (!sites || typeof sites !== 'object') return {};
  return Object.fromEntries(Object.entries(sites).filter(([, k]) => k === 'mis' || k === 'form')) as SiteKindTable;
}

/** The bundled demo's referral forms live under this path of the demo origins (also lib/background/sender.ts). */
export const DEMO_FORMS_PATH = '/forms/';

/**
 * What the toolbar popup offers on a tab: the referral panel on a form page (a known LA site, a site
 * the user marked as a form site, or the demo's /forms/ pages), register tools (Teach) elsewhere.
 * `demo` says the tab's origin is one of the bundled demo origins; `allowed` whether it is granted.
 */
export function tabSiteKind(url: string, opts: { table: SiteKindTable; demo: boolean; allowed: boolean; savedFormAddresses: readonly string[] }): SiteKind {
  if (onPatterns(url, formSitePatterns(opts.table))) return 'form';
  if (opts.demo) {
    try {
      // The demo serves both an MIS and referral forms from one origin: the path decides.
      return new URL(url).pathname.startsWith(DEMO_FORMS_PATH) ? 'form' : 'mis';
    } catch {
      return 'mis';
    }
  }
  const origin = originPattern(url);
  if (!origin) return 'mis';
  return opts.table[origin] ?? (opts.allowed ? 'mis' : defaultSiteKind(origin, opts.savedFormAddresses));
}
