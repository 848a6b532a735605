/**
 * General rules learnt from blind round 9 (Kendo, Vuetify, SurveyMonkey, pdf.js annotation layer, select2,
 * MudBlazor), on small forms written here: a box that offers options takes one of them or nothing.
 */
import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, VALUES, written } from './helpers';

describe('a text box that offers options', () => {
  // An autocomplete whose menu is drawn at the end of the page, tied by aria-controls.
  const auto = (opts: string[]) => `<form><h2>About the child</h2>
    <label for="eth">Ethnic background</label><input id="eth" type="text" role="combobox" aria-controls="pop-1" aria-expanded="false">
    </form><div class="overlay"><div id="pop-1"><ul role="listbox">${opts.map((o) => `<li role="option">${o}</li>`).join('')}</ul></div></div>`;

  it('takes the option’s own text when the stored value differs only in punctuation', () => {
    const w = written(planOf(auto(['Asian / Indian', 'White -- British!', 'Black: Caribbean']), { ...VALUES, 'pupil.ethnicity': 'White: British' }));
    expect(w['pupil.ethnicity']).toBe('White -- British!');
  });

  it('is refused, naming the value, when no option matches: never typed free', () => {
    const p = planOf(auto(['Asian / Indian', 'Black: Caribbean']), { ...VALUES, 'pupil.ethnicity': 'White British' });
    expect(written(p)['pupil.ethnicity']).toBeUndefined();
    expect(refusalFor(p, /Ethnic/)).toMatch(/White British.*options this box offers/);
  });

  it('a datalist is held to its suggestions too', () => {
    const p = planOf(`<form><label for="e">Ethnicity</label><input id="e" list="l"><datalist id="l"><option value="Mixed (White and Asian)"><option value="Mixed (White and Black African)"></datalist></form>`,
      { ...VALUES, 'pupil.ethnicity': 'Mixed - White and Asian' });
    expect(written(p)['pupil.ethnicity']).toBe('Mixed (White and Asian)');
  });
});

