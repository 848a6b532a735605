import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chronology } from '../../../components/dashboard/Chronology';
import { HeatMap } from '../../../components/dashboard/HeatMap';
import { buildCalendar } from '../../../lib/engine/calendar';
import type { ActionRow } from '../../../lib/store/actions';
import type { PupilRow } from '../../../lib/store/rows';
import type { StoreDb } from '../../../lib/store/schema';

/**
 * The pupil page's parts in a narrow host (the side panel): the heat map shows the most recent weeks
 * with a button to show them all (and back), short week labels that still read the full date; the
 * chronology is a list, each action with the same Edit and Delete as the dashboard's table.
 */
const g = globalThis as unknown as Record<string, unknown>;
let doc: Document;
let root: HTMLElement;
beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  doc = document as unknown as Document;
  g.document = document;
  g.window = window;
  root = doc.getElementById('app')!;
});
afterEach(() => {
  render(null, root);
  delete g.document;
  delete g.window;
});
const settle = () => new Promise((r) => setTimeout(r, 20));

const calendar = buildCalendar({ terms: [{ name: 'Autumn 1', start: '2025-09-01', end: '2025-10-17' }], closures: [] });
const row = { id: 'p1', legalSurname: 'Smith' } as unknown as PupilRow;
const marks = [
  { date: '2025-10-13', session: 'AM' as const, code: 'N' },
  { date: '2025-09-01', session: 'AM' as const, code: '/' },
];
const bodyRows = () => [...root.querySelectorAll('table[role="grid"] tbody tr')];
const button = (re: RegExp) => [...root.querySelectorAll('button')].find((b) => re.test(b.textContent ?? ''));

describe('the heat map in a narrow panel', () => {
  it('shows the last weeks first, then all of them on request, and back', async () => {
    render(<HeatMap marks={marks} calendar={calendar} from="2025-09-01" to="2025-10-17" row={row} recentWeeks={3} />, root);
    await settle();
    expect(bodyRows()).toHaveLength(3);
    expect(root.textContent).toContain('The last 3 of 7 school weeks shown.');
    // The most recent week first; its label short on screen, the full date read out.
    const th = bodyRows()[0]!.querySelector('th')!;
    expect(th.querySelector('[aria-hidden="true"]')!.textContent).toBe('13 Oct');
    expect(th.querySelector('.visually-hidden')!.textContent).toBe('13 October 2025');
    expect(bodyRows()[0]!.querySelector('td')!.textContent).toContain('Monday AM, N: ');
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).toBe('5');

    const all = button(/^Show all 7 weeks$/)!;
    expect(all.getAttribute('aria-controls')).toBe('heatmap-grid');
    all.click();
    await settle();
    expect(bodyRows()).toHaveLength(7);
    expect(bodyRows()[6]!.querySelector('td')!.textContent).toContain('Monday AM, /: ');
    expect(root.textContent).toContain('All 7 school weeks shown.');
    button(/^Show the last 3 weeks only$/)!.click();
    await settle();
    expect(bodyRows()).toHaveLength(3);
  });

  it('has no button when every week already fits, and the dashboard (no limit) shows every week with full labels', async () => {
    render(<HeatMap marks={marks} calendar={calendar} from="2025-09-01" to="2025-10-17" row={row} recentWeeks={10} />, root);
    await settle();
    expect(bodyRows()).toHaveLength(7);
    expect(button(/^Show/)).toBeUndefined();
    render(<HeatMap marks={marks} calendar={calendar} from="2025-09-01" to="2025-10-17" row={row} />, root);
    await settle();
    expect(bodyRows()).toHaveLength(7);
    expect(bodyRows()[0]!.querySelector('th')!.textContent).toBe('13 October 2025');
  });
});

describe('the chronology in a narrow panel', () => {
  it('lists each action with its date, kind, words, who and notes, and Edit and Delete named for it', async () => {
    const call = {
      id: 'a1',
      pupilId: 'p1',
      kind: 'call',
      date: '2025-10-14',
      createdAt: '2025-10-14T09:00:00Z',
      with: 'Mother',
      outcome: 'Ill, back tomorrow',
      by: 'Attendance officer (TV)',
      note: 'Second call this week',
    } as unknown as ActionRow;
    render(<Chronology actions={[call]} pupilId="p1" pupilName="Ann Smith" calendar={calendar} asOf="2025-10-15" db={{} as StoreDb} editable layout="list" />, root);
    await settle();
    expect(root.querySelector('table')).toBeNull();
    const list = root.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).toBe('Actions, newest first');
    const item = list.querySelector('li')!;
    expect(item.querySelector('h3')!.textContent).toBe('14 October 2025: Phone call');
    expect(item.textContent).toContain('Call with Mother: Ill, back tomorrow');
    expect(item.textContent).toContain('By Attendance officer (TV)');
    expect(item.textContent).toContain('Second call this week');
    expect(item.querySelector('a')!.getAttribute('aria-label')).toBe('Edit the Phone call on 14 October 2025');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('#/pupil/p1/action/a1');
    const del = item.querySelector('button')!;
    expect(del.getAttribute('aria-label')).toBe('Delete the Phone call on 14 October 2025');
    del.click();
    await settle();
    expect(item.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Delete the Phone call on 14 October 2025?');
  });
});
