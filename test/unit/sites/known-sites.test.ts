import { describe, expect, it } from 'vitest';
import { ANY_HTTPS, DEMO_ORIGINS, KNOWN_SITES, originPattern } from '../../../lib/sites/known-sites';
import { grantedMisOrigins } from '../../../lib/background/sites';
import { defaultSiteKind, formSitePatterns, onPatterns, siteKindTableOf } from '../../../lib/sites/site-kind';

describe('sites Attendance Lens may read', () => {
  it('turns a page address into the pattern asked for, one origin at a time', () => {
    expect(originPattern('https://school.example-mis.co.uk/register/7RB?x=1')).toBe('https://school.example-mis.co.uk/*');
    expect(originPattern('http://localhost:5173/arbor/')).toBe('http://localhost/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });

  it('registers the MIS content script only on granted MIS origins (not the demo, not LA forms, not the wildcard)', () => {
    const kelsi = KNOWN_SITES.find((s) => s.id === 'kent-dfd')!.origins;
    const granted = [...DEMO_ORIGINS, ...kelsi, ANY_HTTPS, 'https://cloudmis.bromcom.com/*', 'https://myschool.example.org/*'];
    expect(grantedMisOrigins(granted, formSitePatterns({}))).toEqual(['https://cloudmis.bromcom.com/*', 'https://myschool.example.org/*']);
  });

  it('gives a hand-added form site no MIS script; a hand-added MIS keeps it', () => {
    const granted = ['https://myschool.example.org/*', 'https://forms.example-la.gov.uk/*', 'https://forms.kent.gov.uk/*'];
    const kinds = { 'https://forms.example-la.gov.uk/*': 'form', 'https://myschool.example.org/*': 'mis' } as const;
    expect(grantedMisOrigins(granted, formSitePatterns(kinds))).toEqual(['https://myschool.example.org/*']);
  });

  it('offers a sensible kind for a site being added: a known LA form site or a saved form address makes a form site', () => {
    expect(defaultSiteKind('https://forms.kent.gov.uk/*', [])).toBe('form');
    expect(defaultSiteKind('https://www.kelsi.org.uk/*', [])).toBe('form');
    expect(defaultSiteKind('https://forms.example-la.gov.uk/*', ['https://forms.example-la.gov.uk/early-help?x=1'])).toBe('form');
    expect(defaultSiteKind('https://myschool.example-mis.co.uk/*', ['https://forms.example-la.gov.uk/early-help'])).toBe('mis');
    // A look-alike host is no LA site.
    expect(defaultSiteKind('https://kent.gov.uk.evil.example/*', [])).toBe('mis');
  });

  it('reads a stored kind table loosely in pages, keeping only the two kinds', () => {
    expect(siteKindTableOf({ version: 1, sites: { 'https://a.example/*': 'form', 'https://b.example/*': 'banana' } })).toEqual({ 'https://a.example/*': 'form' });
    expect(siteKindTableOf(undefined)).toEqual({});
    expect(siteKindTableOf('garbage')).toEqual({});
    expect(onPatterns('http://localhost:4100/la/early-help', formSitePatterns({ 'http://localhost/*': 'form' }))).toBe(true);
    expect(onPatterns('http://127.0.0.1:4100/arbor/', formSitePatterns({ 'http://localhost/*': 'form' }))).toBe(false);
  });

  it('asks for nothing broad by default: every known site is a specific host pattern', () => {
    for (const site of KNOWN_SITES) for (const o of site.origins) expect(o).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });
});
