/** `npm run -s read-page`: the stable JSON shape on a readable page, exit 2 with reasons otherwise. */
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureUrl } from './fixtures';

const ROOT = join(__dirname, '..', '..', '..');
function readPage(file: string, url: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'read-page.ts'), file, '--url', url], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('read-page seam', () => {
  it('prints the view of a complete page in the stable shape', () => {
    const r = readPage(join(FIXTURES, 'sims', 'take-register-2024-layout.html'), fixtureUrl('sims', 'take-register-2024-layout.html').href);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out);
    expect(v).toMatchObject({ reader: 'sims', confidence: 1, kind: 'take-register', problems: [] });
    expect(v.pupils.map((p: { key: string; name: string }) => [p.key, p.name])).toEqual([
      ['id:p1', 'Amelia Example'], ['id:p2', 'Oliver Sample'], ['id:p3', 'Isla Specimen'], ['id:p4', 'Noah Placeholder'], ['id:p5', 'Ava Testcase'],
    ]);
    expect(v.marks[0]).toEqual({ pupil: 'id:p1', date: '2025-09-09', session: 'PM', code: '\\', saved: true });
    expect(v.marks[2]).toEqual({ pupil: 'id:p3', date: '2025-09-09', session: 'PM', code: 'L', saved: false });
  }, 20000);

  it('exits 2 with the reasons on a page it cannot read completely', () => {
    const r = readPage(join(FIXTURES, 'bromcom', 'marks-grid-broken.html'), fixtureUrl('bromcom', 'marks-grid-broken.html').href);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('"Wed 31/09" is not a date');
  }, 20000);

  it('exits 2 on a page no reader recognises', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-page-'));
    const file = join(dir, 'news.html');
    writeFileSync(file, '<html><body><h1>News</h1><table><tr><th>Event</th><th>When</th></tr><tr><td>Sports day</td><td>Friday</td></tr></table></body></html>');
    const r = readPage(file, 'https://example.org/news');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no reader recognises this page/);
  }, 20000);
});
