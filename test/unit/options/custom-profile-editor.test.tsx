import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { FlagsSection } = await import('../../../components/options/FlagsSection');
const { CUSTOM_PROFILE_KEY, loadCustomProfile } = await import('../../../lib/settings/custom-profile');
const { loadOverlayPrefs } = await import('../../../lib/settings/overlay-prefs');

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
async function mount() {
  render(<FlagsSection grantedOrigins={async () => []} />, root);
  for (let i = 0; i < 20 && root.textContent!.includes('Loading'); i++) await settle();
  await settle();
}
/** The control a <label for> names, within a container (a band's fieldset, or the whole section). */
function field(text: string, within: ParentNode = root): HTMLInputElement {
  const label = Array.from(within.querySelectorAll('label')).find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label “${text}”`);
  return doc.getElementById(label.getAttribute('for')!) as HTMLInputElement;
}
function bandGroup(n: number): HTMLFieldSetElement {
  const fs = Array.from(root.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')!.textContent!.startsWith(`Band ${n}`));
  if (!fs) throw new Error(`no band ${n}`);
  return fs as HTMLFieldSetElement;
}
function button(text: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b as HTMLButtonElement;
}
/** linkedom keeps no form-control state: set what the browser would, then fire the event. */
async function type(el: Element, value: string, event: 'input' | 'change' = 'input') {
  Object.defineProperty(el, 'value', { value, writable: true, configurable: true });
  el.dispatchEvent(new (g.window as typeof globalThis).Event(event, { bubbles: true }));
  await settle();
}
async function click(el: Element) {
  (el as HTMLElement).click();
  await settle();
}
async function submit() {
  root.querySelector('form[aria-labelledby="cp-heading"]')!.dispatchEvent(new (g.window as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}
const editorStatus = () => root.querySelector('form[aria-labelledby="cp-heading"] [role="status"]')!.textContent;
const previewLines = () => Array.from(root.querySelectorAll('ul[aria-labelledby="cp-preview-heading"] li')).map((li) => li.textContent);

describe('choosing and defining a custom profile', () => {
  it('says the national bands are used until custom bands are saved, and offers the editor from a copy', async () => {
    await mount();
    expect(root.querySelector('form[aria-labelledby="cp-heading"]')).toBeNull();
    await type(field('Local authority profile'), 'custom', 'change');
    expect((await loadOverlayPrefs()).laProfile).toBe('custom');
    const fallback = doc.getElementById('flags-custom-fallback')!;
    expect(fallback.textContent).toMatch(/No custom bands are saved yet, so registers use the national bands/);
    expect(field('Local authority profile').getAttribute('aria-describedby')).toBe('flags-custom-fallback');
    // The editor starts from a copy of the profile chosen before (Kent by default).
    expect(field('Label', bandGroup(1)).value).toBe('Meets Kent’s 96% expectation');
    expect(previewLines()[1]).toBe('above 90% to below 96%: Below 96%. Next step: Contact the family and start a chronology.');
  });

  it('a save with a mistake shows it beside its field, keeps what was typed and stores nothing', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Lower edge (%)', bandGroup(2)), '97');
    await submit();
    const edge = field('Lower edge (%)', bandGroup(2));
    expect(edge.getAttribute('aria-invalid')).toBe('true');
    const msg = doc.getElementById(edge.getAttribute('aria-describedby')!)!;
    expect(msg.textContent).toBe('Bands go highest first: band 2 (97%) must start below band 1 (96%).');
    expect(edge.value).toBe('97');
    expect(editorStatus()).toBe('Not saved: 1 problem to fix, shown beside the fields. Your changes are still here.');
    expect((await fakeBrowser.storage.local.get(CUSTOM_PROFILE_KEY))[CUSTOM_PROFILE_KEY]).toBeUndefined();
    // Fixing the field clears its message.
    await type(edge, '92');
    expect(field('Lower edge (%)', bandGroup(2)).hasAttribute('aria-invalid')).toBe(false);
  });

  it('builds three bands from a copy, saves them, and the fallback message goes', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Start from a copy of'), 'coventry', 'change');
    await click(button('Copy these bands'));
    expect(root.querySelectorAll('ol.cp-bands > li')).toHaveLength(3);
    await type(field('Profile name'), 'Our school');
    await type(field('Label', bandGroup(1)), 'On track');
    await type(field('Lower edge (%)', bandGroup(1)), '95');
    await type(field('The edge itself is', bandGroup(1)), 'in', 'change');
    await type(field('Label', bandGroup(2)), 'Concern');
    await type(field('Lower edge (%)', bandGroup(2)), '85');
    await type(field('The edge itself is', bandGroup(2)), 'out', 'change');
    await type(field('Label', bandGroup(3)), 'Serious concern');
    await type(field('Colour', bandGroup(3)), 'severe', 'change');
    await type(field('Next step', bandGroup(3)), 'Refer to the LA attendance officer.');
    expect(previewLines()).toEqual([
      expect.stringMatching(/^95% or more: On track\. Next step: /),
      expect.stringMatching(/^above 85% to below 95%: Concern\. Next step: /),
      '85% or below: Serious concern. Next step: Refer to the LA attendance officer.',
    ]);
    await submit();
    expect(editorStatus()).toBe('Saved “Our school” with 3 bands. Registers use them from the next page you open.');
    const saved = await loadCustomProfile();
    expect(saved.state).toBe('ok');
    if (saved.state === 'ok') {
      expect(saved.profile.bands.map((b) => [b.label, b.from, b.tone])).toEqual([
        ['On track', { pct: 95, inclusive: true }, 'good'],
        ['Concern', { pct: 85, inclusive: false }, 'warn'],
        ['Serious concern', null, 'severe'],
      ]);
    }
    expect(doc.getElementById('flags-custom-fallback')).toBeNull();
  });

  it('adds bands up to six and removes them down to two', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Start from a copy of'), 'hackney', 'change');
    await click(button('Copy these bands'));
    expect(root.querySelectorAll('ol.cp-bands > li')).toHaveLength(5);
    await click(button('Add a band'));
    expect(root.querySelectorAll('ol.cp-bands > li')).toHaveLength(6);
    // The new band sits above the lowest, empty, and the button is now off.
    expect(field('Label', bandGroup(5)).value).toBe('');
    expect(button('Add a band').disabled).toBe(true);
    for (let n = 6; n > 2; n--) await click(button(`Remove band ${n}`));
    expect(root.querySelectorAll('ol.cp-bands > li')).toHaveLength(2);
    expect(button('Remove band 1').disabled).toBe(true);
    // The band that became the lowest has no edge any more.
    expect(() => field('Lower edge (%)', bandGroup(2))).toThrow(/no label/);
  });
});
