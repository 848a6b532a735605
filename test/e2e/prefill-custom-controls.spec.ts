import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { evaluate, paPupil } from './support/demo-pupils';

/**
 * Custom (ARIA) controls in real Chromium: a form drawn as component libraries draw it (a
 * contenteditable text box, an ARIA 1.2 select-only combobox, a role=radiogroup),
 * with its state in script and the DOM re-rendered from it. The panel fills it by clicks and typing,
 * the page's own state holds the values through submit, and Undo puts them back. Served under the
 * demo's /forms/ path, a form page.
 */

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

const years = [7, 8, 9, 10, 11];
const groups = [...new Set([paPupil.regGroup, '7AB', '8CD'])];
const FORM = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Early help request</title>
<style>[role=listbox][hidden]{display:none} [role=textbox]{border:1px solid #333;min-height:1.5em;padding:2px}</style></head>
<body><main><h1>Early help request</h1><form id=f>
<p><span id=snl>Child's legal surname</span><div id=sn role=textbox contenteditable=true aria-labelledby=snl></div></p>
<p><span id=psl>Possible sessions</span><div id=ps role=textbox contenteditable=true aria-labelledby=psl></div></p>
<p><span id=gl>Tutor group</span>
<button type=button id=group role=combobox aria-labelledby=gl aria-controls=group-list aria-expanded=false aria-haspopup=listbox>Choose a group</button>
<ul id=group-list role=listbox aria-labelledby=gl hidden>${groups.map((g) => `<li role=option aria-selected=false>${g}</li>`).join('')}</ul></p>
<p><span id=yl>Year group</span><span role=radiogroup aria-labelledby=yl>
${years.map((y) => `<span role=radio data-year="Year ${y}" aria-checked=false tabindex=0>Year ${y}</span>`).join(' ')}</span></p>
<p><button type=submit>Send</button></p></form><pre id=received></pre></main>
<script>
const state = { surname: '', possible: '', group: '', year: '' };
const $ = (id) => document.getElementById(id);
function render() {
  $('group').textContent = state.group || 'Choose a group';
  for (const o of document.querySelectorAll('[role=option]')) o.setAttribute('aria-selected', String(o.textContent === state.group));
  for (const r of document.querySelectorAll('[role=radio]')) r.setAttribute('aria-checked', String(r.dataset.year === state.year));
}
$('group').addEventListener('click', () => { const open = $('group').getAttribute('aria-expanded') !== 'true'; $('group').setAttribute('aria-expanded', String(open)); $('group-list').hidden = !open; });
$('group-list').addEventListener('click', (e) => { const o = e.target.closest('[role=option]'); if (!o) return; state.group = o.textContent; $('group').setAttribute('aria-expanded', 'false'); $('group-list').hidden = true; render(); });
for (const r of document.querySelectorAll('[role=radio]')) r.addEventListener('click', () => { state.year = r.dataset.year; render(); });
$('sn').addEventListener('input', () => { state.surname = $('sn').textContent; });
$('ps').addEventListener('input', () => { state.possible = $('ps').textContent; });
$('f').addEventListener('submit', (e) => { e.preventDefault(); $('received').textContent = JSON.stringify(state); });
render();
</script></body></html>`;

test('custom controls (contenteditable, ARIA combobox, radiogroup) are filled by the panel, hold through submit, and Undo restores', async ({ context, demo, extensionUrl }) => {
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(mis.locator('attendance-lens-overlay')).toBeAttached();

  const url = `${demo.url}forms/test/custom-controls`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: FORM }));
  const form = await context.newPage();
  await form.goto(url);
  expect(await form.evaluate(() => document.getElementById('sn')!.textContent)).toBe('');

  expect(await openPanel(context, extensionUrl, url)).toEqual({ opened: true });
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  const fill = panel.getByRole('button', { name: /^Fill \d+ fields?$/ });
  await expect(fill).toBeEnabled();
  // Reviewed, not yet written.
  expect(await form.evaluate(() => document.getElementById('group')!.textContent)).toBe('Choose a group');
  if (process.env.DBG) console.log(await panel.innerText());
  await fill.click();
  await expect(panel.getByRole('status')).toContainText(/Filled \d+ fields?/);

  const e = evaluate(paPupil);
  // The page's own form, not the panel (whose mapping lists are named after the fields).
  const page = form.locator('#f');
  const sn = page.getByRole('textbox', { name: "Child's legal surname" });
  await expect(sn).toHaveText(paPupil.legalSurname);
  await expect(page.getByRole('textbox', { name: 'Possible sessions' })).toHaveText(String(e.possibleSessions));
  await expect(page.getByRole('combobox', { name: 'Tutor group' })).toHaveText(paPupil.regGroup);
  await expect(page.getByRole('radio', { name: `Year ${paPupil.ncYear}` })).toHaveAttribute('aria-checked', 'true');
  // The page's own state holds the values: submit echoes them.
  await form.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit());
  const received = JSON.parse((await form.locator('#received').textContent())!);
  expect(received).toEqual({ surname: paPupil.legalSurname, possible: String(e.possibleSessions), group: paPupil.regGroup, year: `Year ${paPupil.ncYear}` });

  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(sn).toHaveText('');
  await expect(page.getByRole('textbox', { name: 'Possible sessions' })).toHaveText('');
  // A list with no empty choice, a radio group with none ticked before: a person cannot empty them, so they stay.
  await expect(page.getByRole('combobox', { name: 'Tutor group' })).toHaveText(paPupil.regGroup);
});

// Element UI's and Cognito's drop-down: a read-only text box (nobody types into it) that opens a list of options.
const READONLY_COMBO = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Part-time timetable notification</title>
<style>[role=listbox][hidden]{display:none}</style></head>
<body><main><h1>Part-time timetable notification</h1><form id=f>
<h2>About the pupil</h2>
<div id=yl>Year group</div>
<div class=el-select><input id=year role=combobox readonly aria-labelledby=yl aria-controls=year-list aria-expanded=false aria-haspopup=listbox placeholder="Select…">
<ul id=year-list role=listbox hidden>${years.map((y) => `<li role=option aria-selected=false>Year ${y}</li>`).join('')}</ul></div>
<p><button type=submit>Send</button></p></form><pre id=received></pre></main>
<script>
const state = { year: '' };
const $ = (id) => document.getElementById(id);
$('year').addEventListener('click', () => { const open = $('year').getAttribute('aria-expanded') !== 'true'; $('year').setAttribute('aria-expanded', String(open)); $('year-list').hidden = !open; });
$('year-list').addEventListener('click', (e) => { const o = e.target.closest('[role=option]'); if (!o) return; state.year = o.textContent; $('year').value = state.year;
  for (const x of document.querySelectorAll('[role=option]')) x.setAttribute('aria-selected', String(x === o));
  $('year').setAttribute('aria-expanded', 'false'); $('year-list').hidden = true; });
$('f').addEventListener('submit', (e) => { e.preventDefault(); $('received').textContent = JSON.stringify(state); });
</script></body></html>`;

test('a read-only box that opens a list of options is filled by choosing the option, and the page holds it through submit', async ({ context, demo, extensionUrl }) => {
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(mis.locator('attendance-lens-overlay')).toBeAttached();

  const url = `${demo.url}forms/test/readonly-combobox`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: READONLY_COMBO }));
  const form = await context.newPage();
  await form.goto(url);

  expect(await openPanel(context, extensionUrl, url)).toEqual({ opened: true });
  const panel = form.getByRole('dialog', { name: /Prefill/ });
  await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
  await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
  const fill = panel.getByRole('button', { name: /^Fill 1 field$/ });
  await expect(fill).toBeEnabled();
  await fill.click();
  await expect(panel.getByRole('status')).toContainText(/Filled 1 field/);

  await expect(form.locator('#f').getByRole('combobox', { name: 'Year group' })).toHaveValue(`Year ${paPupil.ncYear}`);
  await form.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit());
  expect(JSON.parse((await form.locator('#received').textContent())!)).toEqual({ year: `Year ${paPupil.ncYear}` });
});
