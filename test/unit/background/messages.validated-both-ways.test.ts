import { describe, expect, it } from 'vitest';
import { answer, MESSAGE_TYPES, type Handlers } from '../../../lib/background/listen';
import { classifySender, type Sender } from '../../../lib/background/sender';
import { formSitePatterns } from '../../../lib/sites/site-kind';
import { pageSettingsFor, siteKindOf } from '../../../lib/background/page-settings';
import { access, type MessageType, type SenderKind } from '../../../lib/messages';
import { DEFAULT_OVERLAY_PREFS } from '../../../lib/settings/overlay-prefs';
import type { TaughtEntry } from '../../../lib/settings/taught';

const ok = async () => ({ ok: true as const, version: '1' });
const handlers = (over: Partial<Handlers> = {}) => ({ ping: ok, ...over }) as unknown as Handlers;
const EXT = { id: 'ourid', base: 'chrome-extension://ourid/' };
const MIS = 'https://school.example-mis.uk';
const fromMis = (path = '/register'): Sender => classifySender({ id: EXT.id, url: `${MIS}${path}`, tab: { id: 7 }, frameId: 0 }, EXT);
const fromExtension: Sender = classifySender({ id: EXT.id, url: `${EXT.base}options.html`, tab: { id: 3 }, frameId: 0 }, EXT);

describe('the background checks requests on arrival and answers before they leave', () => {
  it('rejects an unknown or malformed request with a code and a reason, without calling a handler', async () => {
    let called = false;
    const h = handlers({ ping: async () => ((called = true), { ok: true as const, version: '1' }) });
    expect(await answer(h, { type: 'drop-tables', payload: {} }, fromMis())).toEqual({ error: { code: 'invalid-request', message: expect.stringMatching(/^Rejected message/) } });
    expect(await answer(h, { type: 'load-part', payload: { part: '../evil' } }, fromMis())).toEqual({ error: { code: 'invalid-request', message: expect.any(String) } });
    expect(called).toBe(false);
  });

  it('answers what the handler returns when it has the declared shape', async () => {
    expect(await answer(handlers(), { type: 'ping', payload: {} }, fromExtension)).toEqual({ ok: true, version: '1' });
  });

  it('never sends an answer of the wrong shape: it becomes an error', async () => {
    const h = handlers({ ping: async () => ({ ok: 'yes' }) as never });
    expect(await answer(h, { type: 'ping', payload: {} }, fromMis())).toEqual({ error: { code: 'malformed-answer', message: expect.stringMatching(/^Malformed answer to ping/) } });
  });

  it('turns a handler failure into an error answer', async () => {
    const h = handlers({ ping: async () => Promise.reject(new Error('store closed')) });
    expect(await answer(h, { type: 'ping', payload: {} }, fromMis())).toEqual({ error: { code: 'failed', message: 'store closed' } });
  });
});

describe('who is speaking: the sender as the browser tells it', () => {
  it('tells extension pages, MIS pages and form pages apart', () => {
    expect(fromExtension.kind).toBe('extension-page');
    expect(fromMis().kind).toBe('mis-page');
    const sender = (url: string) => classifySender({ id: EXT.id, url, tab: { id: 1 }, frameId: 0 }, EXT).kind;
    expect(sender('https://www.kelsi.org.uk/referral')).toBe('form-page');
    expect(sender('https://forms.kent.gov.uk/dfd')).toBe('form-page');
    expect(sender('http://localhost:5173/forms/kent/early-help')).toBe('form-page');
    // The demo MIS shares the demo origin: only /forms/ there is a form.
    expect(sender('http://localhost:5173/bromcom/register')).toBe('mis-page');
    expect(sender('https://kent.gov.uk.evil.example/forms/')).toBe('mis-page');
  });

  it('classifies a hand-added site by the kind the user gave it', () => {
    const formSites = formSitePatterns({ 'https://forms.example-la.gov.uk/*': 'form', 'https://myschool.example.org/*': 'mis', 'http://localhost/*': 'form' });
    const sender = (url: string) => classifySender({ id: EXT.id, url, tab: { id: 1 }, frameId: 0 }, EXT, formSites).kind;
    expect(sender('https://forms.example-la.gov.uk/early-help')).toBe('form-page');
    expect(sender('https://myschool.example.org/register')).toBe('mis-page');
    expect(sender('http://localhost:4100/la/early-help')).toBe('form-page');
    expect(sender('http://127.0.0.1:4100/arbor/')).toBe('mis-page');
    // Known LA sites stay form sites whatever the table says.
    expect(sender('https://forms.kent.gov.uk/dfd')).toBe('form-page');
    // Without the table, a hand-added form site is taken for an MIS: the table is what routes it.
    expect(classifySender({ id: EXT.id, url: 'https://forms.example-la.gov.uk/early-help', tab: { id: 1 }, frameId: 0 }, EXT).kind).toBe('mis-page');
  });

  it('knows nothing of another extension, a page with no address, or a script outside a tab', () => {
    expect(classifySender({ id: 'other', url: `${MIS}/`, tab: { id: 1 }, frameId: 0 }, EXT).kind).toBe('unknown');
    expect(classifySender({ id: EXT.id, tab: { id: 1 }, frameId: 0 }, EXT).kind).toBe('unknown');
    expect(classifySender({ id: EXT.id, url: `${MIS}/` }, EXT).kind).toBe('unknown');
    expect(classifySender({ id: EXT.id, url: 'file:///etc/passwd', tab: { id: 1 }, frameId: 0 }, EXT).kind).toBe('unknown');
  });
});

