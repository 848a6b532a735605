/** The register session's pure units: notice decisions, read de-duplication, settings changes, live edits, serial scans. */
import { describe, expect, it, vi } from 'vitest';
import {
  noticeForIdentity,
  noticeForIncomplete,
  noticeForRefusal,
  noticeForUnread,
} from '../../../../lib/content/session/notices';
import { ReadTracker } from '../../../../lib/content/session/read-tracker';
import { settingsChange } from '../../../../lib/content/session/settings-client';
import { marksByPupil } from '../../../../lib/content/session/live-edits';
import { serialised } from '../../../../lib/content/session/serial';
import type { PageSettings } from '../../../../lib/messages';

const settings = (over: Partial<PageSettings> = {}): PageSettings => ({
  siteKind: 'mis',
  registerBefore: false,
  siteOn: true,
  display: { style: 'compact', markers: [], showFirstRunHint: false, showSummary: true },
  readerSwitches: {},
  taught: null,
  profile: 'kent',
  ...over,
});

describe('notice decisions', () => {
  it('offers Teach on an unread page only when it looks like a register', () => {
    expect(noticeForUnread(false)).toBeNull();
    expect(noticeForUnread(true)?.offer).toBe('teach');
  });
  it('asks to keep scrolling for a partly seen grid, offering to scroll it through (never only Dismiss), without Teach', () => {
    const n = noticeForIncomplete({ reader: 'generic', problems: [{ where: 'rows-in-view', what: 'Rows 1–20 of 30 seen' }] } as never);
    expect(n.title).toBe('keep scrolling to read this grid');
    expect(n.detail).toBe('Rows 1–20 of 30 seen. Nothing from this page is stored or flagged until it can be read completely.');
    expect(n.offer).toBe('read-all');
  });
  it('says the first problem with its dates in words, never ISO', () => {
    const n = noticeForIncomplete({ reader: 'generic', problems: [{ where: 'row 3', what: 'no cell for 2025-09-08' }] } as never);
    expect(n.detail).toBe('no cell for 8 September 2025. Nothing from this page is stored or flagged until it can be read completely.');
  });
  it('offers to teach a taught page again when its layout is not recognised', () => {
    expect(noticeForIncomplete({ reader: 'taught', problems: [] } as never).offer).toBe('teach-again');
    expect(noticeForIncomplete({ reader: 'arbor-register', problems: [] } as never).offer).toBe('teach');
  });
  it('tells a refused read from the extension’s own trouble', () => {
    expect(noticeForRefusal(true).offer).toBe('teach');
    expect(noticeForRefusal(false).detail).toContain('browser console');
  });
});

describe('identity notices: one true reason each, with the next step', () => {
  const none = { group: '7RB', needsConfirm: 0, noGroup: 0, ambiguousOnPage: 0, ambiguousInStore: 0, contradicts: 0, unidentified: 0 };
  it('says nothing when every pupil was stored', () => {
    expect(noticeForIdentity(undefined)).toBeNull();
    expect(noticeForIdentity(none)).toBeNull();
  });
  it('names only: asks for the one-time confirmation of the group, and never claims a stored record', () => {
    const n = noticeForIdentity({ ...none, needsConfirm: 8 })!;
    expect(n.title).toBe('store the marks of 7RB by name?');
    expect(n.detail).toContain('8 pupils are shown by name only. Confirm once');
    expect(n.detail).not.toMatch(/stored record|match more than one/);
    expect(n.offer).toBe('confirm-names');
    expect(n.group).toBe('7RB');
  });
  it('names only with no group: says the page must show the group', () => {
    const n = noticeForIdentity({ ...none, group: null, noGroup: 1 })!;
    expect(n.title).toBe('1 pupil on this page not stored');
    expect(n.detail).toContain('1 pupil is shown by name only, and the page does not say which group');
    expect(n.offer).toBe('none');
  });
  it('same name twice in a group on the page', () => {
    expect(noticeForIdentity({ ...none, ambiguousOnPage: 2 })!.detail).toContain('2 pupils share a name with another pupil in the same group on this page, so none of them is stored');
  });
  it('ambiguous in the store', () => {
    expect(noticeForIdentity({ ...none, ambiguousInStore: 1 })!.detail).toContain('1 pupil could be more than one stored pupil: check the dashboard');
  });
  it('contradicting a UPN, MIS id or date of birth', () => {
    expect(noticeForIdentity({ ...none, contradicts: 3 })!.detail).toContain('3 pupils contradict a stored pupil (a different UPN, MIS id or date of birth)');
  });
  it('unidentified', () => {
    expect(noticeForIdentity({ ...none, unidentified: 1 })!.detail).toContain('1 pupil could not be identified');
  });
  it('several reasons: every one is said, and the count is the total', () => {
    const n = noticeForIdentity({ ...none, needsConfirm: 2, contradicts: 1 })!;
    expect(n.title).toBe('3 pupils on this page not stored');
    expect(n.offer).toBe('confirm-names');
    expect(n.detail).toContain('shown by name only');
    expect(n.detail).toContain('contradict');
  });
});

