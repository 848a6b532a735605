import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readAnyPage } from '../../lib/readers/all';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const r = readAnyPage(document as unknown as Document, new URL('https://portal.example-school.test/register'));
const { confidence, ...rest } = r!.result.view;
console.log(r!.reader.id, confidence);
console.log(JSON.stringify(rest, null, 2));
