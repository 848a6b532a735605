// Shared by the generic reader's tests: load a saved page into linkedom (no layout, as in read-page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURES = join(__dirname, '../../fixtures/mis');

export function pageFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(path: string): Document {
  return pageFrom(readFileSync(path, 'utf8'));
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(FIXTURES, dir, f));
}

export function expectedFor(htmlPath: string): unknown {
  return JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.expected.json'), 'utf8'));
}

export const URL_ANY = new URL('https://mis.example-school.test/attendance');
