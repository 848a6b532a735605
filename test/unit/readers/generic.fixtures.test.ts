import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericReader, REFUSE_BELOW } from '../../../lib/readers/generic';
import { registerViewSchema } from '../../../lib/readers/view';
import { expectedFor, htmlFiles, loadPage, URL_ANY } from './generic-helpers';

const registers = htmlFiles('generic');
const nonRegisters = htmlFiles('non-register');

describe('generic reader: development fixtures (exact expectations)', () => {
  it('has the nine structurally different fixtures', () => {
    expect(registers.map((f) => basename(f))).toEqual([
      'card-locked-text-marks.html',
      'card-split-names.html',
      'card-take-register.html',
      'certificate-header-table.html',
      'frozen-split-tables.html',
      'registration-certificate.html',
      'role-grid-divs.html',
      'table-date-ampm-rows.html',
      'virtualised-grid.html',
    ]);
  });

  for (const file of registers) {
    it(`reads ${basename(file)} exactly`, () => {
      const doc = loadPage(file);
      const { view, rows } = genericReader.read(doc, URL_ANY);
      const { confidence, ...rest } = view;
      expect(rest).toEqual(expectedFor(file));
      expect(confidence).toBeGreaterThanOrEqual(REFUSE_BELOW);
      expect(genericReader.detect(doc, URL_ANY)).toBe(confidence);
      expect(registerViewSchema.safeParse(view).success).toBe(true);
      // Every pupil has an element in this page to anchor its flag to.
      expect([...rows.keys()].sort()).toEqual(view.pupils.map((p) => p.key).sort());
      for (const el of rows.values()) expect(doc.body.contains(el)).toBe(true);
    });
  }
});

describe('generic reader: refuses pages that are not registers', () => {
  it('has a timetable, a grade mark book, a contacts list, a calendar and a duty rota', () => {
    expect(nonRegisters.map((f) => basename(f))).toEqual([
      'calendar-month.html',
      'contacts-list.html',
      'duty-rota.html',
      'grade-markbook.html',
      'timetable.html',
    ]);
  });

  for (const file of nonRegisters) {
    it(`refuses ${basename(file)}`, () => {
      const doc = loadPage(file);
      expect(genericReader.detect(doc, URL_ANY)).toBe(0);
      const { view, rows } = genericReader.read(doc, URL_ANY);
      expect(view.confidence).toBeLessThan(REFUSE_BELOW);
      expect(view.complete).toBe(false);
      expect(view.pupils).toEqual([]);
      expect(view.marks).toEqual([]);
      expect(rows.size).toBe(0);
      expect(view.problems[0]?.what).toMatch(/^no register found/);
    });
  }
});
