import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../e2e/support/build';
import { assessmentSourceFiles, assessmentSourcesHash } from '../../../scripts/build/assessment-sources';
import { loadStore } from '../../../lib/dashboard/load-store';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { ASSESSMENT_SOURCES } from '../../../lib/pupil/assessment-cache';
import { freshDb, seedStore } from './helpers';

/**
 * Cached assessments carry the build's hash of the code that computes and feeds them (injected by the
 * build's `define`), so no value cached under other engine code is ever used — with no version to bump.
 */
const AS_OF = '2025-02-03';
const summaries = async (db: Parameters<typeof loadStore>[0], cache = true) => {
  const l = await loadStore(db, { id: 'kent' }, AS_OF, { cache });
  await new Promise((r) => setTimeout(r, 50)); // the cache write is not awaited by loadStore
  return summarisePupils(l, l.setup).map((s) => ({ id: s.pupilId, evaluation: s.evaluation, badge: s.badge }));
};

describe('the assessment sources hash', () => {
  it('is injected here as the build injects it, from the current sources', () => {
    expect(ASSESSMENT_SOURCES).toBe(assessmentSourcesHash(ROOT));
  });

  it('covers the engine, its rules, the badge and the store-to-engine adapters', () => {
    const files = assessmentSourceFiles(ROOT);
    for (const f of ['lib/engine/evaluate.ts', 'lib/engine/flags.ts', 'lib/engine/rules/pa-sa.ts', 'lib/engine/rules/kent-pn.ts', 'lib/engine/codes.ts', 'lib/pupil/badges.ts', 'lib/pupil/assess.ts', 'lib/pupil/load.ts', 'lib/store/mark-years.ts', 'lib/engine/calendars/kent-term-dates.json']) {
      expect(files).toContain(f);
    }
  });

  it('changes when any file reached through imports changes, by one byte, however deep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assessment-sources-'));
    try {
      mkdirSync(join(dir, 'engine', 'rules'), { recursive: true });
      writeFileSync(join(dir, 'entry.ts'), "import { a } from './engine';\nexport const x = () => import('./lazy');\n");
      writeFileSync(join(dir, 'engine', 'index.ts'), "export * from './rules/deep.js';\nimport type { T } from '../types';\n");
      writeFileSync(join(dir, 'engine', 'rules', 'deep.ts'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'types.ts'), 'export type T = 1;\n');
      writeFileSync(join(dir, 'lazy.ts'), 'export const l = 1;\n');
      writeFileSync(join(dir, 'unrelated.ts'), 'export const u = 1;\n');
      expect(assessmentSourceFiles(dir, ['entry.ts'])).toEqual(['engine/index.ts', 'engine/rules/deep.ts', 'entry.ts', 'lazy.ts', 'types.ts']);
      const before = assessmentSourcesHash(dir, ['entry.ts']);
      writeFileSync(join(dir, 'unrelated.ts'), 'export const u = 2;\n');
      expect(assessmentSourcesHash(dir, ['entry.ts'])).toBe(before);
      for (const f of ['engine/rules/deep.ts', 'types.ts', 'lazy.ts']) {
        writeFileSync(join(dir, f), 'export const a = 2;\n');
        expect(assessmentSourcesHash(dir, ['entry.ts'])).not.toBe(before);
      }
      // An import that cannot be followed is an error, never a file silently left out of the hash.
      writeFileSync(join(dir, 'types.ts'), "import './missing';\n");
      expect(() => assessmentSourcesHash(dir, ['entry.ts'])).toThrow(/cannot resolve \.\/missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cached assessments across builds', () => {
  it('a value cached by a build with other engine code is never used; this build’s own is, and equals a fresh evaluation', async () => {
    const c = freshDb();
    await seedStore(c.db);
    const fresh = await summaries(c.db, false);
    expect(await summaries(c.db)).toEqual(fresh);
    const rows = await c.db.assessments.toArray();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.key.startsWith(`${ASSESSMENT_SOURCES}|`))).toBe(true);
    expect(await summaries(c.db)).toEqual(fresh);

    // A wrong value under this build's key is served (proof the cache is read, so the next check can fail)…
    // (Values are stored as JSON text.)
    expect(rows.every((r) => typeof r.value === 'string')).toBe(true);
    const wrong = (text: unknown) => {
      const v = JSON.parse(text as string) as { badge: object };
      return JSON.stringify({ ...v, badge: { ...v.badge, label: 'STALE' } });
    };
    await c.db.assessments.bulkPut(rows.map((r) => ({ ...r, value: wrong(r.value) as never })));
    expect(JSON.stringify(await summaries(c.db))).toContain('STALE');
    // …but the same wrong values keyed by another build's sources (an older engine) are not.
    await c.db.assessments.bulkPut(rows.map((r) => ({ ...r, key: r.key.replace(`${ASSESSMENT_SOURCES}|`, 'an-older-engine|'), value: wrong(r.value) as never })));
    expect(await summaries(c.db)).toEqual(fresh);
    expect((await c.db.assessments.toArray()).every((r) => r.key.startsWith(`${ASSESSMENT_SOURCES}|`))).toBe(true);
  }, 30_000);
});