/** The form page the form-page sender below is on. */
const FORM = 'https://forms.kent.gov.uk/form';

/** One valid request of every kind, naming the sender's own page where it names one. */
const VALID: { [T in MessageType]: unknown } = {
  ping: {},
  'register-read': {
    url: `${MIS}/register`,
    view: { reader: 'bromcom', mis: 'bromcom', confidence: 0.9, kind: 'marks-grid', context: {}, pupils: [], sessions: [], marks: [], problems: [], complete: true },
    store: true,
  },
  'open-page': { path: 'dashboard.html' },
  'page-settings': { url: `${MIS}/register` },
  'load-part': { part: 'overlay' },
  'hint-dismissed': {},
  'dock-collapsed': { collapsed: true },
  'confirm-name-link': { url: `${MIS}/register`, group: '7RB' },
  'save-taught': {
    origin: MIS,
    pathPattern: '/register/*',
    label: 'Register',
    mapping: { version: 1, names: { anchor: 'body', path: [['table', 1]] }, marks: { anchor: 'body', path: [['table', 1]] }, nameColumn: 0, firstMarkColumn: 1, layout: 'headers' },
  },
  'teach-open': {},
  'prefill-open': {},
  'prefill-pupils': { url: FORM, query: 'ame' },
  'prefill-plan': { url: FORM, snapshot: {}, pupilIds: ['p1'], overwrite: [] },
  'prefill-record': { url: FORM, formProfile: null, formTitle: 'A form', pupilIds: ['p1'], fieldsFilled: [{ key: 'pupil.upn', pupilIndex: 0 }], refused: [] },
  'prefill-mapping-save': { url: FORM, formTitle: 'A form', mapping: { 'upn||text|0': 'pupil.upn' } },
  'prefill-mapping-import': { url: FORM, text: '{}' },
  'lock-status': {},
  'lock-set': { passphrase: 'a long passphrase', idleMinutes: 15 },
  'lock-now': {},
  'lock-unlock': { passphrase: 'a long passphrase' },
  'lock-change': { passphrase: 'a long passphrase', newPassphrase: 'another long one' },
  'lock-idle': { idleMinutes: 5 },
  'lock-remove': { passphrase: 'a long passphrase' },
  'lock-forget': { confirm: 'delete all data' },
  'lock-touch': {},
  'prefill-context': { url: FORM },
  'referral-start': { pupilId: 'p1', url: 'https://www.kelsi.org.uk/dfd/penalty-notice' },
  'pupil-opened': { pupilId: 'p1' },
};
/** The same request naming another site. */
const OTHER_SITE: Partial<{ [T in MessageType]: unknown }> = {
  'register-read': { ...(VALID['register-read'] as object), url: 'https://other.example/register' },
  'page-settings': { url: 'https://other.example/register' },
  'confirm-name-link': { url: 'https://other.example/register', group: '7RB' },
  'save-taught': { ...(VALID['save-taught'] as object), origin: 'https://other.example' },
  'prefill-pupils': { url: 'https://other.example/form', query: 'ame' },
  'prefill-plan': { ...(VALID['prefill-plan'] as object), url: 'https://other.example/form' },
  'prefill-record': { ...(VALID['prefill-record'] as object), url: 'https://other.example/form' },
  'prefill-mapping-save': { ...(VALID['prefill-mapping-save'] as object), url: 'https://other.example/form' },
  'prefill-mapping-import': { url: 'https://other.example/form', text: '{}' },
  'prefill-context': { url: 'https://other.example/form' },
};

