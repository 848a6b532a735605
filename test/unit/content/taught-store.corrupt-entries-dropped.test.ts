import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { TAUGHT_KEY, loadTaught, matchesPathPattern, pathPatternOf, removeTaught, saveTaught, taughtFor, updateTaught, watchTaught } = await import('../../../lib/settings/taught');
const { isReaderEnabled, loadReaderSwitches, setReaderEnabled, READER_SWITCHES_KEY } = await import('../../../lib/settings/readers');
import type { TaughtMapping } from '../../../lib/readers/generic/taught';

const mapping: TaughtMapping = {
  version: 1,
  names: { anchor: '[id="marks-panel"]', path: [['table', 1]] },
  marks: { anchor: '[id="marks-panel"]', path: [['table', 1]] },
  nameColumn: 0,
  firstMarkColumn: 1,
  firstDate: '2025-11-17',
  layout: 'am-pm',
};
const ORIGIN = 'https://mis.example-school.uk';

beforeEach(() => fakeBrowser.reset());

describe('page paths generalise ids and dates', () => {
  it.each([
    ['/register/group/7RB/date/2025-09-12', '/register/group/*/date/*'],
    ['/students/40538/attendance', '/students/*/attendance'],
    ['/sheet/a3f9c2e1b7d4', '/sheet/*'],
    ['/attendance/take-register', '/attendance/take-register'],
    ['/', '/'],
  ])('%s → %s', (path, pattern) => expect(pathPatternOf(path)).toBe(pattern));

  it('matches the same shape only, one segment per star', () => {
    expect(matchesPathPattern('/register/group/*/date/*', '/register/group/8XY/date/2025-10-01')).toBe(true);
    expect(matchesPathPattern('/register/group/*/date/*', '/Register/Group/8XY/date/2025-10-01')).toBe(true);
    expect(matchesPathPattern('/register/group/*/date/*', '/register/group/8XY/date')).toBe(false);
    expect(matchesPathPattern('/register/group/*/date/*', '/register/group//date/2025-10-01')).toBe(false);
    expect(matchesPathPattern('/register/group/*/date/*', '/register/group/8XY/date/2025-10-01/edit')).toBe(false);
    expect(matchesPathPattern('/students/*', '/staff/12')).toBe(false);
  });
});

describe('taught pages in storage.local', () => {
  it('saves, finds by origin and path, renames and removes', async () => {
    const saved = await saveTaught({ origin: ORIGIN, pathPattern: '/classes/*/sheet', label: ' Class sheet ', mapping }, '2026-01-05T10:00:00.000Z');
    expect(saved).toMatchObject({ origin: ORIGIN, pathPattern: '/classes/*/sheet', label: 'Class sheet', mapping, createdAt: '2026-01-05T10:00:00.000Z' });
    expect(saved.id).toMatch(/^[0-9a-f]{16}$/);
    const entries = await loadTaught();
    expect(entries).toEqual([saved]);
    expect(taughtFor(entries, new URL(`${ORIGIN}/classes/4B/sheet?week=3`))?.id).toBe(saved.id);
    expect(taughtFor(entries, new URL('https://other.example/classes/4B/sheet'))).toBeUndefined();
    expect(taughtFor(entries, new URL(`${ORIGIN}/classes/4B/list`))).toBeUndefined();

    expect(await updateTaught(saved.id, { label: '4B weekly' })).toBe(true);
    expect((await loadTaught())[0]!.label).toBe('4B weekly');
    expect(await updateTaught('nope', { label: 'x' })).toBe(false);
    await removeTaught(saved.id);
    expect(await loadTaught()).toEqual([]);
  });

  it('teaching the same page again replaces its mapping (that is how a taught page is edited)', async () => {
    await saveTaught({ origin: ORIGIN, pathPattern: '/sheet/*', label: 'Old', mapping }, '2026-01-05T10:00:00.000Z');
    const other = await saveTaught({ origin: ORIGIN, pathPattern: '/list', label: 'Other', mapping }, '2026-01-05T10:00:01.000Z');
    const again = await saveTaught({ origin: ORIGIN, pathPattern: '/sheet/*', label: 'New', mapping: { ...mapping, firstMarkColumn: 2 } }, '2026-01-06T10:00:00.000Z');
    const entries = await loadTaught();
    expect(entries.map((e) => e.label).sort()).toEqual(['New', 'Other']);
    expect(taughtFor(entries, new URL(`${ORIGIN}/sheet/12`))).toEqual(again);
    expect(taughtFor(entries, new URL(`${ORIGIN}/list`))).toEqual(other);
  });

  it('drops a corrupt entry with a warning and keeps the others; never lets a bad selector through', async () => {
    const good = await saveTaught({ origin: ORIGIN, pathPattern: '/sheet/*', label: 'Good', mapping }, '2026-01-05T10:00:00.000Z');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      [TAUGHT_KEY]: [
        { ...good, id: 'bad-anchor', mapping: { ...mapping, names: { anchor: 'div:has(', path: [] } } },
        { ...good, id: 'bad-layout', mapping: { ...mapping, layout: 'sideways' } },
        { ...good, id: 'bad-origin', origin: 'javascript:alert(1)' },
        'not an entry',
        good,
      ],
    });
    expect(await loadTaught()).toEqual([good]);
    expect(warn).toHaveBeenCalledTimes(4);
    await fakeBrowser.storage.local.set({ [TAUGHT_KEY]: { not: 'a list' } });
    expect(await loadTaught()).toEqual([]);
    warn.mockRestore();
  });

  it('refuses to save a mapping that would not load again', async () => {
    await expect(saveTaught({ origin: ORIGIN, pathPattern: '/x', label: 'x', mapping: { ...mapping, nameColumn: -1 } })).rejects.toThrow(/cannot be saved/);
    expect(await loadTaught()).toEqual([]);
  });

  it('tells listeners about changes until the signal aborts', async () => {
    const seen: string[][] = [];
    const life = new AbortController();
    watchTaught((entries) => seen.push(entries.map((e) => e.label)), life.signal);
    await saveTaught({ origin: ORIGIN, pathPattern: '/a', label: 'A', mapping });
    life.abort();
    await saveTaught({ origin: ORIGIN, pathPattern: '/b', label: 'B', mapping });
    expect(seen).toEqual([['A']]);
  });
});

describe('per-reader switches', () => {
  it('every reader is on until switched off; a malformed record turns nothing off', async () => {
    expect(isReaderEnabled(await loadReaderSwitches(), 'arbor')).toBe(true);
    await setReaderEnabled('arbor', false);
    const s = await loadReaderSwitches();
    expect(isReaderEnabled(s, 'arbor')).toBe(false);
    expect(isReaderEnabled(s, 'bromcom')).toBe(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [READER_SWITCHES_KEY]: { arbor: 'off' } });
    expect(isReaderEnabled(await loadReaderSwitches(), 'arbor')).toBe(true);
    warn.mockRestore();
  });
});
