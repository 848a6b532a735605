/** The small shared pieces MIS readers are built from: dates, names, marks, herringbone, tables. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { codeFromWords, finishMark, TICK } from '../../../lib/readers/codes-map';
import { parseDateText, yearContextFrom } from '../../../lib/readers/dates';
import { readMarkCell } from '../../../lib/readers/mark-cell';
import { looksLikeName, personName, pupilKey } from '../../../lib/readers/names';
import { splitHerringbone } from '../../../lib/readers/read-history';
import { headerTexts, logicalGrid } from '../../../lib/readers/table-grid';

const el = (html: string): Element => parseHTML(`<html><body><div id="x">${html}</div></body></html>`).document.getElementById('x')!;

describe('dates', () => {
  it.each([
    ['2025-09-08', '2025-09-08'],
    ['08/09/2025', '2025-09-08'],
    ['8/9/25', '2025-09-08'],
    ['Mon 8 Sep 2025', '2025-09-08'],
    ['Monday 8th September 2025, 08:40 – 09:00', '2025-09-08'],
    ['Week commencing 08-09-2025', '2025-09-08'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text)).toEqual({ ok: true, date: iso, partial: false }));

  it('partial dates take their year from the page: a range, or an academic year', () => {
    expect(parseDateText('Mon 09/09', { from: '2024-09-09', to: '2024-09-13' })).toEqual({ ok: true, date: '2024-09-09', partial: true });
    expect(parseDateText('Fri 02/01', { from: '2025-12-29', to: '2026-01-02' })).toEqual({ ok: true, date: '2026-01-02', partial: true });
    expect(parseDateText('14/01', { academicYearStart: 2025 })).toEqual({ ok: true, date: '2026-01-14', partial: true });
    expect(parseDateText('15/09', { academicYearStart: 2025 })).toEqual({ ok: true, date: '2025-09-15', partial: true });
    expect(parseDateText('Mon 09/09')).toMatchObject({ ok: false });
  });

  it('refuses impossible dates and a weekday that disagrees', () => {
    expect(parseDateText('31/02/2025')).toMatchObject({ ok: false });
    expect(parseDateText('Tue 08/09/2025')).toMatchObject({ ok: false });
    expect(parseDateText('Period 1 (9:00-10:00)')).toBeUndefined();
  });

  it('reads the page context, ignoring dates of birth', () => {
    expect(yearContextFrom('Amelia · Date of Birth 14/03/2014 · Academic year 2025/26')).toEqual({ academicYearStart: 2025 });
    expect(yearContextFrom('Date range: 11/09/2023 - 15/09/2023')).toEqual({ from: '2023-09-11', to: '2023-09-15' });
  });
});

describe('names', () => {
  it.each([
    ['Amelia Example', 'Amelia Example'],
    ['EXAMPLE, Amelia', 'Amelia Example'],
    ["O'NEIL-SMITH, Ava", "Ava O'Neil-Smith"],
    ['Amelia EXAMPLE', 'Amelia Example'],
    ['  Example ,  Amelia  Jane ', 'Amelia Jane Example'],
  ])('%s → %s', (raw, name) => expect(personName(raw)).toBe(name));
  it('tells names from other cell text', () => {
    expect(looksLikeName('Amelia Example')).toBe(true);
    expect(looksLikeName('Totals')).toBe(false);
    expect(looksLikeName('7AB 12')).toBe(false);
  });
  it('keys by MIS id, else by name (and date of birth)', () => {
    expect(pupilKey('40219', 'Amelia Example')).toBe('id:40219');
    expect(pupilKey(undefined, 'Zoë Example')).toBe('name:zoe-example');
    expect(pupilKey(undefined, 'Amelia Example', '2014-03-14')).toBe('name:amelia-example:2014-03-14');
  });
});

describe('marks', () => {
  it('reads codes from words and symbols', () => {
    expect(codeFromWords('Present AM')).toBe(TICK);
    expect(codeFromWords('✓')).toBe(TICK);
    expect(codeFromWords('Late')).toBe('L');
    expect(codeFromWords('N – No reason yet')).toBe('N');
    expect(codeFromWords('Illness (I)')).toBe('I');
    expect(codeFromWords('No Mark')).toBe('');
    expect(codeFromWords('Absent')).toBeUndefined();
  });

  it('a tick is "/" in AM and "\\" in PM; codes are D-NORM upper-cased; legacy codes stay as shown', () => {
    const raw = (value: string) => ({ value, text: value, via: 'text' as const, saved: true });
    expect(finishMark(raw('✓'), 'AM', '2025-09-08').code).toBe('/');
    expect(finishMark(raw('✓'), 'PM', '2025-09-08').code).toBe('\\');
    expect(finishMark(raw(' c2 '), 'AM', '2025-09-08')).toEqual({ code: 'C2', unknown: false, unreadable: false });
    expect(finishMark(raw('H'), 'AM', '2025-09-08')).toEqual({ code: 'H', unknown: false, unreadable: false });
    expect(finishMark(raw('-'), 'AM', '2025-09-08')).toEqual({ code: '', unknown: false, unreadable: false });
    expect(finishMark(raw('Q9'), 'AM', '2025-09-08')).toEqual({ code: 'Q9', unknown: true, unreadable: false });
    expect(finishMark({ value: 'Smiley', text: 'Smiley', via: 'icon', saved: true }, 'AM', '2025-09-08').unreadable).toBe(true);
  });

  it('reads a cell however the mark is drawn', () => {
    expect(readMarkCell(el('<select><option value="">-</option><option value="N" selected>N</option></select>'))).toMatchObject({ value: 'N', via: 'select', saved: true });
    expect(readMarkCell(el('<input value="I" data-saved-value="N">'))).toMatchObject({ value: 'I', via: 'input', saved: false });
    expect(readMarkCell(el('<button aria-pressed="false">P</button><button aria-pressed="true">L</button>'))).toMatchObject({ value: 'L', via: 'button' });
    expect(readMarkCell(el('<button aria-pressed="false">P</button><button aria-pressed="false">A</button>'))).toMatchObject({ value: '' });
    expect(readMarkCell(el('<span role="img" title="Present AM"></span>'))).toMatchObject({ text: 'Present AM', via: 'icon' });
    expect(readMarkCell(el('<span class="icon-cross"></span>'))).toBeUndefined();
    expect(readMarkCell(el('<span></span>'))).toMatchObject({ value: '', via: 'text' });
    expect(readMarkCell(el('N<span title="Note"></span>'), { skip: '[title="Note"]' })).toMatchObject({ value: 'N', via: 'text' });
    expect(readMarkCell(el('<button aria-pressed="true">P</button><button aria-pressed="true">L</button>'))).toBeUndefined();
  });

  it('a select with data-saved-value is saved exactly when its value equals that attribute', () => {
    // After Save, pages update data-saved-value but may leave `selected` on the first-rendered option.
    const select = (saved: string) => el(`<select data-saved-value="${saved}"><option value="/">/</option><option value="O" selected>O</option></select>`);
    expect(readMarkCell(select('O'))).toMatchObject({ value: 'O', saved: true });
    expect(readMarkCell(select('/'))).toMatchObject({ value: 'O', saved: false });
  });

  it('splits herringbone text into AM and PM', () => {
    expect(splitHerringbone('/\\')).toEqual(['/', '\\']);
    expect(splitHerringbone('C1\\')).toEqual(['C1', '\\']);
    expect(splitHerringbone('Y7Y7')).toEqual(['Y7', 'Y7']);
    expect(splitHerringbone('I01 I01')).toEqual(['I01', 'I01']);
    expect(splitHerringbone('')).toEqual([]);
    expect(splitHerringbone('/\\N')).toBeUndefined();
    expect(splitHerringbone('I01I01')).toBeUndefined();
  });
});

describe('logical grid', () => {
  it('expands colspan and rowspan so each column knows its headers', () => {
    const t = el(`<table><thead><tr><th rowspan="2">Name</th><th colspan="2">Mon 08/09</th></tr><tr><th>AM</th><th>PM</th></tr></thead>
      <tbody><tr><td>Amelia Example</td><td>/</td><td>\\</td></tr></tbody></table>`).querySelector('table')!;
    const g = logicalGrid(t);
    expect(g.width).toBe(3);
    expect(headerTexts(g, 0).texts).toEqual(['Name']);
    expect(headerTexts(g, 2).texts).toEqual(['Mon 08/09', 'PM']);
    expect(g.body).toHaveLength(1);
    expect(g.body[0]!.cells.map((c) => c?.textContent)).toEqual(['Amelia Example', '/', '\\']);
  });
});
