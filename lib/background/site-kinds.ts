/**
 * The background's copy of the site-kinds table: which granted sites are referral-form sites. Read
 * once, then kept by watching the setting, so classifying a message's sender costs nothing.
 */
import { siteKindsSetting } from '../settings/site-kinds';
import { formSitePatterns, KNOWN_FORM_PATTERNS, type SiteKindTable } from '../sites/site-kind';

let table: SiteKindTable | undefined;
let loading: Promise<SiteKindTable> | undefined;
let watching = false;
const listeners = new Set<() => void>();

async function load(): Promise<SiteKindTable> {
  if (!watching) {
    watching = true;
    siteKindsSetting.watch((v) => {
      table = v.sites;
      for (const l of listeners) l();
    }, new AbortController().signal);
  }
  if (table) return table;
  loading ??= siteKindsSetting.get().then((v) => (table ??= v.sites), () => ({}));
  return loading;
}

/** Every form site's pattern: the known LA sites and those the user marked as form sites. */
export async function currentFormSites(): Promise<string[]> {
  try {
    return formSitePatterns(await load());
  } catch {
    return [...KNOWN_FORM_PATTERNS];
  }
}

/** Calls `onChange` whenever the user changes a site's kind. */
export function onSiteKindsChanged(onChange: () => void): void {
  listeners.add(onChange);
  void load();
}
