import { describe, expect, it } from 'vitest';
import { ANY_HTTPS, DEMO_ORIGINS, KNOWN_SITES } from '../../../lib/sites/known-sites';
import { builtManifest } from '../../support/built-manifests';

/**
 * Least privilege, checked on what ships: the built Chromium and Firefox manifests. Adding a
 * permission means changing this allow-list, on purpose, in review.
 */
const ALLOWED_PERMISSIONS = ['activeTab', 'alarms', 'scripting', 'storage'];
/**
 * Chromium only: `sidePanel`, for the side panel that shows the pupil in focus beside the register
 * (entrypoints/sidepanel). It grants no access to pages or data; Firefox's sidebar_action needs none.
 */
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];
/** Granted at install: only the bundled demo on this computer (plain http, loopback only). */
const INSTALL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
const MIS_AND_LA = KNOWN_SITES.flatMap((s) => s.origins);

/** The directives of a CSP string, e.g. { 'script-src': ["'self'"] }. */
const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (browser) => {
  const m = builtManifest(browser);

  it('asks only for the allow-listed permissions', () => {
    expect([...m.permissions].sort()).toEqual([...ALLOWED_PERMISSIONS, ...(browser === 'chrome' ? CHROME_ONLY_PERMISSIONS : [])].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('is granted no host at install but the demo on localhost', () => {
    expect([...m.host_permissions].sort()).toEqual([...INSTALL_HOSTS].sort());
    expect([...DEMO_ORIGINS].sort()).toEqual([...INSTALL_HOSTS].sort());
    for (const cs of m.content_scripts ?? []) for (const match of cs.matches) expect(INSTALL_HOSTS).toContain(match);
  });

  it('every MIS and local-authority origin is optional (asked one site at a time), never granted at install', () => {
    expect(MIS_AND_LA.length).toBeGreaterThan(0);
    for (const origin of MIS_AND_LA) {
      expect(m.optional_host_permissions).toContain(origin);
      expect(m.host_permissions).not.toContain(origin);
      expect(origin).toMatch(/^https:\/\//);
    }
    expect([...m.optional_host_permissions].sort()).toEqual([...MIS_AND_LA, ANY_HTTPS].sort());
    expect(JSON.stringify(m.host_permissions)).not.toMatch(/<all_urls>|\*:\/\/\*|https:\/\/\*\//);
  });

  it('has a strict content security policy: own scripts only, no eval, no remote connections, never framed', () => {
    const csp = m.content_security_policy?.extension_pages;
    expect(typeof csp).toBe('string');
    const d = directives(csp);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(d['default-src']).toEqual(["'self'"]);
  });

  it('exposes nothing to web pages and accepts no messages from them', () => {
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });

  if (browser === 'firefox') {
    it('declares to Firefox that it collects no data', () => {
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }
});
