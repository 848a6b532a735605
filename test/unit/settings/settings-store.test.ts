import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { ALL_SETTINGS, restoreSettings, snapshotSettings } = await import('../../../lib/settings/all');
const { overlayPrefsSetting, saveOverlayPrefs, loadOverlayPrefs } = await import('../../../lib/settings/overlay-prefs');
const { readerSwitchesSetting, setReaderEnabled } = await import('../../../lib/settings/readers');
const { saveCustomProfile, loadStoredCustomProfile } = await import('../../../lib/settings/custom-profile');
const { loadTaught, saveTaught } = await import('../../../lib/settings/taught');
const { adoptStoredSchool, schoolDetailsProblems, schoolDetailsSetting, parseSchoolDetails, EMPTY_SCHOOL_DETAILS } = await import('../../../lib/settings/school-details');
const { SETTING_KEYS, PAGE_SETTING_KEYS } = await import('../../../lib/settings/keys');
const { referralFormsSetting } = await import('../../../lib/settings/referral-forms');
const { siteKindsSetting, setSiteKind } = await import('../../../lib/settings/site-kinds');

beforeEach(() => fakeBrowser.reset());
const tick = () => new Promise((r) => setTimeout(r, 0));

const mapping = {
  version: 1 as const,
  names: { anchor: 'body', path: [['table', 1]] as [string, number][] },
  marks: { anchor: 'body', path: [['table', 1]] as [string, number][] },
  nameColumn: 0,
  firstMarkColumn: 1,
  layout: 'headers' as const,
};
const ours = { name: 'Ours', bands: [{ label: 'Fine', from: { pct: 92.25, inclusive: true }, tone: 'good', nextStep: 'Nothing yet.' }, { label: 'Not fine', from: null, tone: 'severe', nextStep: 'Call home.' }] };

describe('one typed item per setting', () => {
  it('every setting has its own key, and every key is a setting', () => {
    expect(ALL_SETTINGS.map((s) => s.key).sort()).toEqual(Object.values(SETTING_KEYS).sort());
    for (const k of PAGE_SETTING_KEYS) expect(Object.values(SETTING_KEYS)).toContain(k);
  });

  it('a watcher hears its own setting only, until its signal aborts', async () => {
    const heard: unknown[] = [];
    const life = new AbortController();
    readerSwitchesSetting.watch((v) => heard.push(v), life.signal);
    await saveOverlayPrefs({ badgeStyle: 'full' });
    await tick();
    expect(heard).toEqual([]);
    await setReaderEnabled('arbor', false);
    await tick();
    expect(heard).toEqual([{ arbor: false }]);
    life.abort();
    await setReaderEnabled('arbor', true);
    await tick();
    expect(heard).toHaveLength(1);
  });

  it('values are checked when read: a malformed stored value gives the defaults, not a crash', async () => {
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.overlayPrefs]: 'garbage', [SETTING_KEYS.schoolDetails]: { school: { urn: 123456, name: 'Oak' } } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadOverlayPrefs()).badgeStyle).toBe('compact');
    const d = await schoolDetailsSetting.get();
    expect(d.school.name).toBe('Oak');
    expect(d.school.urn).toBe('');
    expect(d.referrer).toEqual(EMPTY_SCHOOL_DETAILS.referrer);
  });
});