describe('placed labels (a PDF drawn as a text layer and a layer of boxes)', () => {
  const span = (x: number, y: number, text: string, bold = false) => `<span style="left: ${x}px; top: ${y}px;${bold ? ' font-weight: bold;' : ''}">${text}</span>`;
  const box = (x: number, y: number, w: number, name: string, type = 'text') => `<div class="w" style="left: ${x}px; top: ${y}px; width: ${w}px; height: 20px;"><input type="${type}" name="${name}"></div>`;
  const page = (texts: string[], boxes: string[]) => `<div class="pg"><div class="txt">${texts.join('<br>')}</div><div class="boxes">${boxes.join('')}</div></div>`;
  const form = page(
    [span(40, 40, 'A. About you', true), span(40, 84, 'Full name'), span(40, 124, 'Job title'), span(40, 200, 'B. The child', true), span(40, 244, 'Family name'),
      span(400, 244, 'Given names'), span(40, 300, 'Carers', true), span(240, 340, 'First carer'), span(480, 340, 'Second carer'), span(40, 384, 'Surname'),
      span(40, 424, 'Phone'), span(40, 470, 'Unauthorised sessions this term')],
    [box(240, 80, 300, 'Text1'), box(240, 120, 300, 'Text2'), box(180, 240, 200, 'Surname'), box(520, 240, 200, 'Forename'),
      box(240, 380, 200, 'Surname_2'), box(480, 380, 200, 'Surname_3'), box(240, 420, 200, 'Phone_2'), box(480, 420, 200, 'Phone_3'), box(300, 466, 80, 'Text9')]);

  it('never takes the last text of the other layer as the first box’s label', () => {
    const p = planOf(form);
    const first = p.actions.find((a) => a.field.name === 'Text1');
    expect(first?.key).toBe('referrer.name');
    expect(p.actions.filter((a) => a.key.startsWith('att.')).map((a) => a.field.name)).toEqual(['Text9']);
  });

  it('reads the label on the same line to the left, under the section title above', () => {
    const w = written(planOf(form));
    expect(w['referrer.role']).toBe(VALUES['referrer.role']);
    expect(w['pupil.legal_surname']).toBe(VALUES['pupil.legal_surname']);
    expect(w['pupil.legal_forename']).toBe(VALUES['pupil.legal_forename']);
  });

  it('gives each box of a two-column block its column header and its row label', () => {
    const p = planOf(form);
    const by = (n: string) => p.actions.find((a) => a.field.name === n)?.key;
    expect([by('Surname_2'), by('Surname_3')]).toEqual(['carer[0].surname', 'carer[1].surname']);
    expect([by('Phone_2'), by('Phone_3')]).toEqual(['carer[0].phone', 'carer[1].phone']);
  });

  it('does not let the box’s tool-made name decide, and refuses when two texts are equally near', () => {
    const lone = planOf(page([span(40, 40, 'Notes', true), span(40, 600, 'Other')], [box(240, 80, 300, 'Surname')]));
    expect(lone.actions).toEqual([]);
    const tie = planOf(page([span(40, 84, 'Full name'), span(40, 84, 'Job title')], [box(240, 80, 300, 'Text1')]));
    expect(tie.actions).toEqual([]);
  });

  it('takes the text directly above a box when none is beside it, in % as in px', () => {
    const pct = `<div><div><span style="left: 10%; top: 10%;">Date of birth</span><span style="left: 10%; top: 40%;">Date of birth</span></div>
      <div><section style="left: 10%; top: 12.5%; width: 40%; height: 2%;"><input name="f1"></section><section style="left: 60%; top: 50%; width: 20%; height: 2%;"><input name="f2"></section></div></div>`;
    const p = planOf(pct);
    expect(p.actions.find((a) => a.field.name === 'f1')?.key).toBe('pupil.dob');
    // Far below and to the right of any text: no label.
    expect(p.actions.find((a) => a.field.name === 'f2')).toBeUndefined();
  });

  it('text from a layer of words beside a layer of bare boxes is no label, even unplaced', () => {
    const p = planOf(`<form><div class="words"><p>Pupil record</p><p>Notes for staff</p><p>Unauthorised sessions</p></div>
      <div class="boxes"><div><input name="a"></div><div><input name="b"></div></div></form>`);
    expect(p.actions).toEqual([]);
  });
});

describe('a drop-down drawn by a widget over a hidden select', () => {
  const widget = `<form><h2>The child</h2><span id="lbl">School year</span>
    <span role="combobox" aria-labelledby="lbl" aria-expanded="false" class="dd"><span class="shown">Pick one</span>
      <select name="Child.Year" style="display:none"><option value="">Pick one</option><option value="Y5">Year 5</option><option value="Y6">Year 6</option></select></span></form>`;

  it('is in the plan, refused with the option to choose named, never silently absent', () => {
    const p = planOf(widget);
    expect(p.actions).toEqual([]);
    const r = p.refusals.find((x) => x.field.name === 'Child.Year');
    expect(r?.why).toMatch(/choose ‘Year 6’ yourself: this drop-down is drawn by a widget/);
  });
});

describe('two questions for one key, told apart by their controls', () => {
  it('a yes/no goes to the radios, not to the date box that shares its words', () => {
    const p = planOf(`<form><h2>Part-time timetable</h2>
      <fieldset><legend>Have the parents agreed to the timetable?</legend><label><input type="radio" name="ag" value="y"> Yes</label><label><input type="radio" name="ag" value="n"> No</label></fieldset>
      <label for="d">Date the parents agreed to the timetable</label><input id="d" name="d" type="text"></form>`, { ...VALUES, 'ptt.parent_consent': true });
    expect(p.actions.filter((a) => a.key === 'ptt.parent_consent').map((a) => [a.field.name, a.value])).toEqual([['ag', 'Yes']]);
  });

  it('free text goes to the text box that names it exactly, not to a list of categories that offers nothing like it', () => {
    const held = { ...VALUES, 'ptt.reason': 'Anxiety about crowded corridors' };
    const form = (opt: string) => `<form><h2>Part-time timetable</h2><label for="c">Reason</label><select id="c" name="c"><option value="">Choose</option><option>Medical</option><option>${opt}</option></select>
      <label for="t">Reason for the part-time timetable</label><textarea id="t" name="t"></textarea></form>`;
    const p = planOf(form('Behaviour'), held);
    expect(p.actions.filter((a) => a.key === 'ptt.reason').map((a) => a.field.name)).toEqual(['t']);
    // A list that offers the very words held could be meant as well: still ambiguous.
    expect(planOf(form('Anxiety about crowded corridors'), held).actions.filter((a) => a.key === 'ptt.reason')).toEqual([]);
  });
});

