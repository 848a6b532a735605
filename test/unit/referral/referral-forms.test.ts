import { describe, expect, it } from 'vitest';
import { PATHWAYS } from '../../../scripts/demo-server/forms/pathways';
import { PROFILES } from '../../../lib/prefill/profiles/registry';
import { DEMO_PATHWAY_PATHS, isDemoOrigin, referralFormChoices } from '../../../lib/referral/forms';
import { EMPTY_REFERRAL_FORMS, formAddressProblem } from '../../../lib/settings/referral-forms';

describe('the forms "Start a referral" offers', () => {
  it('every known pathway has a demo copy, and every demo path is a real demo pathway', () => {
    expect(Object.keys(DEMO_PATHWAY_PATHS).sort()).toEqual(PROFILES.map((p) => p.id).sort());
    const served = PATHWAYS.map((p) => `/forms/kent/${p.slug}`);
    for (const path of Object.values(DEMO_PATHWAY_PATHS)) expect(served).toContain(path);
  });

  it('a pathway with no address is listed without one; the demo’s copies only for someone on the demo MIS', () => {
    const none = referralFormChoices({ settings: EMPTY_REFERRAL_FORMS, mappingKeys: [] });
    expect(none).toHaveLength(PROFILES.length);
    expect(none.every((c) => c.url === null && c.kind === 'pathway')).toBe(true);
    const demo = referralFormChoices({ settings: EMPTY_REFERRAL_FORMS, mappingKeys: [], demoOrigin: 'http://127.0.0.1:4321' });
    expect(demo.find((c) => c.id === 'kent-dfd-penalty-notice')!.url).toBe('http://127.0.0.1:4321/forms/kent/request-penalty-notice');
    const notDemo = referralFormChoices({ settings: EMPTY_REFERRAL_FORMS, mappingKeys: [], demoOrigin: 'https://school.example-mis.uk' });
    expect(notDemo.every((c) => c.url === null)).toBe(true);
  });

  it('the user’s own addresses win; other forms and forms with a saved mapping follow, each once', () => {
    const choices = referralFormChoices({
      settings: { version: 1, pathways: { 'kent-dfd-penalty-notice': 'https://www.kelsi.org.uk/dfd/pn' }, others: [{ title: 'Early help', url: 'https://forms.example.org/eh' }] },
      mappingKeys: ['https://forms.example.org/eh|Early help request', 'https://la.example.org/cme|Report a child missing education', 'javascript:alert(1)|x', 'no bar'],
      demoOrigin: 'http://localhost:3000',
    });
    expect(choices.find((c) => c.id === 'kent-dfd-penalty-notice')).toMatchObject({ url: 'https://www.kelsi.org.uk/dfd/pn', from: 'the address in Settings' });
    expect(choices.filter((c) => c.kind === 'saved').map((c) => [c.title, c.url])).toEqual([
      ['Early help', 'https://forms.example.org/eh'],
      ['Report a child missing education', 'https://la.example.org/cme'],
    ]);
  });

  it('form addresses: https, or http only on this computer', () => {
    expect(formAddressProblem('https://www.kelsi.org.uk/x')).toBeNull();
    expect(formAddressProblem('http://localhost:5173/forms/kent/x')).toBeNull();
    expect(formAddressProblem('http://la.example.org/form')).toMatch(/https/);
    expect(formAddressProblem('kelsi')).toMatch(/full address/);
    expect(isDemoOrigin('http://127.0.0.1:9')).toBe(true);
    expect(isDemoOrigin('https://localhost')).toBe(false);
  });
});
