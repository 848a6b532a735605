import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { badgeOf, DAY, GROUP, paPupil } from './support/demo-pupils';

/**
 * "Start a referral" end to end: from a pupil's register panel, through the dashboard's form chooser,
 * to the form opened in a new tab with the prefill panel and that pupil chosen (nothing written until
 * Fill); the fill in the pupil's chronology; the last-opened pupil suggested first; an unknown form's
 * saved mapping reused after a reload; and an axe scan of the panel (WCAG 2.2 AA).
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openRegister(context: BrowserContext, demoUrl: string): Promise<Page> {
  const mis = await context.newPage();
  await mis.goto(`${demoUrl}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await expect(badgeOf(mis, paPupil)).toBeVisible({ timeout: 30_000 });
  return mis;
}

/** What the toolbar button does, for the tab showing `url`. */
async function openPanel(context: BrowserContext, extensionUrl: (p: string) => string, url: string) {
  const ext = await context.newPage();
  await ext.goto(extensionUrl('popup.html'));
  const answer = await ext.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const tabs: { id: number; url?: string }[] = await c.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(u));
    return c.runtime.sendMessage({ type: 'prefill-open', payload: { tabId: tab!.id } });
  }, url);
  await ext.close();
  return answer as { opened: boolean; why?: string };
}

test('Start a referral from the register panel: choose the form, it opens with the panel and the pupil chosen, nothing written until Fill; the fill is in the chronology', async ({ context, demo }) => {
  const mis = await openRegister(context, demo.url);
  await badgeOf(mis, paPupil).click();
  const details = mis.getByRole('dialog', { name: /^Attendance details for / });
  const [chooser] = await Promise.all([context.waitForEvent('page'), details.getByRole('button', { name: 'Start a referral' }).click()]);
  await expect(chooser.getByRole('heading', { level: 1, name: /^Start a referral for / })).toBeVisible();
  const shown = (await chooser.getByRole('heading', { level: 1 }).innerText()).replace(/^Start a referral for /, '');
  expect(shown).toContain(paPupil.legalSurname);
  // The demo MIS is in use, so the demo's copies of the pathways are offered.
  const openPn = chooser.getByRole('button', { name: `Open Kent DFD: penalty notice request for ${shown}` });
  const [form] = await Promise.all([context.waitForEvent('page'), openPn.click()]);
  await expect(chooser.getByRole('status')).toContainText('opened in a new tab');
  await form.waitForLoadState();
  expect(form.url()).toBe(`${demo.url}forms/kent/request-penalty-notice`);

  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Pupil', exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: `Remove ${shown}` })).toBeVisible();
  const fill = panel.getByRole('button', { name: /^Fill \d+ fields$/ });
  await expect(fill).toBeEnabled();
  // Reviewed, not written.
  await expect(form.getByLabel('Legal surname')).toHaveValue('');
  await fill.click();
  await expect(panel.getByRole('status')).toContainText(/Filled \d+ fields/);
  await expect(form.getByLabel('Legal surname')).toHaveValue(paPupil.legalSurname);

  // The pupil's dashboard page shows the fill in the chronology.
  await chooser.getByRole('link', { name: `← ${shown}` }).click();
  const chronology = chooser.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toContainText(/Attendance Lens filled \d+ fields of “Request a penalty notice”/);
});

test('the prefill panel suggests the pupil last opened on the register first', async ({ context, demo, extensionUrl }) => {
  const mis = await openRegister(context, demo.url);
  await badgeOf(mis, paPupil).click();
  await expect(mis.getByRole('dialog', { name: /^Attendance details for / })).toBeVisible();
  const form = await context.newPage();
  const url = `${demo.url}forms/kent/notify-part-time-timetable`;
  await form.goto(url);
  expect((await openPanel(context, extensionUrl, url)).opened).toBe(true);
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  const first = panel.getByRole('list', { name: 'Pupils found' }).getByRole('button').first();
  await expect(first).toHaveAccessibleName(new RegExp(`^Choose .*${paPupil.legalSurname}.*\\(last opened\\)$`));
  // Suggested, not chosen: nothing is planned until the user picks.
  await expect(panel.getByRole('button', { name: /^Fill / })).toHaveCount(0);
  // Typing searches as before.
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await expect(panel.getByRole('list', { name: 'Pupils found' }).getByRole('button').first()).not.toHaveAccessibleName(/last opened/);
});

const UNKNOWN_FORM = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Early help request</title></head>
<body><main><h1>Early help request</h1><form method="post">
<p><label for="a">Child's first name</label><input id="a" name="f1"></p>
<p><label for="b">Child's last name</label><input id="b" name="f2"></p>
<p><label for="c">Kid reference</label><input id="c" name="f3"></p>
<p><label for="d">What help is needed?</label><textarea id="d" name="f4"></textarea></p>
<p><button>Send</button></p></form></main></body></html>`;

test('an unknown form: the user maps a field, saves it, and the mapping is used again after a reload; the panel passes an axe scan', async ({ context, demo, extensionUrl }) => {
  const mis = await openRegister(context, demo.url);
  await mis.close();
  const url = `${demo.url}forms/other/early-help`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: UNKNOWN_FORM }));
  const form = await context.newPage();
  await form.goto(url);
  expect((await openPanel(context, extensionUrl, url)).opened).toBe(true);
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  await expect(panel.getByText(/^Form not recognised/)).toBeVisible();
  const picker = panel.getByRole('combobox', { name: 'Key for “Kid reference”' });
  await expect(picker).toHaveValue('');
  await picker.selectOption('pupil.full_legal_name');
  const row = panel.getByRole('row', { name: /^Kid reference/ });
  await expect(row).toContainText(paPupil.legalSurname);
  await panel.getByRole('button', { name: 'Save mapping for this form' }).click();
  await expect(panel.getByRole('status')).toHaveText('Mapping saved for this form.');

  // The axe scan of the open panel, its plan shown (the page's own markup is not ours: only the panel).
  const axe = await new AxeBuilder({ page: form }).include('#attendance-lens-prefill').withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

  await form.reload();
  await expect(form.getByRole('dialog', { name: /Prefill/ })).toHaveCount(0);
  expect((await openPanel(context, extensionUrl, url)).opened).toBe(true);
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  await expect(panel.getByRole('row', { name: /^Kid reference/ })).toContainText(paPupil.legalSurname);
  await expect(panel.getByRole('combobox', { name: 'Key for “Kid reference”' })).toHaveValue('pupil.full_legal_name');
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(form.getByRole('textbox', { name: 'Kid reference', exact: true })).toHaveValue(new RegExp(`${paPupil.legalSurname}$`));
  // The free-text question is the person's to answer.
  await expect(form.getByRole('textbox', { name: 'What help is needed?', exact: true })).toHaveValue('');
});