/** A message both kinds of content script may send that names an address: the form page's own request. */
const FROM_FORM: Partial<{ [T in MessageType]: unknown }> = {
  'page-settings': { url: `${FORM}/early-help` },
};
const validFrom = (type: MessageType, kind: string): unknown => (kind === 'form-page' ? (FROM_FORM[type] ?? VALID[type]) : VALID[type]);

const SENDERS: Record<SenderKind | 'unknown', Sender> = {
  'mis-page': fromMis(),
  'form-page': classifySender({ id: EXT.id, url: FORM, tab: { id: 9 }, frameId: 0 }, EXT),
  'extension-page': fromExtension,
  unknown: classifySender({ id: 'another-extension', url: `${MIS}/register`, tab: { id: 7 }, frameId: 0 }, EXT),
};
/** A sender of the same kind but on another site (the own-origin check, where a message names an address). */
const elsewhere = (kind: SenderKind): Sender =>
  kind === 'extension-page' ? fromExtension : classifySender({ id: EXT.id, url: kind === 'form-page' ? 'https://www.kelsi.org.uk/x' : 'https://evil.example/x', tab: { id: 1 }, frameId: 0 }, EXT);

function recorder() {
  const calls: MessageType[] = [];
  const h = Object.fromEntries(
    MESSAGE_TYPES.map((t) => [
      t,
      async () => {
        calls.push(t);
        throw new Error('handled');
      },
    ]),
  ) as unknown as Handlers;
  return { calls, h };
}

describe('the listener enforces who may send each message, for every message kind', () => {
  it('the table covers every message', () => {
    expect(Object.keys(VALID).sort()).toEqual([...MESSAGE_TYPES].sort());
    expect(Object.keys(access).sort()).toEqual([...MESSAGE_TYPES].sort());
  });

  it('every message that names an address is also tried naming another site (derived from the protocol, so a new one cannot be forgotten)', () => {
    const namesAddress = MESSAGE_TYPES.filter((t) => 'ownAddress' in access[t]);
    expect(namesAddress.length).toBeGreaterThan(0);
    expect(Object.keys(OTHER_SITE).sort()).toEqual([...namesAddress].sort());
    for (const t of namesAddress) {
      const ownAddress = (access[t] as { ownAddress: (p: unknown) => string }).ownAddress;
      expect(new URL(ownAddress(VALID[t])).hostname, t).not.toBe(new URL(ownAddress(OTHER_SITE[t])).hostname);
    }
  });

  it('every message both kinds of content script may send naming an address has a form page request of its own', () => {
    const both = MESSAGE_TYPES.filter((t) => 'ownAddress' in access[t] && (['mis-page', 'form-page'] as const).every((k) => (access[t].from as readonly string[]).includes(k)));
    expect(Object.keys(FROM_FORM).sort()).toEqual(both.sort());
  });

  for (const type of MESSAGE_TYPES) {
    const allowed: readonly string[] = access[type].from;
    for (const [kind, sender] of Object.entries(SENDERS)) {
      const may = allowed.includes(kind);
      it(`${type} from ${kind}: ${may ? 'reaches its handler' : 'refused before any handler runs'}`, async () => {
        const { calls, h } = recorder();
        const got = await answer(h, { type, payload: validFrom(type, kind) }, sender);
        if (may) {
          expect(got).toEqual({ error: { code: 'failed', message: 'handled' } });
          expect(calls).toEqual([type]);
        } else {
          expect(got).toEqual({ error: { code: 'wrong-sender', message: expect.any(String) } });
          expect(calls).toEqual([]);
        }
      });
    }

    const other = OTHER_SITE[type];
    if (other !== undefined) {
      for (const kind of allowed as SenderKind[]) {
        it(`${type} from a ${kind} about another site: refused`, async () => {
          const { calls, h } = recorder();
          expect(await answer(h, { type, payload: other }, SENDERS[kind])).toEqual({ error: { code: 'wrong-origin', message: expect.any(String) } });
          // …and from a page of the right kind on another site, about the first site.
          expect(await answer(h, { type, payload: VALID[type] }, elsewhere(kind))).toMatchObject({ error: { code: expect.stringMatching(/^wrong-(origin|sender)$/) } });
          expect(calls).toEqual([]);
        });
      }
    }
  }
});

