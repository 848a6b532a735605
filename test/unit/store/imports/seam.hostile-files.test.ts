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

  it('a month-first CSV: the preview asks (dateOrder, a problem, no marks); --date-order mdy answers', () => {
    const file = join(root, 'test/fixtures/imports/sessions-month-first.csv');
    const asked = JSON.parse(seam(file).stdout) as { marks: unknown[]; problems: { line: number; what: string }[]; dateOrder: { order: string | null } };
    expect(asked.dateOrder.order).toBeNull();
    expect(asked.marks).toEqual([]);
    expect(asked.problems[0]).toMatchObject({ line: 2, what: expect.stringMatching(/^the dates can be read day first or month first/) });
    const answered = JSON.parse(seam(file, '--date-order', 'mdy').stdout) as { marks: { date: string }[]; dateOrder: { order: string } };
    expect(answered.dateOrder.order).toBe('mdy');
    expect(answered.marks.map((m) => m.date)).toEqual(['2025-06-02', '2025-06-03']);
  }, 30_000);
});
