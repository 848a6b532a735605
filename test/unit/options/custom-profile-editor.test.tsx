import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { FlagsSection } = await import('../../../components/options/FlagsSection');
const { CUSTOM_PROFILE_KEY, loadCustomProfile, saveCustomProfile } = await import('../../../lib/settings/custom-profile');
const { loadOverlayPrefs, saveOverlayPrefs } = await import('../../../lib/settings/overlay-prefs');
const { mountFlagsSection, setControl, settle, useSettingsPage } = await import('./settings-page');

const page = useSettingsPage();
const mount = () => mountFlagsSection(page, FlagsSection);

/** The control a <label for> names, within a container (a band's fieldset, or the whole section). */
function field(text: string, within: ParentNode = page.root): HTMLInputElement {
  const label = Array.from(within.querySelectorAll('label')).find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label “${text}”`);
  return page.doc.getElementById(label.getAttribute('for')!) as HTMLInputElement;
}
function bandGroup(n: number): HTMLFieldSetElement {
  const fs = Array.from(page.root.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')!.textContent!.startsWith(`Band ${n}`));
  if (!fs) throw new Error(`no band ${n}`);
  return fs as HTMLFieldSetElement;
}
function button(text: string): HTMLButtonElement {
  const b = Array.from(page.root.querySelectorAll('button')).find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b as HTMLButtonElement;
}
const type = (el: Element, value: string, event: 'input' | 'change' = 'input') => setControl(el, 'value', value, event);
async function click(el: Element) {
  (el as HTMLElement).click();
  await settle();
}
async function submit() {
  page.root.querySelector('form[aria-labelledby="cp-heading"]')!.dispatchEvent(new (globalThis.window as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}
const editorStatus = () => page.root.querySelector('form[aria-labelledby="cp-heading"] [role="status"]')!.textContent;
const previewLines = () => Array.from(page.root.querySelectorAll('ul[aria-labelledby="cp-preview-heading"] li')).map((li) => li.textContent);

describe('choosing and defining a custom profile', () => {
  it('says the national bands are used until custom bands are saved, and offers the editor from a copy', async () => {
    await mount();
    expect(page.root.querySelector('form[aria-labelledby="cp-heading"]')).toBeNull();
    await type(field('Local authority profile'), 'custom', 'change');
    expect((await loadOverlayPrefs()).laProfile).toBe('custom');
    const fallback = page.doc.getElementById('flags-custom-fallback')!;
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
    const msg = page.doc.getElementById(edge.getAttribute('aria-describedby')!)!;
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
    expect(page.root.querySelectorAll('ol.cp-bands > li')).toHaveLength(3);
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
    expect(editorStatus()).toBe('Saved “Our school” with 3 bands. Registers use them now, pages already open included.');
    const saved = await loadCustomProfile();
    expect(saved.state).toBe('ok');
    if (saved.state === 'ok') {
      expect(saved.profile.bands.map((b) => [b.label, b.from, b.tone])).toEqual([
        ['On track', { pct: 95, inclusive: true }, 'good'],
        ['Concern', { pct: 85, inclusive: false }, 'warn'],
        ['Serious concern', null, 'severe'],
      ]);
    }
    expect(page.doc.getElementById('flags-custom-fallback')).toBeNull();
  });

  it('adds bands up to six and removes them down to two', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Start from a copy of'), 'hackney', 'change');
    await click(button('Copy these bands'));
    expect(page.root.querySelectorAll('ol.cp-bands > li')).toHaveLength(5);
    await click(button('Add a band'));
    expect(page.root.querySelectorAll('ol.cp-bands > li')).toHaveLength(6);
    // The new band sits above the lowest, empty, and the button is now off.
    expect(field('Label', bandGroup(5)).value).toBe('');
    expect(button('Add a band').disabled).toBe(true);
    for (let n = 6; n > 2; n--) await click(button(`Remove band ${n}`));
    expect(page.root.querySelectorAll('ol.cp-bands > li')).toHaveLength(2);
    expect(button('Remove band 1').disabled).toBe(true);
    // The band that became the lowest has no edge any more.
    expect(() => field('Lower edge (%)', bandGroup(2))).toThrow(/no label/);
  });
});

const theirs = {
  name: 'Theirs',
  bands: [
    { label: 'Fine', from: { pct: 94, inclusive: true }, tone: 'good', nextStep: 'Nothing yet.' },
    { label: 'Not fine', from: null, tone: 'severe', nextStep: 'Call home.' },
  ],
};

describe('the custom profile editor and what is stored', () => {
  it('a storage failure on save is reported, and the fields keep what was typed', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (CUSTOM_PROFILE_KEY in items) throw new Error('the disk is full');
      await set(items);
    });
    await mountFlagsSection(page, FlagsSection, { grantedOrigins: async () => [] });
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Profile name'), 'Ours');
    await submit();
    expect(editorStatus()).toBe('Not saved: the settings could not be stored (the disk is full). Your changes are still here.');
    expect(field('Profile name').value).toBe('Ours');
  });

  it('bands saved in another tab are offered, not silently overwritten', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Profile name'), 'Mine');
    await saveCustomProfile(theirs); // the other tab
    await settle();
    const alert = page.root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Other bands, “Theirs”, have been saved in another tab or window since these were loaded. Saving here would replace them.');
    await click(button('Load the saved bands'));
    expect(field('Profile name').value).toBe('Theirs');
    expect(field('Label', bandGroup(2)).value).toBe('Not fine');
    expect(page.root.querySelector('[role="alert"]')).toBeNull();
    expect(editorStatus()).toBe('Loaded the saved bands, “Theirs”.');
  });

  it('saving over them says what it replaced', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Profile name'), 'Mine');
    await saveCustomProfile(theirs);
    await settle();
    expect(page.root.querySelector('[role="alert"]')).not.toBeNull();
    await submit();
    expect(editorStatus()).toMatch(/^Saved “Mine” with 4 bands, in place of the ones saved in the other tab\./);
    expect(page.root.querySelector('[role="alert"]')).toBeNull();
    const saved = await loadCustomProfile();
    expect(saved.state === 'ok' && saved.definition.name).toBe('Mine');
  });

  it('its own save is not taken for another tab’s', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await submit();
    await settle();
    expect(page.root.querySelector('[role="alert"]')).toBeNull();
  });

  it('stored bands that are not valid are shown to fix, each problem beside its field', async () => {
    await saveOverlayPrefs({ laProfile: 'custom' });
    const broken = {
      name: 'Hand edited',
      bands: [
        { label: 'Top', from: 'ninety-five', tone: 'good', nextStep: 'Praise.' },
        { label: 'Middle', from: { pct: 97, inclusive: true }, tone: 'warn', nextStep: 'Call.' },
        { label: 'Bottom', from: null, tone: 'severe', nextStep: 'Refer.' },
      ],
    };
    await fakeBrowser.storage.local.set({ [CUSTOM_PROFILE_KEY]: broken });
    await mount();
    expect(field('Profile name').value).toBe('Hand edited');
    expect(field('Label', bandGroup(2)).value).toBe('Middle');
    // The band whose edge is not even a number: its message describes the edge's box.
    const top = field('Lower edge (%)', bandGroup(1));
    expect(top.getAttribute('aria-invalid')).toBe('true');
    const described = top.getAttribute('aria-describedby')!.split(' ').map((id) => page.doc.getElementById(id)!.textContent);
    expect(described.join(' ')).toMatch(/not valid/);
    // Fixed and saved, it is stored.
    await type(top, '98');
    await type(field('Lower edge (%)', bandGroup(2)), '92');
    await submit();
    expect((await loadCustomProfile()).state).toBe('ok');
  });

  it('warns when the colours would make pupils "at risk" who are not', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    const warning = () => page.doc.getElementById('cp-at-risk-warning')?.textContent ?? null;
    expect(warning()).toBeNull();
    await type(field('Colour', bandGroup(2)), 'good', 'change');
    await type(field('Colour', bandGroup(1)), 'info', 'change');
    expect(warning()).toMatch(/^Band 1, the highest, is not green, so the pupils with the best attendance are shown as “at risk”, while those in band 2 are not\./);
    expect(field('Colour', bandGroup(1)).getAttribute('aria-describedby')).toBe('cp-at-risk-warning');
    expect(button('Save custom profile').getAttribute('aria-describedby')).toBe('cp-at-risk-warning');
    for (const n of [2, 3, 4]) await type(field('Colour', bandGroup(n)), 'warn', 'change');
    expect(warning()).toMatch(/^No band is green, so every pupil is shown as “at risk”/);
    await type(field('Colour', bandGroup(1)), 'good', 'change');
    expect(warning()).toBeNull();
  });

  it('removing a band keeps each band’s own fields, and the keyboard goes to the list', async () => {
    await mount();
    await type(field('Local authority profile'), 'custom', 'change');
    await type(field('Label', bandGroup(3)), 'Third, edited');
    const third = field('Label', bandGroup(3));
    // linkedom keeps no focus: see where the editor sends it.
    const list = page.root.querySelector('ol[aria-label="Bands"]') as HTMLElement;
    const focused: Element[] = [];
    list.focus = () => void focused.push(list);
    await click(button('Remove band 2'));
    // The same control, now band 2's, with what was typed in it.
    expect(field('Label', bandGroup(2))).toBe(third);
    expect(third.value).toBe('Third, edited');
    expect(focused).toEqual([list]);
  });
});
