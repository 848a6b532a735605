/**
 * The page scripts, in a real browser: the controlled form framework (a bare `.value =` is reverted
 * and not submitted), Arbor-style SPA navigation and unsaved/saved state. Needs Chromium
 * (CHROME_PATH or /usr/bin/chromium); skipped, with a note, where there is none.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
if (!executablePath) console.warn('demo-pages.in-chromium: no Chromium (set CHROME_PATH or install /usr/bin/chromium); skipped');

describe.skipIf(!executablePath)('demo pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, seed: 1, asOf: '2026-11-23' });
    browser = await chromium.launch({ executablePath, headless: true });
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('controlled form: a bare .value is reverted and not submitted; native setter + input event is kept', async () => {
    await page.goto(`${server.url}forms/kent/request-penalty-notice`);
    const name = page.getByLabel('Your full name');
    await name.evaluate((el: HTMLInputElement) => {
      el.value = 'Bare Set';
    });
    await page.getByLabel('Your role or position in school').fill('Attendance officer');
    expect(await name.inputValue()).toBe('');
    const surname = page.getByLabel('Legal surname');
    await surname.evaluate((el: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, 'Example');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByLabel('Legal first name').fill('Amelia');
    await page.getByLabel('Name of school').fill('Hawkridge Academy (demo)');
    await page.getByLabel('Unauthorised leave of absence for a holiday').check();
    await page.getByLabel('I confirm the headteacher has authorised this request.').check();
    await name.fill('Tom Verrall');
    // Set silently just before submitting: the submit render must put the state back.
    await name.evaluate((el: HTMLInputElement) => {
      el.value = 'Sneaky';
    });
    await name.evaluate((el: HTMLInputElement) => el.form!.requestSubmit());
    await page.waitForSelector('#received-fields');
    const text = await page.locator('#received-fields').innerText();
    expect(text).toContain('Example');
    expect(text).toContain('Amelia');
    expect(text).toContain('Tom Verrall');
    expect(text).not.toContain('Sneaky');
    expect(text).not.toContain('Bare Set');
  }, 30_000);

  it('controlled form refuses to submit with required fields empty', async () => {
    await page.goto(`${server.url}forms/kent/request-penalty-notice`);
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('.govuk-error-summary li').count()).toBeGreaterThan(2);
    expect(page.url()).toContain('/forms/kent/request-penalty-notice');
  }, 30_000);

  it('Arbor style: SPA navigation without a page load; edits are unsaved until Save, then persist', async () => {
    await page.goto(`${server.url}arbor/home-ui/index`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('.mis-sidebar').getByText('Take Register').click();
    await page.waitForSelector('[data-behaviour=register]');
    expect(page.url()).toContain('/arbor/attendance-ui/register/group/');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.locator('[data-behaviour=register] select').first().selectOption('I');
    expect(await page.locator('[role=row][data-unsaved=true]').count()).toBe(1);
    await page.locator('[data-action=save]').click();
    await page.waitForSelector('.mis-banner--saved:not([hidden])');
    expect(await page.locator('[role=row][data-unsaved=true]').count()).toBe(0);
    await page.reload();
    expect(await page.locator('[data-behaviour=register] select').first().inputValue()).toBe('I');
  }, 30_000);

  it('Arbor style: the virtual grid keeps ~30 rows and recycles them on scroll', async () => {
    await page.goto(`${server.url}arbor/attendance-ui/marks-grid/group/all/week/2026-11-16?virtual=1`);
    await page.waitForFunction(() => (document.querySelector('.mis-vgrid__spacer') as HTMLElement).style.height !== '');
    await page.locator('.mis-vgrid').evaluate((el) => (el.scrollTop = 5000));
    await expect
      .poll(() => page.$$eval('.mis-vgrid [role=row]:not([hidden])', (rs) => Math.max(...rs.map((r) => Number(r.getAttribute('aria-rowindex'))))))
      .toBeGreaterThan(100);
    expect(await page.locator('.mis-vgrid [role=row]').count()).toBe(30);
  }, 30_000);

  it('student lists of both styles show their own school: each pupil with its UPN and date of birth, no cell text overlapping the next', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const lists = [
      { path: 'arbor/students-ui/student-list/group/7RB', school: server.schools.arbor, cells: '[role=row]:not(.mis-grid-header)', cell: '[role=gridcell]', upn: 1, dob: 2 },
      { path: 'bromcom/Nucleus/UI/Areas/People/StudentList.aspx?TutorGroup=2OS', school: server.schools.bromcom, cells: '#ctl00_cph_rgStudents tbody tr', cell: 'td', upn: 2, dob: 3 },
    ];
    const upnsSeen: string[][] = [];
    for (const l of lists) {
      await page.goto(server.url + l.path);
      const rows = await page.$$eval(
        l.cells,
        (rs, sel) =>
          rs.map((r) =>
            [...r.querySelectorAll(sel)].map((c) => {
              // The text's own extent (a Range), against the cell's box: text wider than its cell runs into the next.
              const range = document.createRange();
              range.selectNodeContents(c);
              const t = range.getBoundingClientRect();
              const b = c.getBoundingClientRect();
              return { text: (c.textContent ?? '').trim(), overflows: t.width > 0 && (t.right > b.right + 0.5 || t.left < b.left - 0.5) };
            }),
          ),
        l.cell,
      );
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.flat().filter((c) => c.overflows).map((c) => c.text), l.path).toEqual([]);
      const byUpn = new Map(l.school.pupils.map((p) => [p.upn, p.dob]));
      // Each MIS writes dates its own way ("11 Sep 2014", "11/09/2014"): the pupil's own date of birth either way.
      for (const r of rows) {
        const upn = r[l.upn]!.text;
        const dob = r[l.dob]!.text;
        const iso = dob.includes('/') ? dob.split('/').reverse().join('-') : new Date(`${dob} UTC`).toISOString().slice(0, 10);
        expect(iso, `${l.path} ${upn}`).toBe(byUpn.get(upn));
      }
      upnsSeen.push(rows.map((r) => r[l.upn]!.text));
    }
    // Two schools: no pupil of one list is in the other.
    expect(upnsSeen[0]!.filter((u) => upnsSeen[1]!.includes(u))).toEqual([]);
  }, 30_000);
});
