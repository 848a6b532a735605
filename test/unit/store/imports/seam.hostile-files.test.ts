import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../..');
const seam = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/import-preview.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run -s import-preview on a hostile file', () => {
  it('a CTF whose DOCTYPE declares an external entity: one line of reason on stderr, exit 2, no stack', () => {
    const r = seam(join(root, 'test/fixtures/imports/ctf-doctype-entities.xml'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/ctf-doctype-entities\.xml:2: the file starts with a DOCTYPE that declares entities that point at outside files/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 20_000);

  it('--date-order must be dmy or mdy', () => {
    const r = seam(join(root, 'test/fixtures/imports/sessions-good.csv'), '--date-order', 'ymd');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--date-order: "ymd" is not dmy \(day first\) or mdy \(month first\)/);
  }, 20_000);
});
