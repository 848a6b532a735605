/**
 * General rules learnt from blind round 6 (SharePoint list form, Oracle APEX, Salesforce flow), on small
 * forms written here: one carer's questions in a row each are one carer; "is there another parent…" is the
 * person's to answer; a proposed date takes only a stored date still ahead.
 */
import { describe, expect, it } from 'vitest';
import { planOf, VALUES, written } from './helpers';

const row = (label: string, name: string) => `<tr><td class="label"><h3>${label}</h3></td><td><input type="text" name="${name}" title="${label}"></td></tr>`;

describe('carers in a row-per-field layout', () => {
  const html = `<form><table>
    ${row('Pupil Forename', 'f1')}${row('Parent/Carer Phone', 'f2')}${row('Parent/Carer Email', 'f3')}
  </table></form>`;

  it('each carer question once: all the first carer, not one carer per row', () => {
    const w = written(planOf(html));
    expect(w['carer[0].phone']).toBe(VALUES['carer[0].phone']);
    expect(w['carer[0].email']).toBe(VALUES['carer[0].email']);
    expect(Object.keys(w).filter((k) => k.startsWith('carer[1]'))).toEqual([]);
  });

  it('blocks that ask the same twice are still numbered in order', () => {
    const two = `<form>
      <fieldset><legend>Parent or carer</legend><label for="a">Email</label><input id="a" name="a" type="email"><label for="b">Surname</label><input id="b" name="b"></fieldset>
      <fieldset><legend>Parent or carer</legend><label for="c">Email</label><input id="c" name="c" type="email"><label for="d">Surname</label><input id="d" name="d"></fieldset>
    </form>`;
    const w = written(planOf(two));
    expect(w['carer[0].email']).toBe(VALUES['carer[0].email']);
    expect(w['carer[1].email']).toBe(VALUES['carer[1].email']);
  });
});

describe('questions about whether someone else exists', () => {
  it.each([
    'Is there another parent or carer with parental responsibility?',
    'Does the child have any other carers?',
    'Anyone else with parental responsibility?',
  ])('"%s" is refused, never answered from the first carer', (label) => {
    const p = planOf(`<form><fieldset><legend>${label}</legend>
      <input type="radio" id="y" name="q" value="Yes"><label for="y">Yes</label>
      <input type="radio" id="n" name="q" value="No"><label for="n">No</label></fieldset></form>`);
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]?.why).toMatch(/whether there is someone else/);
  });

  it('a question about the first carer is still answered', () => {
    const p = planOf(`<form><fieldset><legend>Does the parent have parental responsibility?</legend>
      <input type="radio" id="y" name="q" value="Yes"><label for="y">Yes</label>
      <input type="radio" id="n" name="q" value="No"><label for="n">No</label></fieldset></form>`);
    expect(p.actions.map((a) => a.key)).toEqual(['carer[0].parental_responsibility']);
  });
});

describe('a proposed date', () => {
  const form = `<form><label for="m">Proposed meeting date</label><input id="m" name="m" type="date"></form>`;
  const meeting = { ...VALUES, 'support.formal_meeting_date': '2026-10-15' };

  it('takes a stored meeting still ahead of today', () => {
    expect(written(planOf(form, meeting, { today: '2026-10-01' }))['support.formal_meeting_date']).toBe('2026-10-15');
  });

  it('refuses a meeting already held, saying so', () => {
    const p = planOf(form, meeting, { today: '2026-12-04' });
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]?.why).toMatch(/proposed date: the stored support\.formal_meeting_date \(15\/10\/2026\) has passed/);
  });

  it('refuses when today is not known (the seam, a saved page)', () => {
    expect(planOf(form, meeting).actions).toEqual([]);
  });

  it('a date of a meeting (not proposed) is filled as before', () => {
    const held = `<form><label for="m">Date of the formal attendance meeting</label><input id="m" name="m" type="date"></form>`;
    expect(written(planOf(held, meeting, { today: '2026-12-04' }))['support.formal_meeting_date']).toBe('2026-10-15');
  });
});
