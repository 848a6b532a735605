import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
// What the fake browser does not implement, as a browser would answer it.
const fb = fakeBrowser as unknown as { windows: Record<string, unknown>; commands: Record<string, unknown> };
fb.windows.getCurrent = async () => ({ id: 1 });
fb.commands.getAll = async () => [];
const { Popup } = await import('../../../entrypoints/popup/Popup');
const { tabSiteKind } = await import('../../../lib/sites/site-kind');
const { siteKindsSetting } = await import('../../../lib/settings/site-kinds');
const { settle, useSettingsPage } = await import('../options/settings-page');

const page = useSettingsPage();
const none = { table: {}, demo: false, allowed: true, savedFormAddresses: [] };

describe('what the toolbar popup offers on a tab (issue 13)', () => {
  it('takes the demo /forms/ pages as form pages and the rest of the demo as the MIS', () => {
    expect(tabSiteKind('http://localhost:5173/forms/dfd/penalty-notice', { ...none, demo: true })).toBe('form');
    expect(tabSiteKind('http://127.0.0.1:5173/forms/', { ...none, demo: true })).toBe('form');
    expect(tabSiteKind('http://localhost:5173/arbor/attendance-ui/register', { ...none, demo: true })).toBe('mis');
    // Only the demo origins' /forms/ path: an MIS elsewhere with a /forms/ page stays an MIS.
    expect(tabSiteKind('https://school.example.org/forms/x', none)).toBe('mis');
  });

  it('takes known LA sites and sites marked as form sites as form pages, whatever their path', () => {
    expect(tabSiteKind('https://www.kelsi.org.uk/dfd/penalty', none)).toBe('form');
    expect(tabSiteKind('https://forms.example.gov.uk/x', { ...none, table: { 'https://forms.example.gov.uk/*': 'form' } })).toBe('form');
    expect(tabSiteKind('http://localhost:5173/la/early-help', { ...none, demo: true, table: { 'http://localhost/*': 'form' } })).toBe('form');
    expect(tabSiteKind('https://mis.example.org/reg', { ...none, table: { 'https://mis.example.org/*': 'mis' } })).toBe('mis');
  });

  it('gives a site not yet allowed the kind it would get: a form site when a saved referral form is there', () => {
    expect(tabSiteKind('https://la.example.gov.uk/cme', { ...none, allowed: false, savedFormAddresses: ['https://la.example.gov.uk/forms/cme'] })).toBe('form');
    expect(tabSiteKind('https://other.example.org/', { ...none, allowed: false, savedFormAddresses: ['https://la.example.gov.uk/forms/cme'] })).toBe('mis');
  });
});

async function mountFor(url: string) {
  // The active tab of the current window is the page the popup is about.
  (fakeBrowser.tabs as unknown as { query: unknown }).query = async () => [{ id: 7, url, active: true }];
  render(h(Popup, {}), page.root);
  for (let i = 0; i < 20 && page.root.textContent!.includes("Checking this page"); i++) await settle();
}
const buttons = () => Array.from(page.root.querySelectorAll('button')).map((b) => b.textContent!.trim());

describe('the toolbar popup on a demo page', () => {
  it('on a demo form page offers the referral panel, not Teach', async () => {
    await mountFor('http://localhost:5173/forms/dfd/penalty-notice');
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Referral forms on localhost (the bundled demo).');
    expect(buttons()).toContain('Fill a referral form on this page');
    expect(buttons()).not.toContain('Teach this page');
  });

  it('on a demo register page still offers Teach', async () => {
    await mountFor('http://localhost:5173/arbor/attendance-ui/register');
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Reading registers on localhost (the bundled demo).');
    expect(buttons()).toContain('Teach this page');
  });

  it('on a page of a site the user marked as a form site offers the referral panel, not Teach', async () => {
    await siteKindsSetting.set({ version: 1, sites: { 'http://localhost/*': 'form' } });
    await mountFor('http://localhost:5173/la/early-help');
    expect(buttons()).toContain('Fill a referral form on this page');
    expect(buttons()).not.toContain('Teach this page');
  });
});
