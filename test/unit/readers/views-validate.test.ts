import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { misReaders } from '../../../lib/readers/registry';
import { registerViewSchema, checkView, type RegisterView } from '../../../lib/readers/view';
import { FIXTURES, fixtureFiles, readFixture } from './fixtures';

// Readers do not validate inside read() (the content script and the seam do, with checkView), so
// this checks every view every MIS reader builds from its fixtures against the schema.
describe('every MIS reader builds views that pass the RegisterView schema', () => {
  for (const reader of misReaders) {
    const folders = readdirSync(FIXTURES).filter((d) => d === reader.id || d === `demo-${reader.id}`);
    for (const folder of folders) {
      if (!existsSync(join(FIXTURES, folder, 'urls.json'))) continue;
      for (const file of fixtureFiles(folder)) {
        it(`${folder}/${file}`, () => {
          const { view } = readFixture(reader, folder, file);
          const parsed = registerViewSchema.safeParse(view);
          expect(parsed.success ? 'valid' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')).toBe('valid');
        });
      }
    }
  }
});

describe('checkView', () => {
  it('keeps a valid view as it is', () => {
    const view: RegisterView = { reader: 'x', mis: 'x', confidence: 1, kind: 'marks-grid', context: {}, pupils: [], sessions: [], marks: [], problems: [], complete: true };
    expect(checkView(view)).toBe(view);
  });
  it('marks an invalid view incomplete, with the reason, instead of throwing', () => {
    const bad = { reader: 'x', mis: 'x', confidence: 1, kind: 'marks-grid', context: {}, pupils: [], sessions: [], marks: [{ pupil: 'k', date: '9/9/2025', session: 'AM', code: '/', saved: true }], problems: [], complete: true } as RegisterView;
    const checked = checkView(bad);
    expect(checked.complete).toBe(false);
    expect(checked.problems.at(-1)).toMatchObject({ where: 'view', what: expect.stringContaining('marks.0.date') });
  });
});
