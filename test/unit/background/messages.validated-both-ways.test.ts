import { describe, expect, it } from 'vitest';
import { answer, type Handlers } from '../../../lib/background/listen';
import { assertOwnPage, pageSettingsFor, saveTaughtFrom } from '../../../lib/background/page-settings';
import { DEFAULT_OVERLAY_PREFS } from '../../../lib/settings/overlay-prefs';
import type { TaughtEntry } from '../../../lib/settings/taught';

const ok = async () => ({ ok: true as const, version: '1' });
const handlers = (over: Partial<Handlers> = {}) => ({ ping: ok, ...over }) as unknown as Handlers;

describe('the background checks requests on arrival and answers before they leave', () => {
  it('rejects an unknown or malformed request with a reason, without calling a handler', async () => {
    let called = false;
    const h = handlers({ ping: async () => ((called = true), { ok: true as const, version: '1' }) });
    expect(await answer(h, { type: 'drop-tables', payload: {} }, {})).toEqual({ error: expect.stringMatching(/^Rejected message/) });
    expect(await answer(h, { type: 'load-part', payload: { part: '../evil' } }, {})).toEqual({ error: expect.stringMatching(/^Rejected message/) });
    expect(called).toBe(false);
  });

  it('answers what the handler returns when it has the declared shape', async () => {
    expect(await answer(handlers(), { type: 'ping', payload: {} }, {})).toEqual({ ok: true, version: '1' });
  });

  it('never sends an answer of the wrong shape: it becomes an error', async () => {
    const h = handlers({ ping: async () => ({ ok: 'yes' }) as never });
    expect(await answer(h, { type: 'ping', payload: {} }, {})).toEqual({ error: expect.stringMatching(/^Malformed answer to ping/) });
  });

  it('turns a handler failure into an error answer', async () => {
    const h = handlers({ ping: async () => Promise.reject(new Error('store closed')) });
    expect(await answer(h, { type: 'ping', payload: {} }, {})).toEqual({ error: 'store closed' });
  });
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

describe('saving a taught page', () => {
  it('refuses a mapping for any site but the sender’s own', async () => {
    const entry = taught('https://a.example', '/register/*', 'x');
    await expect(saveTaughtFrom(entry, { url: 'https://evil.example/page' })).rejects.toThrow('only be taught from that page');
    await expect(saveTaughtFrom(entry, {})).rejects.toThrow('only be taught from that page');
  });
});

describe('a content script speaks for its own page only', () => {
  it('accepts an address on the sender’s own origin and refuses any other', () => {
    expect(() => assertOwnPage('https://a.example/register/7RB', { url: 'https://a.example/other' })).not.toThrow();
    expect(() => assertOwnPage('https://b.example/register', { url: 'https://a.example/register' })).toThrow('only ask about itself');
    expect(() => assertOwnPage('https://a.example/register', {})).toThrow('only ask about itself');
  });
});
