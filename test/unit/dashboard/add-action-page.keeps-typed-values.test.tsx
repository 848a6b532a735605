import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddActionPage } from '../../../components/dashboard/AddActionPage';
import type { DashboardContext } from '../../../components/dashboard/context';
import { todayLocal } from '../../../lib/clock';
import { ingestRead } from '../../../lib/store/ingest';
import { freshDb, registerBatch } from '../store/helpers';

/**
 * "A refused form loses nothing" is the page's state, not the parser's: the values typed in stay in
 * their fields after a refused save, and across a change of kind and back.
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
const control = (id: string) => doc.getElementById(id) as HTMLInputElement | null;
async function enter(id: string, value: string, event: 'input' | 'change' = 'input') {
  const el = control(id)!;
  Object.defineProperty(el, 'value', { value, writable: true, configurable: true });
  el.dispatchEvent(new (g.window as typeof globalThis).Event(event, { bubbles: true }));
  await settle();
}

describe('the add-an-action page', () => {
  it('keeps every typed-in value through a refused save and a change of kind', async () => {
    const { db } = freshDb();
    await ingestRead(db, registerBatch());
    const pupil = (await db.pupils.toArray())[0]!;
    const ctx: DashboardContext = { db, profile: { id: 'kent' }, profileKey: 'kent', asOf: todayLocal() };
    render(<AddActionPage ctx={ctx} pupilId={pupil.id} />, root);
    for (let i = 0; i < 50 && !control('field-kind'); i++) await settle();

    await enter('field-kind', 'referral', 'change');
    await enter('field-note', 'Long note typed before the error');
    await enter('field-by', 'TV');
    root.querySelector('form')!.dispatchEvent(new (g.window as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
    await settle();

    // Refused: the summary says why, and nothing typed is lost.
    expect(root.querySelector('.error-summary')!.textContent).toContain('Say who the pupil was referred to.');
    expect(control('field-to')!.getAttribute('aria-invalid')).toBe('true');
    expect(control('field-note')!.value).toBe('Long note typed before the error');
    expect(control('field-by')!.value).toBe('TV');
    expect(await db.actions.count()).toBe(0);

    // Another kind and back: still there.
    await enter('field-kind', 'letter', 'change');
    expect(control('field-to')).toBeNull();
    await enter('field-kind', 'referral', 'change');
    expect(control('field-note')!.value).toBe('Long note typed before the error');
    expect(control('field-by')!.value).toBe('TV');
  });
});
