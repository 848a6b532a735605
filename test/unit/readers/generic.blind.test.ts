/**
 * Blind fixtures: register layouts written after the reader, with expectations written by hand from
 * each page's meaning (never generated from the reader's output). See the report for which passed on
 * first run and what was fixed afterwards.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericReader, REFUSE_BELOW } from '../../../lib/readers/generic';
import type { RegisterView } from '../../../lib/readers/view';
import { expectedFor, htmlFiles, loadPage, URL_ANY } from './generic-helpers';

interface Expected {
  kind: RegisterView['kind'];
  complete: boolean;
  context?: Partial<RegisterView['context']>;
  pupils: Record<string, unknown>[];
  /** "pupil|date|session|code|saved" */
  marks: string[];
  /** The `what` of every problem. */
  problems: string[];
}

const blind = htmlFiles('generic-blind');

describe('generic reader: blind fixtures (layouts it was not written against)', () => {
  it('has at least five structurally different blind fixtures', () => {
    expect(blind.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of blind) {
    it(`reads ${basename(file)}`, () => {
      const want = expectedFor(file) as Expected;
      const { view } = genericReader.read(loadPage(file), URL_ANY);
      expect(view.problems.map((p) => p.what).sort()).toEqual([...want.problems].sort());
      expect(view.kind).toBe(want.kind);
      expect(view.complete).toBe(want.complete);
      expect(view.confidence).toBeGreaterThanOrEqual(REFUSE_BELOW);
      if (want.context) expect(view.context).toMatchObject(want.context);
      // Each expected pupil field must match; no more and no fewer pupils.
      expect(view.pupils.map((p, i) => Object.fromEntries(Object.keys(want.pupils[i] ?? {}).map((k) => [k, p[k as keyof typeof p]])))).toEqual(want.pupils);
      const marks = view.marks.map((m) => `${m.pupil}|${m.date}|${m.session}|${m.code}|${m.saved}`);
      expect(marks.sort()).toEqual([...want.marks].sort());
    });
  }
});
