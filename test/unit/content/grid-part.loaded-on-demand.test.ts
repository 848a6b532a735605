// @vitest-environment happy-dom
/**
 * The MIS readers' table and card reads live in the `grid` part, loaded on demand (the MIS content
 * script stays small: a page that is not a register carries no reader code): without it a register
 * page says it wants the part and is never taken for a read; once the part is in, the same page
 * reads exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedPart, providePart, type GridPart, type PartName } from '../../../lib/content/parts';
import { startRegisterSession, type SessionOptions } from '../../../lib/content/register-session';
import type { Request, Response } from '../../../lib/messages';
import { gridReads } from '../../../lib/readers/grid-reads';
import { bromcom } from '../../../lib/readers/mis/bromcom';
import { readPage } from '../../../lib/readers/registry';

const DIR = join(__dirname, '../../fixtures/mis/bromcom');
const URLS = JSON.parse(readFileSync(join(DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const page = (name: string) => ({ html: readFileSync(join(DIR, name), 'utf8'), url: new URL(URLS[name]!) });
const KEY = Symbol.for('attendance-lens.parts');
const grid: GridPart = gridReads;

// test/unit/setup.ts provides the part for every other test; these start without it.
const unload = () => delete (globalThis as unknown as Record<symbol, Record<string, unknown>>)[KEY]!.grid;
beforeEach(unload);
afterEach(() => providePart('grid', grid));

describe('the grid part', () => {
  for (const name of ['take-register.html', 'marks-grid.html', 'marks-grid-2024-layout.html', 'pupil-list.html']) {
    it(`${name}: wanted, not guessed at, until it is loaded; then the page reads as it always did`, () => {
      const { html, url } = page(name);
      const { document } = parseHTML(html);
      expect(loadedPart('grid')).toBeUndefined();
      expect(bromcom.needsPart?.(document, url)).toBe('grid');
      const before = readPage(document, url)!;
      expect(before.wantsPart).toBe('grid');
      expect(before.result.view.complete).toBe(false);
      expect(before.result.view.marks).toEqual([]);
      expect(before.result.view.pupils).toEqual([]);

      providePart('grid', grid);
      expect(bromcom.needsPart?.(document, url)).toBeUndefined();
      const after = readPage(document, url)!;
      expect(after.wantsPart).toBeUndefined();
      expect(after.result.view.kind).toBe(before.result.view.kind);
      const expected = JSON.parse(readFileSync(join(DIR, name.replace('.html', '.expected.json')), 'utf8')) as { complete?: boolean; pupils?: unknown[] };
      expect(after.result.view.complete).toBe(expected.complete ?? true);
      expect(after.result.view.pupils.length).toBe(expected.pupils?.length);
      expect(after.result.view.pupils.length).toBeGreaterThan(0);
    });
  }

  it('a pupil-history page does not want it (its read is the history part, at hand here)', () => {
    const { html, url } = page('pupil-history.html');
    const read = readPage(parseHTML(html).document, url)!;
    expect(read.wantsPart).toBeUndefined();
    expect(read.result.view.kind).toBe('pupil-history');
    expect(read.result.view.complete).toBe(true);
  });

  it('the content session loads it on a take-register page, then sends one complete read', async () => {
    const { html } = page('take-register.html');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
    history.replaceState(null, '', '/');
    const life = new AbortController();
    const sent: Request<'register-read'>[] = [];
    const loadPart = vi.fn(async (name: PartName) => {
      if (name !== 'grid') throw new Error(`unexpected part ${name}`);
      providePart('grid', grid);
      return grid;
    }) as unknown as SessionOptions['loadPart'];
    const session = startRegisterSession({
      signal: life.signal,
      loadSettings: vi.fn(async () => ({
        siteKind: 'mis' as const,
        registerBefore: false,
        siteOn: true,
        display: { style: 'compact' as const, markers: [], showFirstRunHint: false, showSummary: true },
        readerSwitches: {},
        taught: null,
        profile: 'kent' as const,
      })),
      sendRead: vi.fn(async (req: Request<'register-read'>): Promise<Response<'register-read'>> => {
        sent.push(req);
        return { ok: true, stored: { marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 }, badges: [], summary: null, bandRules: [], asOf: '2026-11-20', showFlags: false };
      }),
      saveTaught: vi.fn(),
      loadPart,
      settingsRetryMs: 5,
    });
    try {
      await session.scan();
      expect(loadPart).toHaveBeenCalledWith('grid');
      expect(sent.length).toBeGreaterThan(0);
      for (const req of sent) expect(req.view.complete).toBe(true);
      expect(sent[0]!.view.kind).toBe('take-register');
    } finally {
      life.abort();
    }
  });
});
