import { test, expect } from './fixtures';
import { DAY, GROUP, escape, evaluate, namePattern, paPupil } from './support/demo-pupils';

/**
 * Issue 16, "a figure earns its status word", on a fresh profile: after one register is read, no badge,
 * summary or panel uses PA, SA, a band word, a band colour or a next step; once the pupil's history page has
 * been read, their badge says PA with the engine's figure.
 */
test('a first register read shows fractions and history only; the history page earns the status word', async ({ context, demo }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  const overlay = page.locator('attendance-lens-overlay');
  const badges = overlay.locator('.al-badge');
  await expect(badges.first()).toBeVisible({ timeout: 15_000 });
  const names = await badges.evaluateAll((bs) => bs.map((b) => `${b.getAttribute('aria-label')} | ${b.textContent} | ${b.className}`));
  expect(names.length).toBeGreaterThan(10);
  for (const n of names) {
    expect(n).not.toMatch(/\b(PA|SA|Risk)\b|persistent|severe|at risk|Band:|t-(warn|severe|info|good)\b/);
    expect(n).toMatch(/t-neutral/);
  }
  // A panel: no next step, no recovery sentence with a status word.
  await badges.first().click();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText(/suggested next step|persistent absence|severe absence/i);
  await expect(panel).toContainText('Too little history for a status');

  // The pupil's year, then the register again: the engine's figure and word.
  const e = evaluate(paPupil);
  const pct = e.rates.attendance!.pct.toFixed(1);
  await page.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(overlay).toBeAttached();
  await page.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  const badge = page.getByRole('button', { name: new RegExp(`^PA ${escape(pct)}%[^:]*: ${namePattern(paPupil)}, persistent absence`) });
  await expect(badge).toBeVisible({ timeout: 15_000 });
  await expect(badge).toHaveClass(/t-(warn|severe)/);
});
