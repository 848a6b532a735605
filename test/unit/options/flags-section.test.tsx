import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { FlagsSection } = await import('../../../components/options/FlagsSection');
const { loadOverlayPrefs, OVERLAY_PREFS_KEY } = await import('../../../lib/settings/overlay-prefs');
const { mountFlagsSection, setControl, useSettingsPage } = await import('./settings-page');

const page = useSettingsPage();
const mountSection = () => mountFlagsSection(page, FlagsSection, { grantedOrigins: async () => ['https://school.uk.arbor.sc'] });

function labelled(text: string): HTMLInputElement {
  const label = Array.from(page.root.querySelectorAll('label')).find((l) => l.textContent!.includes(text));
  if (!label) throw new Error(`no label “${text}”`);
  return (label.querySelector('input, select') ?? page.doc.getElementById(label.getAttribute('for')!)) as HTMLInputElement;
}
const isChecked = (el: Element) => el.hasAttribute('checked') || (el as HTMLInputElement).checked === true;

describe('FlagsSection', () => {
  it('lists granted sites and switches one off', async () => {
    await mountSection();
    const box = labelled('Show flags on https://school.uk.arbor.sc');
    expect(isChecked(box)).toBe(true);
    await setControl(box, 'checked', false, 'change');
    expect((await loadOverlayPrefs()).sites).toEqual({ 'https://school.uk.arbor.sc': false });
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Flags are not shown on https://school.uk.arbor.sc.');
  });

  it('hides a marker, chooses full badges and an LA profile', async () => {
    await mountSection();
    const pn = labelled('Penalty notice threshold met');
    expect(isChecked(pn)).toBe(true);
    await setControl(pn, 'checked', false, 'change');
    const full = labelled('Full, e.g.');
    await setControl(full, 'checked', true, 'change');
    await setControl(labelled('Local authority profile'), 'value', 'hackney', 'change');
    const stored = (await fakeBrowser.storage.local.get(OVERLAY_PREFS_KEY))[OVERLAY_PREFS_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ markers: { PN_THRESHOLD: false }, badgeStyle: 'full', laProfile: 'hackney' });
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Local authority profile: Hackney.');
  });

  it('says so when the settings cannot be read, instead of loading for ever', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is unavailable'));
    await mountFlagsSection(page, FlagsSection, { grantedOrigins: async () => [] });
    expect(page.root.querySelector('[role="alert"]')!.textContent).toBe('The flag settings could not be read: storage is unavailable. Reload the page to try again.');
  });
});
