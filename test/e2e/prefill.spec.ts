import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DAY, evaluate, GROUP, paPupil } from './support/demo-pupils';
import { readTable } from './support/store';

/**
 * Prefill in real Chromium with the built extension: a pupil stored from the demo MIS, a demo DFD
 * pathway filled from the panel. Nothing is written before the Fill click; Undo restores; the
 * script-controlled form keeps the values through submit (the demo echoes what it received); the
 * fill is audited and in the chronology; a site that is not granted gets nothing.
 */

async function seed(page: Page, demoUrl: string) {
  await page.goto(`${demoUrl}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
}

/** What the toolbar button does, for the tab showing `url`. */
async function openPanel(context: BrowserContext, extensionUrl: (p: string) => string, url: string) {
  const ext = await context.newPage();
  await ext.goto(extensionUrl('popup.html'));
  const answer = await ext.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    // A tab on a site the extension may not read shows it no address: then it is the one with none.
    const tabs: { id: number; url?: string }[] = await c.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(u)) ?? tabs.filter((t) => !t.url).at(-1);
    return c.runtime.sendMessage({ type: 'prefill-open', payload: { tabId: tab!.id } });
  }, url.replace(/\?.*$/, ''));
  await ext.close();
  return answer as { opened: boolean; why?: string };
}

test('a penalty-notice request filled for a stored pupil: review, Fill, Undo, submit with the values, audit and chronology', async ({ context, demo, extensionUrl }) => {
  const mis = await context.newPage();
  await seed(mis, demo.url);
  const e = evaluate(paPupil);

  const form = await context.newPage();
  const url = `${demo.url}forms/kent/request-penalty-notice`;
  await form.goto(url);
  const first = form.getByLabel('Legal first name');
  const possible = form.getByRole('spinbutton', { name: 'Possible sessions', exact: true });
  await expect(first).toHaveValue('');
  await expect(form.getByRole('dialog')).toHaveCount(0);

  expect(await openPanel(context, extensionUrl, url)).toEqual({ opened: true });
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await expect(panel).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  const fill = panel.getByRole('button', { name: /^Fill \d+ fields$/ });
  await expect(fill).toBeEnabled();
  await expect(panel.getByText('Recognised: Kent DFD: penalty notice request')).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Penalty notice checks/ })).toBeVisible();
  // Reviewed, not yet written.
  await expect(first).toHaveValue('');
  await expect(possible).toHaveValue('');

  await fill.click();
  await expect(panel.getByRole('status')).toContainText(/Filled \d+ fields/);
  // Pages give the name as shown (offered with a source saying to check it is the legal name).
  const shownFirst = new RegExp(`^(${paPupil.legalForename}|${paPupil.preferredForename})$`);
  await expect(first).toHaveValue(shownFirst);
  await expect(form.getByLabel('Legal surname')).toHaveValue(paPupil.legalSurname);
  await expect(possible).toHaveValue(String(e.possibleSessions));
  await expect(form.getByRole('spinbutton', { name: 'Unauthorised absence sessions', exact: true })).toHaveValue(String(e.counts.unauthorised));

  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(first).toHaveValue('');
  await expect(possible).toHaveValue('');

  // Again, then the person completes what is theirs and submits: the page's own state holds our values.
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(first).toHaveValue(shownFirst);
  await panel.getByRole('button', { name: 'Close the prefill panel' }).click();
  await form.getByLabel('Your full name').fill('Sam Teacher');
  await form.getByLabel('Name of school').fill('Demo School');
  await form.getByLabel('Unauthorised leave of absence for a holiday').check();
  for (const box of await form.getByRole('checkbox', { name: /^I confirm/ }).all()) await box.check();
  await form.getByRole('button', { name: 'Submit' }).click();
  const received = form.locator('#received-fields');
  await expect(received).toContainText(paPupil.legalSurname);
  await expect(received.locator('dt', { hasText: /^Possible sessions/ }).locator('xpath=following-sibling::dd[1]')).toContainText(String(e.possibleSessions));

  const ext = await context.newPage();
  await ext.goto(extensionUrl('dashboard.html'));
  const audit = await readTable<{ pupilId: string; formProfile: string; fieldsFilled: string[] }>(ext, 'prefillAudit');
  expect(audit).toHaveLength(2);
  expect(audit[0]!.formProfile).toBe('kent-dfd-penalty-notice');
  expect(audit[0]!.fieldsFilled).toEqual(expect.arrayContaining(['pupil.legal_forename', 'att.sessions_possible']));
  const notes = await readTable<{ kind: string; note?: string; pupilId: string }>(ext, 'actions');
  expect(notes.filter((n) => n.kind === 'note' && /Attendance Lens filled \d+ fields of “Request a penalty notice”/.test(n.note ?? ''))).toHaveLength(2);
});

test('a multi-pupil return fills one row per chosen pupil, adding rows with the form’s own button', async ({ context, demo, extensionUrl }) => {
  const mis = await context.newPage();
  // The group's register stores its pupils.
  await mis.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await expect(mis.locator('attendance-lens-overlay')).toBeAttached();
  const form = await context.newPage();
  const url = `${demo.url}forms/kent/notify-attendance-or-sickness-return`;
  await form.goto(url);
  expect((await openPanel(context, extensionUrl, url)).opened).toBe(true);
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  const search = panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' });
  const choices = panel.getByRole('list', { name: 'Pupils found' }).getByRole('button');
  await expect(choices.first()).toBeVisible();
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const b = choices.nth(i);
    names.push((await b.getAttribute('aria-label'))!.replace(/^Choose /, '').replace(/,.*$| \(last opened\)$/, ''));
    await b.click();
    // The form's plan (one row or several) is known once the first pupil is chosen.
    await expect(panel.getByRole('button', { name: /^Fill \d+ fields$/ })).toBeVisible();
  }
  await search.fill('');
  await expect(panel.getByRole('heading', { name: '3 pupils' })).toBeVisible();
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(panel.getByRole('status')).toContainText(/Filled \d+ fields/);
  const rows = form.locator('#pupil-rows tbody tr');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const surname = names[i]!.split(' ').at(-1)!;
    await expect(rows.nth(i).getByRole('textbox', { name: /Legal surname/ })).toHaveValue(new RegExp(surname, 'i'));
  }
});

test('a form on a site that is not granted gets nothing', async ({ context, demo, extensionUrl }) => {
  const html = await (await fetch(`${demo.url}forms/kent/request-penalty-notice`)).text();
  await context.route('https://forms.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const form = await context.newPage();
  await form.goto('https://forms.example.org/pn');
  const answer = await openPanel(context, extensionUrl, 'https://forms.example.org/pn');
  expect(answer.opened).toBe(false);
  expect(answer.why).toMatch(/not allowed/);
  await expect(form.getByRole('dialog')).toHaveCount(0);
  await expect(form.locator('#attendance-lens-prefill')).toHaveCount(0);
});
