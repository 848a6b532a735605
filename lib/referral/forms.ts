/**
 * The forms "Start a referral" offers, worked out from what the user has set: each Kent Digital
 * Front Door pathway (with its address when known), other forms the user keeps, and forms they have
 * saved a field mapping for. Pure: the chooser page and its tests pass the settings in.
 */
import { PROFILES } from '../prefill/profiles/registry';
import type { ReferralForms } from '../settings/referral-forms';

export interface ReferralFormChoice {
  /** Stable within the list (a profile id, or the address). */
  id: string;
  title: string;
  /** Where it opens, or null: a known pathway whose address the user has not set. */
  url: string | null;
  kind: 'pathway' | 'saved';
  /** Where the address came from, in words for the user. */
  from: string;
}

/** Profile id → the path of the bundled demo's copy of that pathway (scripts/demo-server/forms). */
export const DEMO_PATHWAY_PATHS: Readonly<Record<string, string>> = {
  'kent-dfd-suspension-exclusion': '/forms/kent/notify-suspension-or-exclusion',
  'kent-dfd-child-missing-education': '/forms/kent/notify-child-missing-education',
  'kent-dfd-attendance-sickness-return': '/forms/kent/notify-attendance-or-sickness-return',
  'kent-dfd-deletion-from-register': '/forms/kent/notify-deletion-from-admission-register',
  'kent-dfd-part-time-timetable': '/forms/kent/notify-part-time-timetable',
  'kent-dfd-formal-attendance-meeting': '/forms/kent/invite-kpas-formal-attendance-meeting',
  'kent-dfd-penalty-notice': '/forms/kent/request-penalty-notice',
  'kent-dfd-statutory-intervention': '/forms/kent/request-statutory-attendance-intervention',
  'kent-dfd-exclusion-advice': '/forms/kent/request-exclusion-intervention-advice',
  'kent-dfd-pru-single-registration': '/forms/kent/request-pru-single-registration',
  'kent-dfd-kpas-advice': '/forms/kent/request-kpas-advice',
};

/** True for the bundled demo's origins (loopback http), whose forms live under /forms/. */
export function isDemoOrigin(origin: string): boolean {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** A saved mapping's key (`origin+path|title`, lib/background/prefill-handlers.ts formKeyOf) as a form to offer. */
function fromMappingKey(key: string): { url: string; title: string } | null {
  const bar = key.indexOf('|');
  if (bar < 0) return null;
  const url = key.slice(0, bar);
  const title = key.slice(bar + 1).trim();
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && !isDemoOrigin(u.origin)) return null;
  } catch {
    return null;
  }
  return { url, title: title || url };
}

export interface ReferralFormsInput {
  settings: ReferralForms;
  /** Keys of the user's saved field mappings (storage `prefillMappings`). */
  mappingKeys: readonly string[];
  /** The demo MIS origin last used, if the user is on the bundled demo: its copies of the pathways are offered. */
  demoOrigin?: string | null;
}

export function referralFormChoices(input: ReferralFormsInput): ReferralFormChoice[] {
  const demo = input.demoOrigin && isDemoOrigin(input.demoOrigin) ? new URL(input.demoOrigin).origin : null;
  const pathways: ReferralFormChoice[] = PROFILES.map((p) => {
    const set = input.settings.pathways[p.id];
    if (set) return { id: p.id, title: p.title, url: set, kind: 'pathway', from: 'the address in Settings' };
    const demoPath = DEMO_PATHWAY_PATHS[p.id];
    if (demo && demoPath) return { id: p.id, title: p.title, url: `${demo}${demoPath}`, kind: 'pathway', from: 'the demo forms on this computer' };
    return { id: p.id, title: p.title, url: null, kind: 'pathway', from: 'no address set' };
  });
  const seen = new Set(pathways.map((p) => p.url).filter(Boolean));
  const saved: ReferralFormChoice[] = [];
  const add = (title: string, url: string, from: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    saved.push({ id: url, title, url, kind: 'saved', from });
  };
  for (const o of input.settings.others) add(o.title, o.url, 'your forms in Settings');
  for (const k of input.mappingKeys) {
    const f = fromMappingKey(k);
    if (f) add(f.title, f.url, 'a form you saved a mapping for');
  }
  return [...pathways, ...saved];
}
