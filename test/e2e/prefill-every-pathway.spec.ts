import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { PATHWAYS } from '../../scripts/demo-server/forms/pathways';
import { paPupil } from './support/demo-pupils';

/**
 * Every Kent DFD pathway of the demo, in real Chromium with the built extension: the panel recognises the
 * form, nothing is written before Fill, and Fill puts the stored pupil's legal surname, UPN and date of birth
 * (in the form the field asks for) into the pupil's fields. The return (several pupils' rows) fills row 1.
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

test('each Kent DFD pathway is recognised and filled with the stored pupil after the Fill click', async ({ context, demo, extensionUrl }) => {
  test.setTimeout(240_000);
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(mis.locator('attendance-lens-overlay')).toBeAttached();
  const [y, m, d] = paPupil.dob.split('-');
  const form = await context.newPage();

  for (const pathway of PATHWAYS) {
    await test.step(pathway.title, async () => {
      const url = `${demo.url}forms/kent/${pathway.slug}`;
      await form.goto(url);
      const surname = form.getByRole('textbox', { name: /^Legal surname/ }).first();
      const upn = form.getByRole('textbox', { name: /^Unique Pupil Number|^UPN/ }).first();
      await expect(surname).toHaveValue('');
      expect(await openPanel(context, extensionUrl, url)).toEqual({ opened: true });
      const panel = form.getByRole('dialog', { name: /Prefill/ });
      await panel.getByRole('searchbox', { name: 'Find a pupil by name or UPN' }).fill(paPupil.legalSurname);
      await panel.getByRole('button', { name: new RegExp(`^Choose .*${paPupil.legalSurname}`) }).first().click();
      await expect(panel.getByText(/^Recognised: Kent DFD: /)).toBeVisible();
      const fill = panel.getByRole('button', { name: /^Fill \d+ fields$/ });
      await expect(fill).toBeEnabled();
      // Reviewed, not yet written.
      await expect(surname).toHaveValue('');

      await fill.click();
      await expect(panel.getByRole('status')).toContainText(/Filled \d+ fields/);
      await expect(surname).toHaveValue(paPupil.legalSurname);
      await expect(upn).toHaveValue(paPupil.upn);
      const dob = form.getByRole('group', { name: /^Date of birth/ });
      if (await dob.count()) {
        await expect(dob.getByRole('textbox', { name: 'Day' })).toHaveValue(new RegExp(`^0?${Number(d)}$`));
        await expect(dob.getByRole('textbox', { name: 'Month' })).toHaveValue(new RegExp(`^0?${Number(m)}$`));
        await expect(dob.getByRole('textbox', { name: 'Year' })).toHaveValue(y!);
      } else {
        const box = form.getByLabel(/^Date of birth/).first();
        await expect(box).toHaveValue((await box.getAttribute('type')) === 'date' ? paPupil.dob : `${d}/${m}/${y}`);
      }
      await panel.getByRole('button', { name: 'Close the prefill panel' }).click();
    });
  }
});
