/**
 * `npm run -s read-page -- FILE.html --url URL [--reader ID]`
 *
 * Runs the page readers in Node on a saved page (linkedom: a DOM with no layout, so readers align
 * rows by structure) and prints the RegisterView as JSON. For a page no reader recognises, or a
 * register-like page that cannot be read completely, prints the reason to stderr and exits 2.
 * Support staff use it on pages users send in. Exit 1 is for usage errors.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readAnyPage, readers } from '../lib/readers/all';
import { checkSource } from '../lib/readers/truncated';
import type { Reader } from '../lib/readers/types';
import type { ReadResult } from '../lib/readers/view';
import { checkView } from '../lib/readers/view';

function usage(msg: string): never {
  console.error(`read-page: ${msg}\nusage: npm run -s read-page -- FILE.html --url URL [--reader ID]`);
  process.exit(1);
}

const args = process.argv.slice(2);
let file: string | undefined;
let urlText: string | undefined;
let readerId: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') urlText = args[++i];
  else if (a.startsWith('--url=')) urlText = a.slice(6);
  else if (a === '--reader') readerId = args[++i];
  else if (a.startsWith('--reader=')) readerId = a.slice(9);
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (!file) file = a;
  else usage(`unexpected argument ${a}`);
}
if (!file) usage('no page file given');
let url: URL;
try {
  url = new URL(urlText ?? `file://${file}`);
} catch {
  usage(`not a URL: ${urlText}`);
}
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  usage(`cannot read ${file}: ${(e as Error).message}`);
}

const { document } = parseHTML(html);
let reader: Reader | undefined;
let confidence = 0;
let result: ReadResult | undefined;
if (readerId) {
  reader = readers.find((r) => r.id === readerId);
  if (!reader) usage(`no reader "${readerId}" (readers: ${readers.map((r) => r.id).join(', ')})`);
  confidence = reader.detect(document, url);
  if (confidence > 0) result = reader.read(document, url);
} else {
  // An MIS reader that matched on its DOM signature alone and could not read the page falls back
  // to the generic reader (lib/readers/registry.ts readPage).
  const got = readAnyPage(document, url);
  reader = got?.reader;
  confidence = got?.confidence ?? 0;
  result = got?.result;
}
if (!reader || confidence <= 0 || !result) {
  console.error(`read-page: no reader recognises this page (${url.href}); it does not look like a register any reader knows`);
  process.exit(2);
}
const view = checkSource(checkView(result.view), html);
if (!view.complete) {
  console.error(`read-page: the ${reader.id} reader (confidence ${view.confidence}) could not read this page completely:`);
  for (const p of view.problems) console.error(`  ${p.where}: ${p.what}`);
  process.exit(2);
}
for (const p of view.problems) console.error(`read-page: note: ${p.where}: ${p.what}`);
process.stdout.write(JSON.stringify(view, null, 2) + '\n');