describe('vocabulary by general rules', () => {
  it('a count of sessions with a code letter in brackets is that code’s count', () => {
    const held = { ...VALUES, 'att.code_count.I': 7, 'att.code_count.M': 3 };
    const w = written(planOf(`<form><h2>Absence return</h2><label for="a">Sessions missed through sickness (I)</label><input id="a" name="a">
      <label for="b">Dental or doctor sessions (M)</label><input id="b" name="b"><label for="c">Gender (M)</label><input id="c" name="c"></form>`, held));
    expect(w['att.code_count.I']).toBe('7');
    expect(w['att.code_count.M']).toBe('3');
  });

  it('attendance as a percentage is att.percentage, but not a previous year’s', () => {
    const one = (label: string) => planOf(`<form><h2>Attendance</h2><label for="a">${label}</label><input id="a" name="a"></form>`).actions.find((a) => a.key === 'att.percentage');
    expect(one('Attendance so far in this school year (%)')).toBeDefined();
    expect(one('Attendance in the previous school year (%)')).toBeUndefined();
  });

  it('a survey’s default Company box is the school only when its question names the school', () => {
    const row = (legend: string) => `<form><fieldset><legend>${legend}</legend><label for="n">Name</label><input id="n" name="n">
      <label for="c">Company</label><input id="c" name="c"></fieldset></form>`;
    expect(written(planOf(row('Who is filling this in? Enter your school under Company.')))['school.name']).toBe(VALUES['school.name']);
    const p = planOf(row('Contact details'));
    expect(written(p)['school.name']).toBeUndefined();
    expect(refusalFor(p, /^Company$/)).toMatch(/default box/);
    // A parent's contact row that mentions the school is still the parent's: its Company box is left.
    expect(planOf(row('Parent or carer to contact at the school')).actions.find((a) => a.field.name === 'c')).toBeUndefined();
  });
});

describe('blocks and other people', () => {
  it('nameless tick boxes in two parents’ panels are each their parent’s, not rows of pupils', () => {
    const panel = (n: number) => `<div class="panel"><h3>Parent or carer ${n}</h3><label for="s${n}">Surname</label><input id="s${n}">
      <input type="checkbox" id="l${n}"><label for="l${n}">Lives with the child</label></div>`;
    const p = planOf(`<form><h2>Family</h2>${panel(1)}${panel(2)}</form>`, { ...VALUES, 'carer[0].lives_with_pupil': true, 'carer[1].lives_with_pupil': false });
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/no pupil chosen/);
    expect(p.actions.filter((a) => /lives_with_pupil/.test(a.key)).map((a) => [a.key, a.value])).toEqual([['carer[0].lives_with_pupil', true], ['carer[1].lives_with_pupil', false]]);
  });

  it('“school age brothers or sisters” asks about siblings, not the school', () => {
    const p = planOf(`<form><h2>The school</h2><label for="a">School name</label><input id="a" name="a">
      <label for="b">Any school age brothers or sisters? Names and schools</label><input id="b" name="b"></form>`);
    expect(p.actions.filter((a) => a.key === 'school.name').map((a) => a.field.name)).toEqual(['a']);
  });
});
