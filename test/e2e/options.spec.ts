import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { badgeOf, DAY, GROUP, paPupil } from './support/demo-pupils';

/**
 * The settings page as a newcomer meets it: groups in the order they need them, an intro, in-page
 * navigation to every section, each section still a region named as before; the referral form
 * addresses a user saves are what "Start a referral" offers; the side panel shows the pupil opened.
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GROUPS = ['Your school and local authority', 'Calendar', 'Your data', 'Register overlay', 'Referral forms', 'Sites', 'Advanced'];
const SECTIONS = ['School and referrer details', 'School calendar', 'Your data', 'Lock', 'Audit: what was done with the data', 'Flags on the register', 'Referral form addresses', 'Sites', 'Page readers'];

test('settings: groups in a newcomer’s order, an intro, in-page navigation, every section a named region; axe clean', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await expect(page.getByText(/^New here\? Work down the page/)).toBeVisible();
  const groups = page.getByRole('group').filter({ has: page.getByRole('region') });
  await expect(groups).toHaveCount(GROUPS.length);
  for (let i = 0; i < GROUPS.length; i++) await expect(groups.nth(i)).toHaveAccessibleName(GROUPS[i]!);
  for (const s of SECTIONS) await expect(page.getByRole('region', { name: s, exact: true })).toBeVisible();
  // Regions in the page in that order.
  const order = await page.locator('section[aria-labelledby] > h2').allInnerTexts();
  expect(order).toEqual(SECTIONS);
  // The in-page navigation reaches each section.
  const toc = page.getByRole('navigation', { name: 'Settings on this page' });
  for (const s of SECTIONS) await expect(toc.getByRole('link', { name: s, exact: true })).toBeVisible();
  await toc.getByRole('link', { name: 'Page readers' }).click();
  await expect(page).toHaveURL(/#readers-heading$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Page readers' })).toBeInViewport();
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

test('referral form addresses: a bad address is refused, a saved one is offered by Start a referral on the dashboard', async ({ context, extensionUrl, demo }) => {
  // A pupil in the store (the register stores the group).
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await expect(badgeOf(mis, paPupil)).toBeVisible({ timeout: 30_000 });
  await mis.close();

  const page = await context.newPage();
  await page.goto(extensionUrl('options.html#referrals-heading'));
  const section = page.getByRole('region', { name: 'Referral form addresses' });
  const cme = section.getByRole('textbox', { name: 'Notify of a potential child missing education' }).or(section.getByLabel(/child missing education/i));
  await cme.first().fill('not an address');
  await section.getByRole('button', { name: 'Save form addresses' }).click();
  await expect(section.getByText('Enter the full address of the form, starting https://')).toBeVisible();
  await cme.first().fill(`${demo.url}forms/kent/notify-child-missing-education`);
  await section.getByRole('button', { name: 'Save form addresses' }).click();
  await expect(section.getByRole('status')).toHaveText('Form addresses saved.');
  await section.getByLabel('Form name').fill('Early help request');
  await section.getByLabel('Address').fill('https://forms.example.org/early-help');
  await section.getByRole('button', { name: 'Add form' }).click();
  await expect(section.getByRole('list', { name: 'Other forms' })).toContainText('Early help request');
  // That site is not allowed yet: the section says so, with a button.
  await expect(section.getByRole('button', { name: 'Allow forms.example.org' })).toBeVisible();

  // The dashboard's chooser offers them (no demo MIS panel opened in this session: only saved addresses).
  const id = await page.evaluate(async () => {
    const req = indexedDB.open('attendance-lens');
    const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
    const all: { id: string; legalSurname?: string; displayName?: string }[] = await new Promise((r) => {
      const q = db.transaction('pupils').objectStore('pupils').getAll();
      q.onsuccess = () => r(q.result);
    });
    return all.map((p) => p.id);
  });
  await page.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent(id[0]!)}/referral`));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Start a referral for / })).toBeVisible();
  const pathways = page.getByRole('region', { name: 'Kent Digital Front Door pathways' });
  await expect(pathways.getByRole('button', { name: /^Open Kent DFD: potential child missing education/i })).toBeVisible();
  await expect(pathways.getByRole('button')).toHaveCount(1);
  await expect(pathways).toContainText('no address yet');
  const others = page.getByRole('region', { name: 'Your other forms' });
  await others.getByRole('button', { name: /^Open Early help request/ }).click();
  await expect(page.getByRole('alert')).toContainText('not allowed on forms.example.org');
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the side panel shows the pupil last opened on the register, and follows the next one', async ({ context, extensionUrl, demo }) => {
  const side = await context.newPage();
  await side.goto(extensionUrl('sidepanel.html'));
  await expect(side.getByRole('heading', { level: 1, name: 'Pupil in focus' })).toBeVisible();
  await expect(side.getByText(/Open a pupil’s flag on the register/)).toBeVisible();
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await badgeOf(mis, paPupil).click();
  await expect(side.getByRole('heading', { level: 1, name: new RegExp(paPupil.legalSurname) })).toBeVisible();
  await expect(side.getByRole('region', { name: 'Attendance this year' })).toContainText('How complete the history is');
  await expect(side.getByRole('link', { name: 'Start a referral' })).toHaveAttribute('href', /dashboard\.html#\/pupil\/.+\/referral$/);
  const axe = await new AxeBuilder({ page: side }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the overview guide’s first step is done once the school details are saved in settings', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('dashboard.html#/overview'));
  const guide = page.getByRole('region', { name: 'Getting started' });
  await expect(guide).toContainText('School details and local-authority profile: To do', { timeout: 30_000 });
  await expect(guide.getByRole('link', { name: 'Set the school details' })).toHaveAttribute('href', 'options.html#school-heading');
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html#school-heading'));
  const school = options.getByRole('region', { name: 'School and referrer details' });
  await school.getByLabel('School name').fill('Oakfield Primary');
  await school.getByRole('button', { name: /^Save/ }).click();
  await expect(guide).toContainText('School details and local-authority profile: Done. Set: Oakfield Primary; bands and next steps from the Kent profile.', { timeout: 30_000 });
});