describe('settings in a backup', () => {
  it('a snapshot restored into empty storage brings back custom bands, taught pages and every preference', async () => {
    await saveOverlayPrefs({ laProfile: 'custom', badgeStyle: 'full', sites: { 'https://mis.example': false } });
    await setReaderEnabled('sims', false);
    expect((await saveCustomProfile(ours)).ok).toBe(true);
    await saveTaught({ origin: 'https://mis.example', pathPattern: '/sheet/*', label: 'Sheet', mapping }, '2026-01-05T10:00:00.000Z');
    const d = parseSchoolDetails(undefined);
    d.school.urn = '118765';
    await schoolDetailsSetting.set(d);
    await referralFormsSetting.set({ version: 1, pathways: { 'kent-dfd-penalty-notice': 'https://www.kelsi.org.uk/dfd/pn' }, others: [] });
    await setSiteKind('https://forms.example-la.gov.uk/*', 'form');
    await setSiteKind('https://mis.example/*', 'mis');

    const snapshot = JSON.parse(JSON.stringify(await snapshotSettings()));
    const before = await Promise.all(ALL_SETTINGS.map((s) => s.get()));
    fakeBrowser.reset();
    expect(await loadTaught()).toEqual([]);

    const r = await restoreSettings(snapshot);
    expect(r.problems).toEqual([]);
    expect(r.restored.sort()).toEqual(Object.values(SETTING_KEYS).sort());
    expect(await Promise.all(ALL_SETTINGS.map((s) => s.get()))).toEqual(before);
    expect(await loadStoredCustomProfile()).toMatchObject({ name: 'Ours' });
    expect((await siteKindsSetting.get()).sites).toEqual({ 'https://forms.example-la.gov.uk/*': 'form', 'https://mis.example/*': 'mis' });
  });

  it('restores nothing when any setting is refused (a newer version, an unknown key)', async () => {
    await saveOverlayPrefs({ badgeStyle: 'full' });
    const snapshot = await snapshotSettings();
    fakeBrowser.reset();
    const r = await restoreSettings({ ...snapshot, [SETTING_KEYS.readerSwitches]: { version: 99, value: {} }, nonsense: { version: 1, value: 1 } });
    expect(r.restored).toEqual([]);
    expect(r.problems.map((p) => p.key).sort()).toEqual(['nonsense', SETTING_KEYS.readerSwitches].sort());
    expect(await overlayPrefsSetting.getRaw()).toBeUndefined();
  });
});

describe('the school details', () => {
  it('checks URN, DfE number, emails, UK phones and postcodes, and allows empty fields', () => {
    const d = structuredClone(EMPTY_SCHOOL_DETAILS);
    expect(schoolDetailsProblems(d)).toEqual({});
    Object.assign(d.school, { urn: '118765', dfeNumber: '886/2001', phone: '+44 1622 123456', email: 'office@oak.sch.uk' });
    d.school.address.postcode = 'SW1A 1AA';
    d.referrer.phone = '07700 900123';
    expect(schoolDetailsProblems(d)).toEqual({});
    Object.assign(d.school, { urn: '11876', dfeNumber: '886-2001', phone: '123', email: 'office@' });
    d.school.address.postcode = '12345';
    d.referrer.email = 'me';
    expect(Object.keys(schoolDetailsProblems(d)).sort()).toEqual(['referrer.email', 'school.address.postcode', 'school.dfeNumber', 'school.email', 'school.phone', 'school.urn']);
  });

  it("takes name, URN and DfE number from the store's school row once, never over what the user saved", async () => {
    expect(await adoptStoredSchool(undefined)).toBe(false);
    expect(await adoptStoredSchool({ name: 'Oak Primary', urn: '118765', dfeNumber: '886/2001' })).toBe(true);
    expect((await schoolDetailsSetting.get()).school).toMatchObject({ name: 'Oak Primary', urn: '118765', dfeNumber: '886/2001', laName: '' });
    const d = await schoolDetailsSetting.get();
    d.school.name = 'Oak Academy';
    await schoolDetailsSetting.set(d);
    expect(await adoptStoredSchool({ name: 'Oak Primary' })).toBe(false);
    expect((await schoolDetailsSetting.get()).school.name).toBe('Oak Academy');
  });
});

describe('site kinds', () => {
  it('keeps each hand-added site as an MIS or a form site; a malformed table falls back to none, a kind can be forgotten', async () => {
    expect((await siteKindsSetting.get()).sites).toEqual({});
    await setSiteKind('https://forms.example-la.gov.uk/*', 'form');
    await setSiteKind('https://forms.example-la.gov.uk/*', 'mis');
    await setSiteKind('http://localhost/*', 'form');
    expect((await siteKindsSetting.get()).sites).toEqual({ 'https://forms.example-la.gov.uk/*': 'mis', 'http://localhost/*': 'form' });
    await setSiteKind('https://forms.example-la.gov.uk/*', null);
    expect((await siteKindsSetting.get()).sites).toEqual({ 'http://localhost/*': 'form' });
    expect(siteKindsSetting.parse({ version: 1, sites: { 'https://a.example/*': 'banana' } }).sites).toEqual({});
    expect(siteKindsSetting.parse({ version: 1, sites: { 'not a pattern': 'form' } }).sites).toEqual({});
  });
});
