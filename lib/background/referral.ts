/**
 * "Start a referral" and "the pupil last opened", in the background. A referral started from the
 * dashboard opens the form in a new tab, remembers which pupil it is for (per tab, in session
 * storage: gone when the browser closes), and opens the prefill panel there once the page has
 * loaded; the panel then shows that pupil chosen. The pupil last opened in a register panel or on
 * the dashboard is suggested first by the panel and shown by the side panel. Nothing is written into
 * a form here: the panel fills only on the user's click.
 */
import { browser } from 'wxt/browser';
import { openStore } from '../store/schema';
import { pupilName } from '../pupil/names';
import type { PupilChoice } from './prefill';
import type { Sender } from './sender';
import { isDemoOrigin } from '../referral/forms';

/** `storage.session` keys (extension pages read them too: the side panel and the referral chooser). */
export const LAST_PUPIL_KEY = 'lastOpenedPupil';
export const LAST_MIS_ORIGIN_KEY = 'lastMisOrigin';
const PENDING_KEY = 'pendingReferrals';

export interface LastPupil { pupilId: string; at: string }
interface Pending { pupilId: string; url: string; panelOpened: boolean }

// Session storage where the browser has it (Chromium and Firefox MV3), else this worker's memory.
const memory: Record<string, unknown> = {};
const area = () => browser.storage.session;
async function read<T>(key: string): Promise<T | undefined> {
  const s = area();
  return s ? ((await s.get(key))[key] as T | undefined) : (memory[key] as T | undefined);
}
async function write(values: Record<string, unknown>): Promise<void> {
  const s = area();
  if (s) await s.set(values);
  else Object.assign(memory, values);
}

export async function choiceOf(pupilId: string): Promise<PupilChoice | null> {
  const r = await openStore().pupils.get(pupilId);
  return r ? { id: r.id, name: pupilName(r), upn: r.upn ?? '', yearGroup: r.yearGroup ?? '', regGroup: r.regGroup ?? '' } : null;
}

export async function handlePupilOpened(req: { pupilId: string }, sender: Sender): Promise<{ ok: true }> {
  const values: Record<string, unknown> = { [LAST_PUPIL_KEY]: { pupilId: req.pupilId, at: new Date().toISOString() } satisfies LastPupil };
  // The referral chooser offers the bundled demo's forms only to someone using the demo MIS.
  if (sender.kind === 'mis-page') values[LAST_MIS_ORIGIN_KEY] = isDemoOrigin(sender.origin) ? sender.origin : null;
  await write(values);
  return { ok: true };
}

export interface ReferralDeps {
  isGranted(url: string): Promise<boolean>;
  openPanel(tabId: number): Promise<{ opened: boolean; why?: string }>;
}

export async function startReferral(req: { pupilId: string; url: string }, deps: ReferralDeps): Promise<{ opened: boolean; why?: string }> {
  let u: URL;
  try {
    u = new URL(req.url);
  } catch {
    return { opened: false, why: 'That form address is not a web address.' };
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isDemoOrigin(u.origin))) return { opened: false, why: 'Forms are opened only from https addresses.' };
  if (!(await choiceOf(req.pupilId))) return { opened: false, why: 'That pupil is not in Attendance Lens’s records.' };
  if (!(await deps.isGranted(req.url))) {
    return { opened: false, why: `Attendance Lens is not allowed on ${u.host}, so it could not open the prefill panel there. Allow the site in Settings → Sites first.` };
  }
  const tab = await browser.tabs.create({ url: req.url });
  if (tab.id === undefined) return { opened: false, why: 'The browser did not open a tab.' };
  const pending = (await read<Record<string, Pending>>(PENDING_KEY)) ?? {};
  pending[String(tab.id)] = { pupilId: req.pupilId, url: req.url, panelOpened: false };
  await write({ [PENDING_KEY]: pending, [LAST_PUPIL_KEY]: { pupilId: req.pupilId, at: new Date().toISOString() } satisfies LastPupil });
  return { opened: true };
}

/** The pupil a referral chose for the sender's tab, and the pupil last opened (suggested first). */
export async function handlePrefillContext(_req: { url: string }, sender: Sender): Promise<{ chosen: PupilChoice | null; suggested: PupilChoice | null }> {
  const tabId = sender.kind === 'form-page' ? sender.tabId : undefined;
  const pending = tabId !== undefined ? (await read<Record<string, Pending>>(PENDING_KEY))?.[String(tabId)] : undefined;
  const last = await read<LastPupil>(LAST_PUPIL_KEY);
  return {
    chosen: pending ? await choiceOf(pending.pupilId) : null,
    suggested: last ? await choiceOf(last.pupilId) : null,
  };
}

/** Opens the panel in a referral's tab once its page has loaded (the first load only), and forgets closed tabs. */
export function startReferralTabs(deps: ReferralDeps): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete') return;
    void (async () => {
      const pending = (await read<Record<string, Pending>>(PENDING_KEY)) ?? {};
      const p = pending[String(tabId)];
      if (!p || p.panelOpened) return;
      // Only on the form's own site: a redirect to a sign-in page elsewhere waits for the form.
      if (!tab.url || new URL(tab.url).origin !== new URL(p.url).origin) return;
      p.panelOpened = true;
      await write({ [PENDING_KEY]: pending });
      await deps.openPanel(tabId).catch(() => undefined);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void (async () => {
      const pending = (await read<Record<string, Pending>>(PENDING_KEY)) ?? {};
      if (!(String(tabId) in pending)) return;
      delete pending[String(tabId)];
      await write({ [PENDING_KEY]: pending });
    })();
  });
}
