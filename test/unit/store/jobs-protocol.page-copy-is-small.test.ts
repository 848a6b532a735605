import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../lib/store/imports/preview';
import { pageCheck, pagePreview, PREVIEW_PUPILS } from '../../../lib/store/jobs/protocol';
import { schoolYearCsv } from '../../../scripts/bench/store/school-file';

describe("the options page's copy of a preview (what the data worker posts)", () => {
  const out = previewImport(new TextEncoder().encode(schoolYearCsv(PREVIEW_PUPILS + 25, '2025/26').csv), { today: '2026-08-31' });
  if (!out.ok) throw new Error(out.reason);
  const full = out.preview;

  it('lists the first pupils and counts them all, with every mark counted and none copied', () => {
    const page = pagePreview(full);
    expect(full.pupils).toHaveLength(PREVIEW_PUPILS + 25);
    expect(page.pupilCount).toBe(PREVIEW_PUPILS + 25);
    expect(page.pupils).toEqual(full.pupils.slice(0, PREVIEW_PUPILS));
    expect(page.markCount).toBe(full.packed.count);
    expect(page.markCount).toBeGreaterThan(0);
    expect(page.marks).toEqual([]);
    expect('packed' in page).toBe(false);
  });

  it("the dry run's counts without its id map", () => {
    const ids = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`ref${i}`, `id${i}`]));
    const check = pageCheck({ pupilsAdded: 12, pupilsUpdated: 0, marksAdded: 5, marksChanged: 1, unchanged: 2, marksSkipped: 0, conflicts: [], writes: 0, pupilIds: ids });
    expect(check.pupilIds).toEqual({});
    expect(check.pupilsKnown).toBe(18);
    expect(check).toMatchObject({ pupilsAdded: 12, marksAdded: 5, marksChanged: 1, unchanged: 2 });
  });
});
