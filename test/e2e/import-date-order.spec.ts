import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ROOT } from './support/build';
import { readTable } from './support/store';

/**
 * Issue 15: a CSV whose dates read either way is asked about, not guessed. The options page's import preview
 * asks day first or month first with a date of the file read both ways, previews again with the answer, and
 * the Import button waits until then. The import is then in the audit log (no names).
 */
const FILE = join(ROOT, 'test', 'fixtures', 'imports', 'sessions-month-first.csv');

test('ambiguous dates: asked with examples, re-previewed, imported only once answered, and audited', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const data = page.getByRole('region', { name: 'Your data' });
  await expect(data.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
  await data.getByLabel('Import file').setInputFiles(FILE);

  const preview = data.getByRole('region', { name: 'Import preview' });
  const question = preview.getByRole('group', { name: 'Are dates day-first (07/09/2026 = 7 September) or month-first?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('alert')).toContainText('line 2: “06/02/2025”');
  const dayFirst = question.getByRole('radio', { name: /^Day first \(UK\): “06\/02\/2025” is Thu 6 February 2025/ });
  const monthFirst = question.getByRole('radio', { name: /^Month first \(US\): “06\/02\/2025” is Mon 2 June 2025/ });
  await expect(dayFirst).toBeVisible();
  await expect(monthFirst).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('fieldset.date-order').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await monthFirst.check();
  // Previewed again in that order: the marks are there, the question answered (and still changeable).
  await expect(preview.getByRole('definition').filter({ hasText: '2 June 2025 to 3 June 2025' })).toBeVisible();
  await expect(question.getByRole('alert')).toHaveCount(0);
  await expect(monthFirst).toBeChecked();
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  expect(await readTable(page, 'marks')).toEqual([]); // nothing written by previews
  await importButton.click();
  await expect(data.getByRole('status').filter({ hasText: 'Imported sessions-month-first.csv: 1 pupils added' })).toBeVisible();
  const marks = await readTable<{ date: string }>(page, 'marks');
  expect(marks.map((m) => m.date).sort()).toEqual(['2025-06-02', '2025-06-03']);

  const audit = page.getByRole('region', { name: 'Audit: what was done with the data' });
  await expect(audit.getByRole('row', { name: /File imported: sessions-month-first\.csv .* 1 pupil$/ })).toBeVisible();
  await expect(audit).not.toContainText('Amelia');
});