describe('read tracker', () => {
  it('sends a new read, skips a repeat once drawn, and never resends a refused one', () => {
    const t = new ReadTracker();
    expect(t.decide('a', false)).toBe('send');
    t.sent('a');
    expect(t.decide('a', false)).toBe('send'); // nothing drawn yet: the answer is still needed
    expect(t.decide('a', true)).toBe('same-as-sent');
    t.refused('b');
    expect(t.decide('b', true)).toBe('refused-before');
    expect(t.decide('a', true)).toBe('send'); // a refusal clears what was sent
    t.forget();
    expect(t.decide('b', true)).toBe('send');
  });
});

describe('settings change', () => {
  it('re-reads on a change of taught pages, switches or profile; restyles on display only', () => {
    expect(settingsChange(settings(), settings({ siteOn: false }))).toBe('switched-off');
    expect(settingsChange(null, settings())).toBe('reread');
    expect(settingsChange(settings({ siteOn: false }), settings())).toBe('reread');
    expect(settingsChange(settings(), settings({ readerSwitches: { generic: false } }))).toBe('reread');
    expect(settingsChange(settings(), settings({ profile: 'other' }))).toBe('reread');
    expect(settingsChange(settings(), settings({ display: { ...settings().display, style: 'full' } as never }))).toBe('restyle');
    expect(settingsChange(settings(), settings())).toBe('nothing');
  });
});

describe('live edits', () => {
  it('groups the marks on screen by pupil and session', () => {
    const m = marksByPupil({
      marks: [
        { pupil: 'p1', date: '2026-12-04', session: 'AM', code: '/' },
        { pupil: 'p1', date: '2026-12-04', session: 'PM', code: 'N' },
        { pupil: 'p2', date: '2026-12-04', session: 'AM', code: 'I' },
      ],
    } as never);
    expect(Object.fromEntries(m)).toEqual({ p1: { '2026-12-04|AM': '/', '2026-12-04|PM': 'N' }, p2: { '2026-12-04|AM': 'I' } });
  });
});

describe('serialised scans', () => {
  it('runs once more after calls made while running, never two at once', async () => {
    let active = 0;
    let max = 0;
    let runs = 0;
    const job = vi.fn(async () => {
      active++;
      max = Math.max(max, active);
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      active--;
    });
    const run = serialised(job, new AbortController().signal, () => {});
    const a = run();
    void run();
    void run();
    await a;
    expect(runs).toBe(2);
    expect(max).toBe(1);
  });
  it('reports a failure unless the session ended', async () => {
    const onError = vi.fn();
    const life = new AbortController();
    const run = serialised(async () => { throw new Error('x'); }, life.signal, onError);
    await run();
    expect(onError).toHaveBeenCalledTimes(1);
    life.abort();
    await run();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
