/**
 * Sites Attendance Lens knows how to work on. None is granted at install: the user allows each one
 * from the settings page or the toolbar popup (optional host permissions), and the MIS content
 * script is then registered for exactly that origin. Used by wxt.config.ts for the manifest, so the
 * manifest and the settings page can never disagree.
 */
export interface KnownSite {
  id: string;
  label: string;
  kind: 'mis' | 'la-form';
  /** Match patterns requested together when the user allows this site. */
  origins: string[];
}

export const KNOWN_SITES: KnownSite[] = [
  { id: 'arbor', label: 'Arbor', kind: 'mis', origins: ['https://*.uk.arbor.sc/*', 'https://*.arbor.education/*'] },
  { id: 'bromcom', label: 'Bromcom', kind: 'mis', origins: ['https://cloudmis.bromcom.com/*'] },
  { id: 'scholarpack', label: 'ScholarPack', kind: 'mis', origins: ['https://*.scholarpack.com/*'] },
  { id: 'isams', label: 'iSAMS', kind: 'mis', origins: ['https://*.isams.cloud/*', 'https://*.isams.co.uk/*'] },
  { id: 'sims', label: 'SIMS (Primary / Next Gen web)', kind: 'mis', origins: ['https://*.sims.co.uk/*', 'https://*.ess-sims.co.uk/*'] },
  { id: 'kent-dfd', label: 'Kent Digital Front Door (Kelsi)', kind: 'la-form', origins: ['https://www.kelsi.org.uk/*', 'https://*.kent.gov.uk/*'] },
];

/** The bundled demo MIS and demo forms: granted at install so the demo works out of the box. */
export const DEMO_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Any other https site the user adds by hand ("my MIS is somewhere else"): still asked one origin at
 * a time at run time; this wildcard only makes such a request possible.
 */
export const ANY_HTTPS = 'https://*/*';

/** `https://school.example.org/path` → `https://school.example.org/*`, or null for non-http(s). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
