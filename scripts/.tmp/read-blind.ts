import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readAnyPage } from '../../lib/readers/all';
import { genericReader } from '../../lib/readers/generic/index';
for (const f of process.argv.slice(2)) {
  const want = JSON.parse(readFileSync(f.replace(/\.html$/, '.expected.json'), 'utf8'));
  const doc = parseHTML(readFileSync(f, 'utf8')).document as unknown as Document;
  const got = readAnyPage(doc, new URL(want.url));
  const view = got?.result.view;
  console.log('==', basename(f), view ? `${view.reader} ${got!.confidence} complete=${view.complete} pupils=${view.pupils.length}/${want.pupils.length} marks=${view.marks.length}/${want.marks.length}` : 'REFUSED');
  if (view) console.log(JSON.stringify(view.problems).slice(0, 1000), JSON.stringify(view.context));
  const g = genericReader.read(doc, new URL(want.url));
  console.log('generic direct:', g.view.confidence, g.view.complete, g.view.pupils.length, g.view.marks.length, JSON.stringify(g.view.problems).slice(0, 600), JSON.stringify(g.view.context));
}
