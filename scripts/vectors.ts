/**
 * `npm run -s vectors -- FILE.json`: runs the engine on a vectors file (shared/domain/vectors.schema.md).
 * Prints one line per failing field and, last, "N passed, N failed". Exit 0 all passed, 1 any failed,
 * 2 when the file is missing or invalid (the reason is printed).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { parseVectors, runVectors } from '../lib/engine/vectors';

// Readable validation messages for the command line (zod/mini ships without a locale).
z.config(z.locales.en());

const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!file) {
  console.error('usage: npm run -s vectors -- FILE.json');
  process.exit(2);
}
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`vectors: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
const parsed = parseVectors(json);
if (!parsed.ok) {
  console.error(`vectors: invalid file ${file}: ${parsed.reason}`);
  process.exit(2);
}
const report = runVectors(parsed.vectors);
for (const line of report.lines) console.log(line);
process.exit(report.failed > 0 ? 1 : 0);
