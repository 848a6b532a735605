import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { arbor } from '../../lib/readers/mis/arbor';
import { bromcom } from '../../lib/readers/mis/bromcom';
import type { DemoPupil } from '../../lib/demo/types';
import { arborSite, badgeOf, bromcomSite, escape, evaluate, name, namePattern } from './support/demo-pupils';

/**
 * Issue 6 on the demo MIS, built extension, real IndexedDB: once a pupil's year has been read (their
 * attendance page), their badge on the register shows exactly the engine's figures for the
 * generator's marks, found by role and accessible name; an on-screen change updates it; its panel
 * gives the engine's reasons; the host table is untouched; switching the site off removes it all.
 */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

const styles = [
  {
    style: 'Arbor',
    reader: arbor,
    paPupil: arborSite.paPupil,
    pupilPage: (p: DemoPupil) => `arbor/students-ui/student-attendance/student-id/${p.arborId}`,
    register: `arbor/attendance-ui/register/group/${arborSite.GROUP}/date/${arborSite.DAY}/session/AM`,
    headers: '[role="columnheader"]',
    markControl: (page: Page, p: DemoPupil) => page.getByRole('combobox', { name: `Attendance mark for ${name(p)}` }),
    attendedValues: ['PRESENT', 'LATE'],
    present: 'PRESENT',
  },
  {
    // The Bromcom-style pages show the demo's other school (the primary).
    style: 'Bromcom',
    reader: bromcom,
    paPupil: bromcomSite.paPupil,
    pupilPage: (p: DemoPupil) => `bromcom/Nucleus/UI/Areas/Students/StudentDetails.aspx?StudentIDs=${p.bromcomId}`,
    register: `bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=${bromcomSite.GROUP}&Date=${ddmmyyyy(bromcomSite.DAY)}&Session=AM`,
    headers: 'th',
    markControl: (page: Page, p: DemoPupil) => page.locator(`tr[data-studentid="${p.bromcomId}"] select`),
    attendedValues: ['/', 'L'],
    present: '/',
  },
];

for (const s of styles) {
  test(`${s.style}-style register: badges equal the engine's figures, follow edits, explain themselves, and go when switched off`, async ({ context, demo, extensionUrl }) => {
    const { paPupil } = s;
    expect(paPupil, 'the demo school has a persistent absentee in the group').toBeTruthy();
    const e = evaluate(paPupil);
    const pct = e.rates.attendance!.pct.toFixed(1);

    // Read the pupil's whole year first, so the register's badge stands on complete history.
    const history = await context.newPage();
    await history.goto(demo.url + s.pupilPage(paPupil));
    await expect(history.locator('attendance-lens-overlay')).toBeAttached();
    await history.close();

    const page = await context.newPage();
    await page.goto(demo.url + s.register);
    const badge = badgeOf(page, paPupil);
    await expect(badge).toHaveAccessibleName(new RegExp(`^PA ${escape(pct)}%[^:]*: ${namePattern(paPupil)}, persistent absence: ${escape(pct)}% attendance`));
    await expect(badge).toContainText(`PA ${pct}%`);

    // The host table's columns are as wide as they were (measured again once the overlay is gone).
    const widths = () => page.locator(s.headers).evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().width));
    const withOverlay = await widths();

    // The rest of the group has one register of history: the hint names this MIS's pages that fill it fastest
    // (in the dock, which may have shrunk to its pill for want of room: opened as a user would).
    await page.waitForTimeout(400);
    const show = page.getByRole('button', { name: /show the Attendance Lens summary/ });
    if (await show.count()) await show.click();
    await expect(page.getByRole('region', { name: 'Attendance Lens: history is incomplete' })).toContainText(`In this MIS: ${s.reader.historyPages}.`);

    // Details: the engine's own reason for PA, in a named dialog.
    await badge.click();
    const panel = page.getByRole('dialog', { name: new RegExp(namePattern(paPupil)) });
    const reason = e.reasons.find((r) => r.id === 'PERSISTENT_ABSENCE')!;
    await expect(panel).toContainText(reason.text.slice(0, 40));
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);

    // An on-screen change (not saved) moves the badge at once and says it includes unsaved marks.
    const control = s.markControl(page, paPupil);
    const before = await control.inputValue();
    const attended = e.counts.present + e.counts.aea;
    const wasAttended = s.attendedValues.includes(before);
    await control.selectOption({ value: wasAttended ? 'O' : s.present });
    const after = ((attended + (wasAttended ? -1 : 1)) / e.possibleSessions) * 100;
    const shown = (Math.round(after * 10 + 1e-9) / 10).toFixed(1);
    await expect(badge).toHaveAccessibleName(new RegExp(`${escape(shown)}% attendance.*Includes marks not yet saved in the MIS\\.$`));

    // Switched off for this site: everything the extension drew is removed.
    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    const origin = new URL(demo.url).origin;
    await options.evaluate(async (o) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const prefs = ((await c.storage.local.get('overlayPrefs')).overlayPrefs ?? {}) as { sites?: Record<string, boolean> };
      await c.storage.local.set({ overlayPrefs: { ...prefs, sites: { ...(prefs.sites ?? {}), [o]: false } } });
    }, origin);
    await expect(page.locator('attendance-lens-overlay')).toHaveCount(0);
    await expect(badgeOf(page, paPupil)).toHaveCount(0);
    expect(await widths()).toEqual(withOverlay);
  });
}
