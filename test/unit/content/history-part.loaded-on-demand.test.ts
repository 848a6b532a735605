// @vitest-environment happy-dom
/**
 * The MIS readers' pupil-history page kind lives in the `history` part, loaded on demand (the MIS
 * content script stays small): without it a history page says it wants the part and is never taken
 * for a read; once the part is in, the same page reads completely.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedPart, providePart, type HistoryPart, type PartName } from '../../../lib/content/parts';
import { startRegisterSession, type SessionOptions } from '../../../lib/content/register-session';
import type { Request, Response } from '../../../lib/messages';
import { bromcom } from '../../../lib/readers/mis/bromcom';
import { readPage } from '../../../lib/readers/registry';
import { readHistoryPage } from '../../../lib/readers/history-page';

const DIR = join(__dirname, '../../fixtures/mis/bromcom');
const HTML = readFileSync(join(DIR, 'pupil-history.html'), 'utf8');
const URL_OF = new URL(JSON.parse(readFileSync(join(DIR, 'urls.json'), 'utf8'))['pupil-history.html']);
const KEY = Symbol.for('attendance-lens.parts');
const history: HistoryPart = { readHistoryPage };

// test/unit/setup.ts provides the part for every other test; these start without it.
const unload = () => delete (globalThis as unknown as Record<symbol, Record<string, unknown>>)[KEY]!.history;
beforeEach(unload);
afterEach(() => providePart('history', history));

describe('the history part', () => {
  it('is wanted, not guessed at, until it is loaded; then the page reads completely', () => {
    const { document } = parseHTML(HTML);
    expect(loadedPart('history')).toBeUndefined();
    expect(bromcom.needsPart?.(document, URL_OF)).toBe('history');
    const before = readPage(document, URL_OF)!;
    expect(before.wantsPart).toBe('history');
    expect(before.result.view.kind).toBe('pupil-history');
    expect(before.result.view.complete).toBe(false);
    expect(before.result.view.marks).toEqual([]);

    providePart('history', history);
    expect(bromcom.needsPart?.(document, URL_OF)).toBeUndefined();
    const after = readPage(document, URL_OF)!;
    expect(after.wantsPart).toBeUndefined();
    expect(after.result.view.complete).toBe(true);
    expect(after.result.view.marks.length).toBeGreaterThan(10);
  });

  it('pages of other kinds never want it', () => {
    const { document } = parseHTML(readFileSync(join(DIR, 'marks-grid.html'), 'utf8'));
    expect(readPage(document, new URL('https://cloudmis.bromcom.com/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx'))!.wantsPart).toBeUndefined();
  });

  it('the content session loads it on a history page, then sends one complete read', async () => {
    document.documentElement.innerHTML = HTML.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
    const life = new AbortController();
    const sent: Request<'register-read'>[] = [];
    const loadPart = vi.fn(async (name: PartName) => {
      if (name !== 'history') throw new Error(`unexpected part ${name}`);
      providePart('history', history);
      return history;
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
      expect(loadPart).toHaveBeenCalledWith('history');
      expect(sent.length).toBeGreaterThan(0);
      for (const req of sent) expect(req.view.complete).toBe(true);
      expect(sent[0]!.view.kind).toBe('pupil-history');
    } finally {
      life.abort();
    }
  });
});
