import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, snapshotOf, written } from './helpers';

/**
 * Table layouts (blind round 5's lesson, on forms of our own): several inputs in one row, each named by a
 * small caption in the row below, the row's first cell giving the question; label / input pairs side by
 * side in one row; section rows of one cell across the table naming whose fields follow.
 */
const V = {
  'pupil.legal_forename': 'Ada', 'pupil.legal_surname': 'Lovelace', 'pupil.middle_names': 'Byron', 'pupil.full_legal_name': 'Ada Byron Lovelace',
  'pupil.sex': 'F', 'pupil.upn': 'A123456789012', 'pupil.nc_year': '5', 'pupil.reg_group': '5B',
  'carer[0].title': 'Mrs', 'carer[0].forename': 'Anne', 'carer[0].surname': 'Lovelace', 'carer[0].phone': '07700 900001', 'carer[0].email': 'anne@example.com',
  'carer[1].title': 'Mr', 'carer[1].forename': 'George', 'carer[1].surname': 'Byron', 'carer[1].phone': '07700 900002', 'carer[1].email': 'george@example.com',
  'referrer.name': 'Pat Officer', 'referrer.phone': '01632 000000', 'referrer.email': 'pat@school.example', 'school.dfe_number': '886/1234',
};

const row3 = (label: string, ids: string[], caps: string[]) =>
  `<tr><td>${label}</td>${ids.map((i) => `<td><input name=${i}></td>`).join('')}</tr><tr><td></td>${caps.map((c) => `<td><span>${c}</span></td>`).join('')}</tr>`;
const carer = (n: number, p: string) => `<tr><td colspan=4>Parent/Carer ${n}</td></tr>
  <tr><td>Name</td><td><select name=${p}t><option value="">-- Select --</option><option>Mr</option><option>Mrs</option></select></td><td><input name=${p}f></td><td><input name=${p}s></td></tr>
  <tr><td></td><td>Title</td><td>Forename</td><td>Surname</td></tr>
  ${row3('Telephone', [`${p}h`, `${p}m`, `${p}w`], ['Home', 'Mobile', 'Work'])}
  <tr><td>Email</td><td colspan=3><input name=${p}e></td></tr>`;

const FORM = `<form><table>
  <tr><td colspan=4>Child Details</td></tr>
  ${row3('Name*', ['n1', 'n2', 'n3'], ['Forename', 'Middle name(s)', 'Surname'])}
  <tr><td>Gender</td><td><select name=sex><option value="">-- Select --</option><option value=M>Male</option><option value=F>Female</option></select></td><td>UPN</td><td><input name=upn></td></tr>
  <tr><td>Year</td><td><select name=yr><option value="">-- Select --</option><option value=5>Y05</option><option value=6>Y06</option></select></td><td>Reg Group</td><td><input name=reg></td></tr>
  ${carer(1, 'a')}${carer(2, 'b')}
  <tr><td colspan=4>Notifying Officer</td></tr>
  <tr><td>Name</td><td colspan=3><input name=rn></td></tr>
  <tr><td>School</td><td><input name=sn disabled value="X School"></td><td>DfE No.</td><td><input name=dfe></td></tr>
  <tr><td>Telephone</td><td colspan=3><input name=rp></td></tr>
  <tr><td>Email</td><td colspan=3><input name=re></td></tr>
</table></form>`;

describe('table layouts with captions under the inputs', () => {
  it('takes the caption below as the input’s label and the row header as its question', () => {
    const snap = snapshotOf(FORM);
    const n2 = snap.fields.find((f) => f.name === 'n2')!;
    expect(n2.labels[0]).toEqual({ source: 'label-for', text: 'Middle name(s)' });
    expect(n2.legends).toEqual(['Child Details', 'Name']);
  });

  it('fills each captioned part, the pupil’s and each carer’s by the section row above', () => {
    const w = written(planOf(FORM, V));
    expect(w).toMatchObject({
      'pupil.legal_forename': 'Ada', 'pupil.middle_names': 'Byron', 'pupil.legal_surname': 'Lovelace',
      'carer[0].title': 'Mrs', 'carer[0].forename': 'Anne', 'carer[0].surname': 'Lovelace', 'carer[0].phone': '07700 900001', 'carer[0].email': 'anne@example.com',
      'carer[1].title': 'Mr', 'carer[1].forename': 'George', 'carer[1].surname': 'Byron', 'carer[1].phone': '07700 900002', 'carer[1].email': 'george@example.com',
    });
  });

  it('a label cell after another field’s cell heads its own input (Gender … UPN), and such rows are no repeated block', () => {
    const w = written(planOf(FORM, V));
    expect(w).toMatchObject({ 'pupil.sex': 'Female', 'pupil.upn': 'A123456789012', 'pupil.nc_year': 'Y05', 'pupil.reg_group': '5B', 'school.dfe_number': '886/1234' });
    expect(snapshotOf(FORM).fields.filter((f) => /^(sex|upn|yr|reg)$/.test(f.name)).map((f) => f.repeat)).toEqual([null, null, null, null]);
  });

  it('the notifying officer’s section gives the referrer’s name and contact details', () => {
    const w = written(planOf(FORM, V));
    expect(w).toMatchObject({ 'referrer.name': 'Pat Officer', 'referrer.phone': '01632 000000', 'referrer.email': 'pat@school.example' });
  });

  it('a caption that names nothing we hold (Home, Work) is left, with the reason', () => {
    const p = planOf(FORM, V);
    expect(refusalFor(p, /^Home$/)).toMatch(/no key matches/);
  });

  it('a text row under a row of labels (not of inputs) is no caption', () => {
    const snap = snapshotOf(`<form><table><tr><td>Surname</td><td><input name=s></td></tr><tr><td>Note</td><td>Write it as on the birth certificate</td></tr></table></form>`);
    expect(snap.fields[0]!.labels[0]!.text).toBe('Surname');
  });
});

describe('what is not a caption or a section', () => {
  it('a row of totals under the last row of inputs is no caption', () => {
    const snap = snapshotOf(`<form><table><tr><th>Pupil</th><th>Sessions</th></tr><tr><td><input name=p></td><td><input name=s></td></tr>
      <tr><td>12</td><td>40</td></tr></table></form>`);
    expect(snap.fields.map((f) => f.labels[0]?.text)).toEqual(['Pupil', 'Sessions']);
  });

  it('a sentence across the table (“Please confirm the details below”) is no section, so it does not make the fields a declaration', () => {
    const html = `<form><table><tr><td colspan=2>Please confirm the details below</td></tr><tr><td>UPN</td><td><input name=upn></td></tr></table></form>`;
    expect(snapshotOf(html).fields[0]!.legends).toEqual([]);
    expect(written(planOf(html, V))).toEqual({ 'pupil.upn': 'A123456789012' });
  });
});
