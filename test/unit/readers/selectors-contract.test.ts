/**
 * Every MIS selector matches each saved fixture of its MIS (and its demo style's saved pages) exactly
 * as many times as its module says.
 * A layout change then fails here, naming the page and selector, instead of reading silently empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { arborSelectorCounts, arborSelectors } from '../../../lib/readers/mis/arbor.selectors';
import { bromcomSelectorCounts, bromcomSelectors } from '../../../lib/readers/mis/bromcom.selectors';
import { isamsSelectorCounts, isamsSelectors } from '../../../lib/readers/mis/isams.selectors';
import { scholarpackSelectorCounts, scholarpackSelectors } from '../../../lib/readers/mis/scholarpack.selectors';
import { simsSelectorCounts, simsSelectors } from '../../../lib/readers/mis/sims.selectors';
import type { Selectors } from '../../../lib/readers/selector-table';
import { FIXTURES, fixtureFiles } from './fixtures';

interface Entry {
  css: string;
  counts: Record<string, number>;
}
const entries = (sel: Selectors, counts: Record<string, Record<string, number>>): Record<string, Entry> => {
  expect(Object.keys(counts).sort()).toEqual(Object.keys(sel).sort());
  return Object.fromEntries(Object.entries(sel).map(([name, css]) => [name, { css, counts: counts[name] ?? {} }]));
};
const tables: Record<string, Record<string, Entry>> = {
  arbor: entries(arborSelectors, arborSelectorCounts),
  bromcom: entries(bromcomSelectors, bromcomSelectorCounts),
  sims: entries(simsSelectors, simsSelectorCounts),
  scholarpack: entries(scholarpackSelectors, scholarpackSelectorCounts),
  isams: entries(isamsSelectors, isamsSelectorCounts),
};

describe.each(Object.entries(tables))('%s selectors', (mis, table) => {
  // The MIS's own fixtures by file name, and pages saved from its demo style as "demo-<mis>/<file>".
  const demo = existsSync(join(FIXTURES, `demo-${mis}`)) ? fixtureFiles(`demo-${mis}`).map((f) => `demo-${mis}/${f}`) : [];
  const files = [...fixtureFiles(mis), ...demo].sort();
  const pathOf = (f: string) => (f.includes('/') ? join(FIXTURES, f) : join(FIXTURES, mis, f));
  const docs = new Map(files.map((f) => [f, parseHTML(readFileSync(pathOf(f), 'utf8')).document]));

  it.each(Object.entries(table))('%s matches each fixture as often as stated', (_name, entry) => {
    expect(Object.keys(entry.counts).sort()).toEqual(files);
    const actual = Object.fromEntries(files.map((f) => [f, docs.get(f)!.querySelectorAll(entry.css).length]));
    expect(actual).toEqual(entry.counts);
  });

  it.each(Object.entries(table))('%s is used by at least one fixture', (_name, entry) => {
    expect(Object.values(entry.counts).some((n) => n > 0)).toBe(true);
  });
});
