import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { DemoSchool } from '../../../lib/demo/types';
import { school as demoSchool } from './demo-pupils';
import { backupDocument } from '../../../lib/store/backup';
import { demoBackup } from './demo-store-rows';

const files = new Map<DemoSchool, string>();

/** The whole demo school (or a variant of it) restored into the extension's store through Settings › Your data (merge into an empty store). */
export async function loadDemoSchool(context: BrowserContext, extensionUrl: (p: string) => string, school: DemoSchool = demoSchool): Promise<Page> {
  let file = files.get(school);
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'al-demo-')), 'demo-backup.json');
    writeFileSync(file, JSON.stringify(backupDocument(demoBackup(school))));
    files.set(school, file);
  }
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const data = page.getByRole('region', { name: 'Your data' });
  await data.getByLabel('Backup file to restore').setInputFiles(file);
  await data.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(data.getByText(new RegExp(`${school.pupils.length} pupils added`))).toBeVisible({ timeout: 60_000 });
  return page;
}
