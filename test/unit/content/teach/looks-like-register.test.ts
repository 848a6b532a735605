import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeRegister } from '../../../../lib/content/teach/looks-like-register';

/** The notice offering "Teach this page" appears on every register layout, and on nothing else. */
const FIXTURES = join(__dirname, '../../../fixtures');
const load = (path: string) => parseHTML(readFileSync(join(FIXTURES, path), 'utf8')).document as unknown as Document;
const blind = readdirSync(join(FIXTURES, 'blind/readers')).filter((f) => f.endsWith('.html'));

describe('offering Teach on anything that looks like a register', () => {
  it.each(blind.filter((f) => !f.startsWith('non-register')))('offers it on %s', (f) => {
    expect(looksLikeRegister(load(`blind/readers/${f}`))).toBe(true);
  });
  it.each(blind.filter((f) => f.startsWith('non-register')))('does not offer it on %s', (f) => {
    expect(looksLikeRegister(load(`blind/readers/${f}`))).toBe(false);
  });
  it.each(['calendar-month', 'contacts-list', 'duty-rota', 'grade-markbook', 'timetable'])('does not offer it on the %s page', (name) => {
    expect(looksLikeRegister(load(`mis/non-register/${name}.html`))).toBe(false);
  });
  it('offers it on a certificate whose day cells hold two marks ("/M", "L\\\\")', () => {
    const rows = ['/\\', '/M', 'NN', 'L\\', '/\\'].map((c) => `<td>${c}</td>`).join('');
    const doc = parseHTML(`<table><tr><th>Week</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr><tr><td>7 Sep</td>${rows}</tr><tr><td>14 Sep</td>${rows}</tr></table>`).document as unknown as Document;
    expect(looksLikeRegister(doc)).toBe(true);
  });
  it('does not take "PM" or "PE" for two marks', () => {
    const row = '<td>AM</td><td>PM</td><td>PE</td><td>RE</td>';
    const doc = parseHTML(`<table><tr>${row}</tr><tr>${row}</tr></table>`).document as unknown as Document;
    expect(looksLikeRegister(doc)).toBe(false);
  });
  it('offers it on a card register: mark drop-downs beside pupils’ names', () => {
    const card = (n: string) => `<li><span>${n}</span><select aria-label="Mark"><option>/</option><option>N</option></select></li>`;
    const doc = parseHTML(`<h1>Register</h1><ul>${card('Amelia Example')}${card('Oliver Sample')}</ul>`).document as unknown as Document;
    expect(looksLikeRegister(doc)).toBe(true);
    const form = parseHTML(`<form><label>Country <select><option>UK</option></select></label><label>Title <select><option>Mr</option></select></label></form>`).document as unknown as Document;
    expect(looksLikeRegister(form)).toBe(false);
  });
});

describe('grids drawn by grid libraries', () => {
  it.each(['ag-grid-35', 'ag-grid-36', 'tabulator', 'slickgrid', 'revogrid', 'mui-x-data-grid', 'handsontable', 'datatables', 'gridjs'])('offers it on the %s snapshot whose headers give no dates', (name) => {
    const html = readFileSync(join(FIXTURES, `grids/${name}.html`), 'utf8').replace(/(Mon|Tue|Wed|Thu|Fri) \d\d\/09/g, 'Day');
    expect(looksLikeRegister(parseHTML(html).document as unknown as Document)).toBe(true);
  });
});
