// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h, render, type ComponentChild } from 'preact';
import { Abbrs, ABBREVIATIONS, RecoveryAndNextStep } from '../../../components/overlay/flag-text';

/** Issue 16, one voice: abbreviations (KPAS, PN, CME, NTI) are spelled out with a title where they are used. */
function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('abbreviations in the panel and pupil page', () => {
  it('wraps each known abbreviation in <abbr> with its meaning, leaving the text as it was', () => {
    const text = "Agree a joint plan with KPAS now; Kent's CME referral is due by 15 January 2027 (PN, NTI).";
    const root = mount(h('p', null, h(Abbrs, { text })));
    expect(root.textContent).toBe(text);
    expect(Array.from(root.querySelectorAll('abbr')).map((a) => [a.textContent, a.title])).toEqual([
      ['KPAS', 'Kent PRU and Attendance Service'],
      ['CME', 'children missing education'],
      ['PN', 'penalty notice'],
      ['NTI', 'notice to improve'],
    ]);
  });

  it('leaves words that only contain the letters alone', () => {
    const root = mount(h('p', null, h(Abbrs, { text: 'PARENT contact; LAST seen; Spanish' })));
    expect(root.querySelectorAll('abbr')).toHaveLength(0);
  });

  it('the band’s next step says what KPAS is', () => {
    const band = { id: 'KENT_SA', label: 'Severe absence (50% or below)', tone: 'severe' as const, nextStep: 'Agree a joint plan with KPAS now; consider safeguarding.' };
    const root = mount(h(RecoveryAndNextStep, { badge: { recovery: null, band } }));
    expect(root.querySelector('abbr')?.title).toBe(ABBREVIATIONS.KPAS);
  });
});
