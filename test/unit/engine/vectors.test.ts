/** Runs the shared vectors and ours through the seam's own comparison code (lib/engine/vectors.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseVectors, runVectors, type Vector } from '../../../lib/engine/vectors';
import { SHARED_VECTORS, SHARED_VECTORS_COPY, SHARED_VECTORS_ORIGINAL } from '../shared-vectors';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = SHARED_VECTORS;
const ours = readdirSync(join(root, 'test', 'vectors'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(root, 'test', 'vectors', f));

function load(file: string): Vector[] {
  const parsed = parseVectors(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.vectors;
}

describe('vectors', () => {
  it('the kept copy of the shared vectors is the published file, unchanged', () => {
    expect(existsSync(SHARED_VECTORS_COPY)).toBe(true);
    // Only checkable where the project's shared folder is beside the repository.
    if (existsSync(SHARED_VECTORS_ORIGINAL)) expect(readFileSync(SHARED_VECTORS_COPY, 'utf8')).toBe(readFileSync(SHARED_VECTORS_ORIGINAL, 'utf8'));
  });
  for (const file of [shared, ...ours]) {
    it(`all pass: ${file.slice(root.length - 4)}`, () => {
      const report = runVectors(load(file));
      expect(report.lines).toEqual([`${report.passed} passed, 0 failed`]);
      expect(report.passed).toBeGreaterThan(0);
    });
  }
  it('prints one line per failing field, then the totals', () => {
    const v = load(shared).find((x) => x.name === 'v03-exactly-90')!;
    const wrong = { ...v, name: 'broken', expected: { ...v.expected, attendancePct: 91.0, bands: { kent: 'KENT_SA' }, flags: ['MISSING_MARK'] } };
    const report = runVectors([v, wrong]);
    expect(report.lines).toEqual([
      'broken attendancePct expected 91 got 90',
      'broken flags expected ["MISSING_MARK"] got []',
      'broken bands.kent expected "KENT_SA" got "KENT_PA"',
      '1 passed, 1 failed',
    ]);
  });
  it('rejects invalid files with a reason', () => {
    expect(parseVectors({})).toMatchObject({ ok: false });
    const v = load(shared)[0]!;
    expect(parseVectors([v, v])).toMatchObject({ ok: false, reason: expect.stringMatching(/used twice/) });
    expect(parseVectors([{ ...v, asOf: '2024-02-30' }])).toMatchObject({ ok: false, reason: expect.stringMatching(/asOf/) });
  });
});
