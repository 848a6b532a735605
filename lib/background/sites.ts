import { browser } from 'wxt/browser';
import { DEMO_ORIGINS } from '../sites/known-sites';
import { onPatterns } from '../sites/site-kind';
import { currentFormSites, onSiteKindsChanged } from './site-kinds';

/**
 * Keeps the MIS content script registered on exactly the origins the user has granted. Granting is
 * done from an extension page or the popup (a user gesture); this only mirrors the grants, at start-up
 * and whenever permissions change, so no site is read that the user did not allow. Form sites (known
 * LA sites and those the user added as form sites) get no MIS script: the forms script is injected
 * there only when the user opens the prefill panel.
 */
const SCRIPT_FILE = 'content-scripts/mis.js';
/** The same as the manifest's MIS content script (entrypoints/mis.content). */
export const SITE_RUN_AT = 'document_start' as const;
const ID_PREFIX = 'mis-site-';
/** The granted origins that are MIS sites: not the demo (in the manifest), not a form site, not the wildcard. */
export function grantedMisOrigins(all: string[], formSites: readonly string[]): string[] {
  return all.filter((o) => !DEMO_ORIGINS.includes(o) && !formSites.includes(o) && !onPatterns(o.replace(/\*$/, ''), formSites) && o !== 'https://*/*');
}

function scriptId(origin: string): string {
  return ID_PREFIX + origin.replace(/[^a-z0-9]+/gi, '_');
}

export async function syncSiteScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = grantedMisOrigins(origins, await currentFormSites());
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(ID_PREFIX));
  const stale = ours.filter((s) => !wanted.some((o) => scriptId(o) === s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  // Registrations persist across updates: bring those an older version made up to date.
  const outdated = ours.filter((s) => !stale.includes(s.id) && s.runAt !== SITE_RUN_AT).map((s) => ({ id: s.id, js: [SCRIPT_FILE], runAt: SITE_RUN_AT }));
  if (outdated.length) await browser.scripting.updateContentScripts(outdated);
  const missing = wanted.filter((o) => !ours.some((s) => s.id === scriptId(o)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((o) => ({ id: scriptId(o), matches: [o], js: [SCRIPT_FILE], runAt: SITE_RUN_AT, persistAcrossSessions: true })),
    );
  }
  return wanted;
}

export function startSiteSync(): void {
  void syncSiteScripts();
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  // A site turned from MIS to form site (or back) in settings.
  onSiteKindsChanged(() => void syncSiteScripts());
}
