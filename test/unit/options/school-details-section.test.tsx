import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { h, render } from 'preact';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { SchoolDetailsSection } = await import('../../../components/options/SchoolDetailsSection');
const { schoolDetailsSetting } = await import('../../../lib/settings/school-details');
const { setControl, settle, useSettingsPage } = await import('./settings-page');

const page = useSettingsPage();

async function mount() {
  render(h(SchoolDetailsSection, {}), page.root);
  for (let i = 0; i < 20 && page.root.textContent!.includes('Loading'); i++) await settle();
}
function field(label: string): HTMLInputElement {
  const l = Array.from(page.root.querySelectorAll('label')).find((x) => x.textContent!.trim() === label);
  if (!l) throw new Error(`no label “${label}”`);
  return page.doc.getElementById(l.getAttribute('for')!) as HTMLInputElement;
}
const status = () => page.root.querySelector('[role="status"]')!.textContent;
async function submit() {
  page.root.querySelector('form')!.dispatchEvent(new (globalThis as unknown as { window: typeof globalThis }).window.Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

describe('school and referrer details in options', () => {
  it('saves what is typed, trimmed, and says so', async () => {
    await mount();
    await setControl(field('School name'), 'value', ' Oak Primary ', 'input');
    await setControl(field('URN'), 'value', '118765', 'input');
    await setControl(field('DfE number'), 'value', '886/2001', 'input');
    await setControl(field('Postcode'), 'value', 'me14 1xx', 'input');
    await setControl(field('Your email'), 'value', 'a.lead@oak.kent.sch.uk', 'input');
    await setControl(field('Your phone'), 'value', '01622 123456', 'input');
    await submit();
    expect(status()).toBe('School and referrer details saved.');
    const saved = await schoolDetailsSetting.get();
    expect(saved.school).toMatchObject({ name: 'Oak Primary', urn: '118765', dfeNumber: '886/2001', address: { postcode: 'me14 1xx' } });
    expect(saved.referrer).toMatchObject({ email: 'a.lead@oak.kent.sch.uk', phone: '01622 123456', name: '' });
  });

  it('shows each wrong field beside it, marks it invalid, and saves nothing', async () => {
    await mount();
    await setControl(field('URN'), 'value', '12345', 'input');
    await setControl(field('DfE number'), 'value', '8862001', 'input');
    await setControl(field('School email'), 'value', 'office at school', 'input');
    await setControl(field('School phone'), 'value', '12345', 'input');
    await setControl(field('Postcode'), 'value', 'ME14', 'input');
    await submit();
    expect(status()).toBe('Not saved: 5 fields need correcting.');
    const urn = field('URN');
    expect(urn.getAttribute('aria-invalid')).toBe('true');
    const errorId = urn.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(page.doc.getElementById(errorId)!.textContent).toBe('A URN is 6 digits, like 118765.');
    expect(field('School name').hasAttribute('aria-invalid')).toBe(false);
    expect(await schoolDetailsSetting.getRaw()).toBeUndefined();
  });

  it('loads what was saved before', async () => {
    const d = await schoolDetailsSetting.get();
    d.referrer.name = 'Sam Patel';
    await schoolDetailsSetting.set(d);
    await mount();
    expect(field('Your name').value).toBe('Sam Patel');
  });
});
