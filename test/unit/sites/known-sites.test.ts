import { describe, expect, it } from 'vitest';
import { ANY_HTTPS, DEMO_ORIGINS, KNOWN_SITES, originPattern } from '../../../lib/sites/known-sites';
import { grantedMisOrigins } from '../../../lib/background/sites';

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
    expect(grantedMisOrigins(granted)).toEqual(['https://cloudmis.bromcom.com/*', 'https://myschool.example.org/*']);
  });

  it('asks for nothing broad by default: every known site is a specific host pattern', () => {
    for (const site of KNOWN_SITES) for (const o of site.origins) expect(o).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });
});
