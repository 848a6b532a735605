/**
 * `npm run -s prefill-plan -- FORM.html --values VALUES.json [--url URL]`
 *
 * Collects the form from a saved page in Node (linkedom: no layout) and runs the planner with the
 * given values (an object keyed by the canonical keys; an array of such objects for a multi-pupil
 * return). Prints the plan as JSON. Exit 2 with a reason when the page holds no form; 1 for usage.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { collectForm } from '../lib/prefill/collect';
import { plan } from '../lib/prefill/plan';
import { recogniseForm } from '../lib/prefill/recognise';
import type { PrefillValues } from '../lib/prefill/snapshot';

function usage(msg: string): never {
  console.error(`prefill-plan: ${msg}\nusage: npm run -s prefill-plan -- FORM.html --values VALUES.json [--url URL]`);
  process.exit(1);
}

const args = process.argv.slice(2);
let file: string | undefined;
let valuesFile: string | undefined;
let url: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--values') valuesFile = args[++i];
  else if (a.startsWith('--values=')) valuesFile = a.slice(9);
  else if (a === '--url') url = args[++i];
  else if (a.startsWith('--url=')) url = a.slice(6);
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (!file) file = a;
  else usage(`unexpected argument ${a}`);
}
if (!file) usage('no form file given');
if (!valuesFile) usage('no --values file given');

let html: string;
let rawValues: unknown;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  usage(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  rawValues = JSON.parse(readFileSync(valuesFile, 'utf8'));
} catch (e) {
  usage(`cannot read the values in ${valuesFile}: ${(e as Error).message}`);
}
const isValues = (v: unknown): v is PrefillValues => typeof v === 'object' && v !== null && !Array.isArray(v);
if (!isValues(rawValues) && !(Array.isArray(rawValues) && rawValues.length && rawValues.every(isValues))) {
  usage('the values file must hold an object keyed by canonical keys, or an array of such objects (one per pupil)');
}
const pupils = Array.isArray(rawValues) ? (rawValues as PrefillValues[]) : [rawValues as PrefillValues];

const { document } = parseHTML(html);
const snapshot = collectForm(document as unknown as Document, { url: url ?? '' });
if (!snapshot) {
  console.error(`prefill-plan: ${file} holds no form (no fillable input, select or textarea)`);
  process.exit(2);
}
const recognised = recogniseForm(snapshot);
const result = plan({ snapshot, values: pupils[0]!, pupils, profile: recognised?.profile ?? null });
const out = {
  form: result.form,
  actions: result.actions.map((a) => ({
    field: a.field, key: a.key, value: a.value, confidence: a.confidence, evidence: a.evidence,
    ...(a.part ? { part: a.part } : {}), ...(pupils.length > 1 ? { pupil: a.pupilIndex } : {}),
  })),
  refusals: result.refusals.map((r) => ({ field: r.field, why: r.why, ...(r.suggestion ? { suggestion: r.suggestion } : {}) })),
  ...(result.addRows.length ? { addRows: result.addRows } : {}),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
