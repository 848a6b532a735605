import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { badgeOf, DAY, GROUP, paPupil } from './support/demo-pupils';

/**
 * Sites added by hand have a kind (issue 13): a site the user adds in settings → Sites as a referral
 * form site gets the prefill panel (and a fill on the user's click), not the register overlay; an MIS
 * keeps the overlay; the kind can be changed back. The form site here is the demo server under
 * "localhost" (the MIS is the same server as 127.0.0.1), at a path that is no demo form.
 */

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

const LA_FORM = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Early help request</title></head>
<body><main><h1>Early help request</h1><form method="post">
<p><label for="a">Child's first name</label><input id="a" name="f1"></p>
<p><label for="b">Child's last name</label><input id="b" name="f2"></p>
<p><label for="d">What help is needed?</label><textarea id="d" name="f4"></textarea></p>
<p><button>Send</button></p></form></main></body></html>`;

test('a form site added by hand gets the prefill panel and a fill after the click; an MIS keeps the register overlay; the kind can be changed', async ({ context, demo, extensionUrl }) => {
  const mis = await context.newPage();
  const register = `${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`;
  await mis.goto(register);
  await expect(badgeOf(mis, paPupil)).toBeVisible({ timeout: 30_000 });

  // Settings → Sites: the address, "a referral form site", Allow.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html#sites-heading'));
  const sites = options.getByRole('region', { name: 'Sites', exact: true });
  await sites.getByLabel('Another site’s address').fill('http://localhost/');
  const kindGroup = sites.getByRole('group', { name: 'This site is' });
  // Nothing says this address is a form site: an MIS is offered first.
  await expect(kindGroup.getByRole('radio', { name: /^your MIS/ })).toBeChecked();
  await kindGroup.getByRole('radio', { name: /^a referral form site/ }).check();
  await sites.getByRole('button', { name: 'Allow this site' }).click();
  await expect(sites.getByRole('status')).toHaveText('localhost: a referral-form site.');
  const kind = sites.getByRole('combobox', { name: 'Kind of localhost' });
  await expect(kind).toHaveValue('form');

  // The form site: no overlay, nothing written, until the user opens the panel and clicks Fill.
  const port = new URL(demo.url).port;
  const url = `http://localhost:${port}/la/early-help`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: LA_FORM }));
  const form = await context.newPage();
  await form.goto(url);
  const first = form.getByRole('textbox', { name: "Child's first name" });
  await expect(first).toHaveValue('');
  expect((await openPanel(context, extensionUrl, url)).opened).toBe(true);
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  const fill = panel.getByRole('button', { name: /^Fill \d+ fields?$/ });
  await expect(fill).toBeEnabled();
  await expect(first).toHaveValue('');
  await fill.click();
  await expect(form.getByRole('textbox', { name: "Child's last name" })).toHaveValue(paPupil.legalSurname);
  await expect(first).not.toHaveValue('');
  await expect(form.getByRole('textbox', { name: 'What help is needed?' })).toHaveValue('');
  await expect(form.locator('attendance-lens-overlay')).toHaveCount(0);

  // The MIS (127.0.0.1) still gets the register overlay.
  await mis.reload();
  await expect(badgeOf(mis, paPupil)).toBeVisible({ timeout: 30_000 });

  // Turned back into an MIS, localhost's registers are read again.
  await options.bringToFront();
  await kind.selectOption('mis');
  await expect(sites.getByRole('status')).toHaveText('localhost: now an MIS.');
  const misOnLocalhost = await context.newPage();
  await misOnLocalhost.goto(register.replace('127.0.0.1', 'localhost'));
  await expect(badgeOf(misOnLocalhost, paPupil)).toBeVisible({ timeout: 30_000 });
});
