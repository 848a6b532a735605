/** Every rule module is used by the evaluation and has its own scenario tests (style: one file per rule). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const rules = readdirSync(join(root, 'lib', 'engine', 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
const tests = readdirSync(join(root, 'test', 'unit', 'engine', 'rules'));
const evaluate = readFileSync(join(root, 'lib', 'engine', 'evaluate.ts'), 'utf8');

describe('rule registry', () => {
  it('has rules', () => expect(rules.length).toBeGreaterThan(10));
  for (const id of rules) {
    it(`${id}: evaluated and tested`, () => {
      expect(evaluate).toContain(`from './rules/${id}'`);
      expect(tests.some((t) => t.startsWith(`${id}.`) && t.endsWith('.test.ts'))).toBe(true);
    });
  }
});
