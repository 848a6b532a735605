import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Settings › School calendar: INSET days saved to the school's calendar, an .ics file previewed with what it left out. */
test('the school calendar: an INSET day and an .ics import, then the overview guide counts the step done', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const cal = page.getByRole('region', { name: 'School calendar' });
  await expect(cal.getByRole('radio', { name: /^Kent County Council’s term dates/ })).toBeChecked();
  await cal.getByLabel('Date', { exact: true }).fill('2026-01-05');
  await cal.getByLabel('Reason', { exact: true }).fill('INSET day');
  await cal.getByRole('button', { name: 'Add this day' }).click();
  await expect(cal.getByRole('listitem').filter({ hasText: '5 January 2026: INSET day' })).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'al-ics-'));
  const file = join(dir, 'school.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//School//EN',
      'BEGIN:VEVENT', 'UID:1', 'SUMMARY:Staff training day', 'DTSTART;VALUE=DATE:20260220', 'DTEND;VALUE=DATE:20260221', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'SUMMARY:Parents evening', 'DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:20260311', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  );
  await cal.getByLabel('Calendar file (.ics)').setInputFiles(file);
  await expect(cal).toContainText('Closed: 20 February 2026 (Staff training day)');
  await expect(cal).toContainText('“Parents evening”: its title does not say term, holiday, INSET or closure');
  await cal.getByRole('button', { name: 'Use these dates' }).click();
  await cal.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(cal.getByRole('status')).toContainText('Calendar saved: Kent’s term dates and 2 closures of your own.');
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="calendar-heading"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(cal.getByRole('listitem').filter({ hasText: '20 February 2026: Staff training day' })).toBeVisible();
  await page.goto(extensionUrl('dashboard.html#/overview'));
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('School calendar: Done', { timeout: 30_000 });
});
