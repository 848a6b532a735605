/**
 * Every saved page the readers are held to, with the address each simulates: the modelled MIS pages
 * (with their urls.json), the generic reader's pages, the blind pages, the real-grid-library
 * snapshots and the non-registers. `readHtml` reads one as the read-page seam does: parse (linkedom),
 * pick a reader with the generic fallback, validate, and mark a cut-off source incomplete.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readAnyPage } from '../../../lib/readers/all';
import { checkSource } from '../../../lib/readers/truncated';
import { checkView, type RegisterView } from '../../../lib/readers/view';

const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'fixtures');
export const ANY_URL = 'https://portal.example-school.test/register';

export interface Page {
  /** Folder/file, e.g. `mis/arbor/marks-grid.html`. */
  name: string;
  html: string;
  url: URL;
  /** Pages that must be refused (not registers). */
  refuse: boolean;
}

function folder(dir: string, refuse = false): Page[] {
  const abs = join(FIXTURES, dir);
  if (!existsSync(abs)) return [];
  const urls = existsSync(join(abs, 'urls.json')) ? (JSON.parse(readFileSync(join(abs, 'urls.json'), 'utf8')) as Record<string, string>) : {};
  return readdirSync(abs)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, html: readFileSync(join(abs, f), 'utf8'), url: new URL(urls[f] ?? ANY_URL), refuse }));
}

export function corpus(): Page[] {
  const mis = readdirSync(join(FIXTURES, 'mis')).filter((d) => d !== 'non-register' && !d.includes('.'));
  return [...mis.flatMap((d) => folder(`mis/${d}`)), ...folder('grids'), ...folder('blind/readers'), ...folder('mis/non-register', true)];
}

export interface HtmlRead {
  reader: string;
  view: RegisterView;
}

export function readDoc(doc: Document, url: URL, html?: string): HtmlRead | undefined {
  const got = readAnyPage(doc, url);
  if (!got || got.confidence <= 0) return undefined;
  const view = checkView(got.result.view);
  return { reader: got.reader.id, view: html === undefined ? view : checkSource(view, html) };
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readHtml(html: string, url: URL): HtmlRead | undefined {
  return readDoc(parse(html), url, html);
}

/** Marks keyed by pupil name, date and session: `name|date|session` → `code` (+ `*` when unsaved). */
export function markMap(view: RegisterView): Map<string, string> {
  const names = new Map(view.pupils.map((p) => [p.key, p.name]));
  return new Map(view.marks.map((m) => [`${names.get(m.pupil)}|${m.date}|${m.session}`, `${m.code}${m.saved ? '' : '*'}`]));
}