const taught = (origin: string, pathPattern: string, createdAt: string): TaughtEntry => ({
  id: createdAt,
  origin,
  pathPattern,
  label: 'Register',
  createdAt,
  mapping: {
    version: 1,
    names: { anchor: 'body', path: [['table', 1]] },
    marks: { anchor: 'body', path: [['table', 1]] },
    nameColumn: 0,
    firstMarkColumn: 1,
    layout: 'headers',
  },
});

describe('page settings for the MIS content script', () => {
  const base = { prefs: DEFAULT_OVERLAY_PREFS, readerSwitches: {}, taught: [] };

  it('says whether flags are on for the page’s own site', () => {
    const prefs = { ...DEFAULT_OVERLAY_PREFS, sites: { 'https://a.example': false } };
    expect(pageSettingsFor('https://a.example/register', { ...base, prefs }).siteOn).toBe(false);
    expect(pageSettingsFor('https://b.example/register', { ...base, prefs }).siteOn).toBe(true);
  });

  it('says what kind of site the page is on, as the listener classified the sender: a form site is never on', async () => {
    const formSites = formSitePatterns({ 'http://localhost/*': 'form', 'https://myschool.example.org/*': 'mis' });
    // The handler as the background wires it, behind the real listener (sender check, both schemas).
    const h = handlers({ 'page-settings': async ({ url }, sender) => pageSettingsFor(url, base, siteKindOf(sender)) });
    const ask = (url: string) => answer(h, { type: 'page-settings', payload: { url } }, classifySender({ id: EXT.id, url, tab: { id: 1 }, frameId: 0 }, EXT, formSites));
    // The demo origin the user made a form site: the MIS script (in the manifest there) stands aside.
    expect(await ask('http://localhost:4100/la/early-help')).toMatchObject({ siteKind: 'form', siteOn: false });
    expect(await ask('http://127.0.0.1:4100/arbor/register')).toMatchObject({ siteKind: 'mis', siteOn: true });
    expect(await ask('https://myschool.example.org/register')).toMatchObject({ siteKind: 'mis', siteOn: true });
    // Known LA sites are form sites whatever the table says; without a kind a page is taken for an MIS.
    expect(await ask('https://forms.kent.gov.uk/dfd')).toMatchObject({ siteKind: 'form', siteOn: false });
    expect(pageSettingsFor('https://a.example/register', base).siteKind).toBe('mis');
  });

  it('gives the taught mapping for this address only, the newest when several match', () => {
    const entries = [
      taught('https://a.example', '/register/*', '2026-01-01T00:00:00Z'),
      taught('https://a.example', '/register/*', '2026-02-01T00:00:00Z'),
      taught('https://b.example', '/register/*', '2026-03-01T00:00:00Z'),
    ];
    expect(pageSettingsFor('https://a.example/register/7RB', { ...base, taught: entries }).taught?.createdAt).toBe('2026-02-01T00:00:00Z');
    expect(pageSettingsFor('https://a.example/pupils', { ...base, taught: entries }).taught).toBeNull();
  });

  it('passes display choices and the profile in use', () => {
    const prefs = { ...DEFAULT_OVERLAY_PREFS, badgeStyle: 'full' as const, markers: { PN_THRESHOLD: false }, hintDismissed: true, laProfile: 'hackney' as const };
    const s = pageSettingsFor('https://a.example/', { ...base, prefs });
    expect(s.display.style).toBe('full');
    expect(s.display.markers).not.toContain('PN_THRESHOLD');
    expect(s.display.markers).toContain('N_OVERDUE');
    expect(s.display.showFirstRunHint).toBe(false);
    expect(s.profile).toBe('hackney');
  });

  it("changes the profile's identity when the school's own bands change, so open pages redo their badges", () => {
    const prefs = { ...DEFAULT_OVERLAY_PREFS, laProfile: 'custom' as const };
    const a = pageSettingsFor('https://a.example/', { ...base, prefs, customProfile: { name: 'Ours', bands: [1] } });
    const b = pageSettingsFor('https://a.example/', { ...base, prefs, customProfile: { name: 'Ours', bands: [2] } });
    expect(a.profile).not.toBe(b.profile);
  });
});
