import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, snapshotOf, written } from './helpers';

/**
 * Form builders that title each question with a heading (Google Forms: role=heading, aria-labelledby from
 * the control) under section headings of their own, with hidden twin inputs that carry the answer
 * (blind round 5's lesson, on forms of our own).
 */
const V = {
  'pupil.legal_forename': 'Ada', 'carer[0].forename': 'Anne', 'carer[0].phone': '07700 900001',
  'referrer.email': 'pat@school.example', 'referrer.phone': '01632 000000',
};
const q = (id: string, title: string, type = 'text') => `<div role=listitem><div id=h${id} role=heading aria-level=3>${title}<span aria-label="Required question"> *</span></div>
  <input type=${type} id=${id} aria-labelledby=h${id}><input type=hidden name="entry.${id}"></div>`;
const FORM = `<form><div role=list>
  <div role=listitem><input type=email id=me aria-label="Your email"></div>
  <div role=listitem><div role=heading aria-level=2>About the pupil</div></div>${q('a1', "Pupil's legal first name")}
  <div role=listitem><div role=heading aria-level=2>Parent or carer</div></div>${q('a2', 'First name')}${q('a3', 'Contact telephone number', 'tel')}
  <div role=listitem><div role=heading aria-level=2>About you</div></div>${q('a4', 'Contact telephone number', 'tel')}${q('a5', 'Email address', 'email')}
</div></form>`;

describe('question headings under section headings', () => {
  it('a heading that names a control is its label, not the section: the section heading above stays the field’s heading', () => {
    const snap = snapshotOf(FORM);
    const a2 = snap.fields.find((f) => f.domId === 'a2')!;
    expect(a2.labels[0]).toEqual({ source: 'aria-labelledby', text: 'First name *' });
    expect(a2.heading).toBe('Parent or carer');
  });

  it('so “First name” under “Parent or carer” is the carer’s, and each phone is its section’s owner’s', () => {
    const w = written(planOf(FORM, V));
    expect(w).toMatchObject({ 'pupil.legal_forename': 'Ada', 'carer[0].forename': 'Anne', 'carer[0].phone': '07700 900001', 'referrer.phone': '01632 000000' });
  });

  it('the hidden twin inputs are never candidates', () => {
    const p = planOf(FORM, V);
    const twins = snapshotOf(FORM).fields.filter((f) => f.name.startsWith('entry.')).map((f) => f.index);
    expect(twins.length).toBe(5);
    expect(p.actions.some((a) => twins.includes(a.fieldIndex))).toBe(false);
  });

  it('“Your email” and the section’s “Email address”: the one that names whose it is takes the answer, the other is left with the reason', () => {
    const p = planOf(FORM, V);
    expect(p.actions.filter((a) => a.key === 'referrer.email').map((a) => a.field.label)).toEqual(['Your email']);
    expect(refusalFor(p, /^Email address/)).toMatch(/names whose it is/);
  });

  it('two questions that both name their owner stay ambiguous', () => {
    const p = planOf(`<form><label for=a>Your email</label><input id=a type=email><label for=b>Your email address</label><input id=b type=email></form>`, V);
    expect(p.actions.filter((a) => a.key === 'referrer.email')).toEqual([]);
    expect(refusalFor(p, /^Your email$/)).toMatch(/ambiguous/);
  });
});
