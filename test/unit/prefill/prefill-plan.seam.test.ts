import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathwayBySlug } from '../../../scripts/demo-server/forms/pathways';
import { pathwayPage } from '../../../scripts/demo-server/forms/routes';

const dir = mkdtempSync(join(tmpdir(), 'prefill-seam-'));
const values = join(dir, 'values.json');
writeFileSync(values, JSON.stringify({ 'pupil.legal_forename': 'Amelia', 'pupil.dob': '2015-03-02', 'carer[0].surname': 'Example', 'pupil.sex': 'F' }));
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/prefill-plan.ts', ...args], { encoding: 'utf8' });

describe('npm run -s prefill-plan', () => {
  it('prints the plan: form, actions with field/key/value, refusals with why', () => {
    const form = join(dir, 'pn.html');
    writeFileSync(form, pathwayPage(pathwayBySlug('request-penalty-notice')!, 'squiz'));
    const out = JSON.parse(execFileSync('npx', ['tsx', 'scripts/prefill-plan.ts', form, '--values', values, '--url', 'https://www.kelsi.org.uk/dfd/pn'], { encoding: 'utf8' }));
    expect(out.form).toBe('kent-dfd-penalty-notice');
    expect(out.actions).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: { label: 'Legal first name (required)', name: 'q30819:q7', type: 'text' }, key: 'pupil.legal_forename', value: 'Amelia' }),
      expect.objectContaining({ field: expect.objectContaining({ label: 'Date of birth (required) (Day)', type: 'text' }), key: 'pupil.dob', value: '2', part: 'day' }),
      expect.objectContaining({ key: 'pupil.dob', value: '3', part: 'month' }),
      expect.objectContaining({ key: 'pupil.sex', value: 'Female', field: expect.objectContaining({ type: 'radio' }) }),
      expect.objectContaining({ key: 'carer[0].surname', value: 'Example' }),
    ]));
    expect(out.refusals).toEqual(expect.arrayContaining([
      { field: { label: 'I confirm the headteacher has authorised this request. (required)', name: expect.any(String), type: 'checkbox' }, why: 'declaration: yours to confirm' },
    ]));
  }, 30_000);

  it('exits 2 with a reason when the page holds no form', () => {
    const page = join(dir, 'none.html');
    writeFileSync(page, '<!doctype html><title>News</title><p>No form here.</p>');
    const r = run(page, '--values', values);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds no form/);
  }, 30_000);
});
