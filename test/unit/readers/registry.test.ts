/**
 * The registry is complete and consistent: every reader file is registered under its file name, has
 * its selectors module, its fixtures (two complete layouts of each page kind and a broken page) and
 * its test file; and pickReader gives each fixture to the reader it was written for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { misReaders, pickAnyReader as pickReader, readers } from '../../../lib/readers/all';
import { PAGE_KINDS, type RegisterView } from '../../../lib/readers/view';
import { FIXTURES, fixtureFiles, loadFixture } from './fixtures';

const MIS_DIR = join(__dirname, '..', '..', '..', 'lib', 'readers', 'mis');
const readerFiles = readdirSync(MIS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.selectors.ts'));
const ids = readerFiles.map((f) => f.replace(/\.ts$/, ''));

describe('reader registry', () => {
  it('registers every reader file under its file name, and nothing else', () => {
    expect(misReaders.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(new Set(readers.map((r) => r.id)).size).toBe(readers.length);
    expect(readers.at(-1)!.id).toBe('generic');
  });

  it('every MIS reader names the pages of its MIS that fill history fastest (the first-run hint)', () => {
    for (const r of misReaders) expect(r.historyPages, r.id).toMatch(/\(.+\)/);
  });

  it.each(ids)('%s has its selectors, its test file and its fixtures', (id) => {
    expect(existsSync(join(MIS_DIR, `${id}.selectors.ts`))).toBe(true);
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
    const expected = fixtureFiles(id).map((f) => {
      const path = join(FIXTURES, id, f.replace(/\.html$/, '.expected.json'));
      expect(existsSync(path), `${id}/${f} has an expected view`).toBe(true);
      return JSON.parse(readFileSync(path, 'utf8')) as RegisterView;
    });
    for (const kind of PAGE_KINDS) {
      const complete = expected.filter((v) => v.kind === kind && v.complete);
      expect(complete.length, `${id}: complete ${kind} layouts`).toBeGreaterThanOrEqual(2);
    }
    expect(expected.some((v) => !v.complete), `${id}: a broken fixture`).toBe(true);
  });
});

describe('pickReader', () => {
  it.each(ids.flatMap((id) => fixtureFiles(id).map((f) => [id, f] as const)))('%s/%s goes to its own reader', (id, file) => {
    const { doc, url } = loadFixture(id, file);
    expect(pickReader(doc, url)?.reader.id).toBe(id);
  });

  it('prefers the reader whose URL matches over one that only recognises the layout', () => {
    // A SIMS-shaped pupil list served from an iSAMS address: the URL decides who tries first.
    const { doc } = loadFixture('sims', 'pupil-list.html');
    expect(pickReader(doc, new URL('https://example.isams.cloud/Modules/Pupils/List.aspx'))?.reader.id).toBe('isams');
  });

  it('lets a reader be switched off', () => {
    const { doc, url } = loadFixture('arbor', 'marks-grid.html');
    expect(pickReader(doc, url, (r) => r !== 'arbor')?.reader.id).not.toBe('arbor');
  });

  it('finds no reader for a page with no register', () => {
    const { document } = parseHTML('<html><body><h1>School news</h1><p>Sports day is on Friday.</p></body></html>');
    expect(pickReader(document as unknown as Document, new URL('https://example-school.uk.arbor.sc/?/home-ui/index'))).toBeUndefined();
  });
});
