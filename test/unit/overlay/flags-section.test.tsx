import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { FlagsSection } = await import('../../../components/options/FlagsSection');
const { loadOverlayPrefs, OVERLAY_PREFS_KEY } = await import('../../../lib/settings/overlay-prefs');

let doc: Document;
let root: HTMLElement;
const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
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
async function mountSection() {
  render(<FlagsSection grantedOrigins={async () => ['https://school.uk.arbor.sc']} />, root);
  for (let i = 0; i < 20 && root.textContent!.includes('Loading'); i++) await settle();
  await settle();
}
function labelled(text: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent!.includes(text));
  if (!label) throw new Error(`no label “${text}”`);
  return (label.querySelector('input, select') ?? doc.getElementById(label.getAttribute('for')!)) as HTMLInputElement;
}
/** linkedom keeps no form-control state: set what the browser would, then fire the event. */
function setState(el: Element, prop: 'checked' | 'value', value: boolean | string) {
  Object.defineProperty(el, prop, { value, writable: true, configurable: true });
}
const isChecked = (el: Element) => el.hasAttribute('checked') || (el as HTMLInputElement).checked === true;
async function change(el: HTMLInputElement | HTMLSelectElement) {
  el.dispatchEvent(new (g.window as typeof globalThis).Event('change', { bubbles: true }));
  await settle();
}

describe('FlagsSection', () => {
  it('lists granted sites and switches one off', async () => {
    await mountSection();
    const box = labelled('Show flags on https://school.uk.arbor.sc');
    expect(isChecked(box)).toBe(true);
    setState(box, 'checked', false);
    await change(box);
    expect((await loadOverlayPrefs()).sites).toEqual({ 'https://school.uk.arbor.sc': false });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Flags are not shown on https://school.uk.arbor.sc.');
  });

  it('hides a marker, chooses full badges and an LA profile', async () => {
    await mountSection();
    const pn = labelled('Penalty notice threshold met');
    expect(isChecked(pn)).toBe(true);
    setState(pn, 'checked', false);
    await change(pn);
    const full = labelled('Full, e.g.');
    setState(full, 'checked', true);
    await change(full);
    const select = labelled('Local authority profile') as unknown as HTMLSelectElement;
    setState(select, 'value', 'hackney');
    await change(select);
    const stored = (await fakeBrowser.storage.local.get(OVERLAY_PREFS_KEY))[OVERLAY_PREFS_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ markers: { PN_THRESHOLD: false }, badgeStyle: 'full', laProfile: 'hackney' });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Local authority profile: Hackney.');
  });
});
