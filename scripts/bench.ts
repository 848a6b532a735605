/**
 * `npm run bench [-- NAME…]`: runs every suite in scripts/bench/suites/*.ts (each exports `suite`),
 * prints a table and writes bench-results.json at the repository root (format: shared/design/overview.md).
 * Suites are found by file so each feature adds its figures without touching this runner.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult, BenchSuite, IndicativeFigure } from './bench/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const suitesDir = join(root, 'scripts', 'bench', 'suites');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const results: BenchResult[] = [];
const indicative: IndicativeFigure[] = [];
const files = readdirSync(suitesDir).filter((f) => f.endsWith('.ts')).sort();
for (const file of files) {
  const { suite } = (await import(pathToFileURL(join(suitesDir, file)).href)) as { suite: BenchSuite };
  if (wanted.length && !suite.names.some((n) => wanted.includes(n))) continue;
  process.stderr.write(`bench: ${file} …\n`);
  const out = await suite.run();
  results.push(...out.results.filter((r) => !wanted.length || wanted.includes(r.name)));
  indicative.push(...(out.indicative ?? []));
}
if (wanted.length && results.length === 0 && indicative.length === 0) {
  console.error(`bench: no figure named ${wanted.join(', ')}`);
  process.exit(2);
}

const fmt = (n: number | null) => (n === null ? '-' : Number.isInteger(n) ? String(n) : n.toFixed(3));
console.log(['name', 'value', 'unit', 'baseline', 'ratio', 'target', 'met'].join('\t'));
for (const r of results) {
  console.log([r.name, fmt(r.value), r.unit, fmt(r.baseline), fmt(r.ratio), fmt(r.target), r.met ? 'yes' : 'NO'].join('\t'));
}
for (const f of indicative) console.log(`(indicative) ${f.name}\t${fmt(f.value)} ${f.unit}`);
writeFileSync(join(root, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`wrote bench-results.json (${results.length} figures, ${results.filter((r) => !r.met).length} not met)`);
