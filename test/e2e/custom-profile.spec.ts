import { test, expect, DEMO_AS_OF } from './fixtures';
import { checkCustomDefinition, type CustomProfileDefinition } from '../../lib/engine/custom-profile';
import { evaluatePupil } from '../../lib/engine/evaluate';
import { bandFor } from '../../lib/engine/profiles';
import type { DemoPupil } from '../../lib/demo/types';
import { badgeOf, calendar, DAY, escape, group, name, GROUP } from './support/demo-pupils';

/**
 * Issue 6, custom LA profile, built extension: the school chooses Custom in settings, builds its own
 * three bands from a copy of Kent's and saves them; on the demo MIS register a pupil's badge and
 * details then give the school's band label and next step (the engine's band for the generator's
 * marks under those bands).
 */
const NEXT_STEP = 'Phone home and book a meeting with the head of year.';
const OURS: CustomProfileDefinition = {
  name: 'Our school',
  bands: [
    { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Keep first-day follow-up going.' },
    { label: 'Concern', from: { pct: 85, inclusive: false }, tone: 'warn', nextStep: NEXT_STEP },
    { label: 'Serious concern', from: null, tone: 'severe', nextStep: 'Refer to the LA attendance officer.' },
  ],
};
const checked = checkCustomDefinition(OURS);
if (!checked.ok) throw new Error('the test profile must be valid');
const profile = checked.profile;

const bandOf = (p: DemoPupil) => {
  const e = evaluatePupil({ marks: p.marks, pupil: { dateOfBirth: p.dob, admissionDate: p.admissionDate } }, calendar, profile, DEMO_AS_OF);
  return bandFor(profile, e.counts.present + e.counts.aea, e.possibleSessions)?.label ?? null;
};
// A pupil of the group, on roll all year, in the school's middle band ("Concern": above 85%, below 95%).
const pupil = group.find((p) => bandOf(p) === 'Concern')!;

test('a custom profile built in settings gives the register its band label and next step', async ({ context, demo, extensionUrl }) => {
  expect(pupil, 'the demo group has a pupil in the middle band').toBeTruthy();

  // Read the pupil's whole year, then open the register: Kent's bands.
  const history = await context.newPage();
  await history.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${pupil.arborId}`);
  await expect(history.locator('attendance-lens-overlay')).toBeAttached();
  await history.close();

  const page = await context.newPage();
  await page.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  const badge = badgeOf(page, pupil);
  await expect(badge).toBeVisible();
  await expect(badge).not.toHaveAccessibleName(/ Band: Concern\./);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const laProfile = options.getByRole('combobox', { name: /^Local authority profile/ });
  await laProfile.selectOption('custom');
  // Until bands are saved, the settings say the national ones are used (beside the choice, and announced).
  await expect(laProfile).toHaveAccessibleDescription(/^No custom bands are saved yet, so registers use the national bands/);

  // Start from the copy of Kent (4 bands): drop the lowest, then make three bands of our own.
  const editor = options.getByRole('form', { name: 'Custom profile: your own bands' });
  await editor.getByRole('button', { name: 'Remove band 4' }).click();
  // Its button is gone: the keyboard is on the list of bands, not lost to the page.
  await expect(editor.getByRole('list', { name: 'Bands' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Profile name' }).fill(OURS.name);
  const band = (n: number) => editor.getByRole('group', { name: new RegExp(`^Band ${n}`) });
  for (const [i, b] of OURS.bands.entries()) {
    const g = band(i + 1);
    await g.getByRole('textbox', { name: 'Label' }).fill(b.label);
    if (b.from) {
      await g.getByRole('textbox', { name: 'Lower edge (%)' }).fill(String(b.from.pct));
      await g.getByRole('combobox', { name: 'The edge itself is' }).selectOption(b.from.inclusive ? 'in' : 'out');
    }
    await g.getByRole('combobox', { name: 'Colour' }).selectOption(b.tone);
    await g.getByRole('textbox', { name: 'Next step' }).fill(b.nextStep);
  }
  const preview = editor.getByRole('list', { name: 'Preview' });
  await expect(preview.getByRole('listitem')).toHaveText([
    `95% or more: On track. Next step: ${OURS.bands[0]!.nextStep}`,
    `above 85% to below 95%: Concern. Next step: ${NEXT_STEP}`,
    `85% or below: Serious concern. Next step: ${OURS.bands[2]!.nextStep}`,
  ]);
  await editor.getByRole('button', { name: 'Save custom profile' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved “Our school” with 3 bands. Registers use them now, pages already open included.');
  await expect(laProfile).toHaveAccessibleDescription('');

  // The register open since before the save redoes its badges with the school's bands at once.
  await expect(badge).toHaveAccessibleName(/ Band: Concern\./);

  await badge.click();
  const panel = page.getByRole('dialog', { name: new RegExp(escape(name(pupil))) });
  await expect(panel.getByRole('heading', { name: 'Concern: suggested next step' })).toBeVisible();
  await expect(panel).toContainText(NEXT_STEP);
  await expect(panel).toContainText('Our school band “Concern” (above 85%)');
});
