/**
 * Loads the modelled MIS fixtures (test/fixtures/mis/<mis>/) with the address each simulates
 * (urls.json beside them) and runs a reader on them in linkedom, as `read-page` does.
 * `UPDATE_EXPECTED=1 npx vitest run test/unit/readers` rewrites the `.expected.json` files; review the
 * diff before keeping it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Reader } from '../../../lib/readers/types';
import type { RegisterView } from '../../../lib/readers/view';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'mis');

export function fixtureFiles(mis: string): string[] {
  return readdirSync(join(FIXTURES, mis)).filter((f) => f.endsWith('.html')).sort();
}

export function fixtureUrl(mis: string, file: string): URL {
  const urls = JSON.parse(readFileSync(join(FIXTURES, mis, 'urls.json'), 'utf8')) as Record<string, string>;
  const u = urls[file];
  if (!u) throw new Error(`no simulated URL for ${mis}/${file} in urls.json`);
  return new URL(u);
}

export function loadFixture(mis: string, file: string): { doc: Document; url: URL } {
  const { document } = parseHTML(readFileSync(join(FIXTURES, mis, file), 'utf8'));
  return { doc: document as unknown as Document, url: fixtureUrl(mis, file) };
}

export function readFixture(reader: Reader, mis: string, file: string): { view: RegisterView; rows: Map<string, Element>; detect: number } {
  const { doc, url } = loadFixture(mis, file);
  const detect = reader.detect(doc, url);
  const { view, rows } = reader.read(doc, url);
  return { view, rows, detect };
}

/** The stored expectation for a fixture; written instead when UPDATE_EXPECTED is set. */
export function expectedView(mis: string, file: string, actual: RegisterView): RegisterView {
  const path = join(FIXTURES, mis, file.replace(/\.html$/, '.expected.json'));
  if (process.env.UPDATE_EXPECTED) writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
  if (!existsSync(path)) throw new Error(`missing ${path}; run with UPDATE_EXPECTED=1 and review it`);
  return JSON.parse(readFileSync(path, 'utf8')) as RegisterView;
}

/** Marks as compact strings ("date session code", with "*" when unsaved) for one pupil. */
export function marksOf(view: RegisterView, name: string): string[] {
  const pupil = view.pupils.find((p) => p.name === name);
  if (!pupil) throw new Error(`no pupil ${name}`);
  return view.marks.filter((m) => m.pupil === pupil.key).map((m) => `${m.date} ${m.session} ${m.code}${m.saved ? '' : '*'}`);
}
