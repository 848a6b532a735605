import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const seam = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/import-preview.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run -s import-preview -- FILE', () => {
  it('prints the preview JSON: format, pupils {key, name, upn}, marks {pupil, date, session, code}, problems {line, what}', () => {
    const r = seam(join(root, 'test/fixtures/imports/weekly-bad.csv'), '--calendar', 'kent-2025/26');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { format: string; pupils: unknown[]; marks: unknown[]; problems: { line: number; what: string }[] };
    expect(out.format).toBe('csv-weekly');
    expect(out.pupils[0]).toMatchObject({ key: 'upn:C886200125001', name: 'Amelia Example', upn: 'C886200125001' });
    expect(out.marks[0]).toEqual({ pupil: 'upn:C886200125001', date: '2025-09-08', session: 'AM', code: '/' });
    expect(out.problems).toContainEqual({ line: 3, what: 'column "Tue AM": unknown code "ZZ" for 2025-09-09 AM; not imported' });
  }, 20_000);

  it('a file that cannot be read: the reason on stderr, exit 2', () => {
    const r = seam(join(root, 'test/fixtures/imports/ctf-malformed.xml'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/ctf-malformed\.xml:56: the XML is malformed/);
  }, 20_000);
});
