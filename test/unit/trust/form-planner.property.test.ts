import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardText, params } from '../store/imports/property.support';
import { planOf, VALUES } from '../prefill/helpers';
import type { Plan } from '../../../lib/prefill/plan';

/**
 * The form planner, property-based (issue 15): generated forms of clearly labelled questions, in any order,
 * labelled any of four ways, some hidden, disabled or read-only, some asked twice, mixed with questions of
 * made-up text. The oracle: every clear question asked once and fillable is filled with exactly the value
 * held for its key; nothing is written into a field that must not be filled, into a field asked twice (an
 * ambiguity is refused, never guessed) or with a value not held for the key; every refusal says why; the
 * planner never throws. FUZZ_RUNS / FUZZ_SEED as for the importers.
 */
const CLEAR: [string, string][] = [
  ['Unique pupil number', 'pupil.upn'],
  ['Legal surname', 'pupil.legal_surname'],
  ['Legal forename', 'pupil.legal_forename'],
  ['Middle names', 'pupil.middle_names'],
  ['Preferred name', 'pupil.preferred_forename'],
  ['Ethnicity', 'pupil.ethnicity'],
  ['Home language', 'pupil.home_language'],
  ['Postcode', 'pupil.address.postcode'],
  ['Town', 'pupil.address.town'],
  ['Year group', 'pupil.nc_year'],
  ['Registration group', 'pupil.reg_group'],
  ['School name', 'school.name'],
  ['URN', 'school.urn'],
  ['DfE number', 'school.dfe_number'],
  ['Your name', 'referrer.name'],
  ['Your role', 'referrer.role'],
  ['Your email', 'referrer.email'],
  ['Your phone number', 'referrer.phone'],
];

type State = 'open' | 'hidden' | 'disabled' | 'readonly';
const field = fc.record({
  q: fc.integer({ min: 0, max: CLEAR.length - 1 }),
  how: fc.constantFrom('label-for', 'label-wrap', 'aria-label', 'fieldset'),
  state: fc.constantFrom<State>('open', 'open', 'open', 'open', 'hidden', 'disabled', 'readonly'),
});
const junk = fc.record({ label: hardText.filter((t) => /[a-z]{2}/i.test(t)), at: fc.nat() });
const form = fc.record({ fields: fc.uniqueArray(field, { minLength: 1, maxLength: 8, selector: (f) => f.q }), twiceOf: fc.array(fc.nat(), { maxLength: 2 }), junk: fc.array(junk, { maxLength: 3 }) });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Form {
  fields: { q: number; how: 'label-for' | 'label-wrap' | 'aria-label' | 'fieldset'; state: State }[];
  twiceOf: number[];
  junk: { label: string; at: number }[];
}

interface Gen {
  html: string;
  /** field id → the key it must be filled with, or null when it must not be filled. */
  expect: Map<string, string | null>;
}

function build(f: Form): Gen {
  const expectOf = new Map<string, string | null>();
  const parts: string[] = [];
  const asked = [...f.fields];
  for (const i of f.twiceOf) if (asked.length) asked.push(asked[i % asked.length]!);
  const count = new Map<number, number>();
  for (const a of asked) count.set(a.q, (count.get(a.q) ?? 0) + 1);
  asked.forEach((a, n) => {
    const [label, key] = CLEAR[a.q]!;
    const id = `f${n}`;
    const attrs = `id="${id}" name="${id}"${a.state === 'disabled' ? ' disabled' : ''}${a.state === 'readonly' ? ' readonly' : ''}`;
    const input =
      a.how === 'label-for'
        ? `<label for="${id}">${label}</label><input ${attrs}>`
        : a.how === 'label-wrap'
          ? `<label>${label} <input ${attrs}></label>`
          : a.how === 'aria-label'
            ? `<input ${attrs} aria-label="${label}">`
            : `<fieldset><legend>${label}</legend><input ${attrs}></fieldset>`;
    parts.push(a.state === 'hidden' ? `<div hidden>${input}</div>` : `<div>${input}</div>`);
    expectOf.set(id, a.state === 'open' && count.get(a.q) === 1 ? key : null);
  });
  f.junk.forEach((j, n) => {
    const id = `j${n}`;
    parts.splice(j.at % (parts.length + 1), 0, `<div><label for="${id}">${esc(j.label)}</label><input id="${id}" name="${id}"></div>`);
  });
  return { html: `<form>${parts.join('\n')}</form>`, expect: expectOf };
}

/** What is wrong with the plan for the generated form, or null. */
function check(g: Gen, p: Plan): string | null {
  const byId = new Map<string, string>();
  const seen = new Set<string>();
  for (const a of p.actions) {
    const id = a.field.name;
    const tag = `${id}${a.part ? `#${a.part}` : ''}`;
    if (seen.has(tag)) return `field ${id} written twice`;
    seen.add(tag);
    const held = VALUES[a.key as keyof typeof VALUES];
    if (held === undefined || held === null || held === '') return `wrote ${JSON.stringify(a.value)} for ${a.key}, which holds nothing`;
    if (g.expect.has(id)) {
      const want = g.expect.get(id);
      if (want === null) return `wrote ${a.key} into ${id}, which must not be filled`;
      if (a.key !== want) return `wrote ${a.key} into ${id}, which asks for ${want}`;
      if (a.value !== held) return `wrote ${JSON.stringify(a.value)} into ${id}; ${want} holds ${JSON.stringify(held)}`;
    }
    byId.set(id, a.key);
  }
  for (const [id, key] of g.expect) if (key && byId.get(id) !== key) return `${id} (${key}) was not filled`;
  const bad = p.refusals.find((r) => typeof r.why !== 'string' || r.why.trim().length < 3);
  if (bad) return `a refusal without a reason: ${JSON.stringify(bad)}`;
  return null;
}

/** Tally for the long run (docs/fuzz-long-run.md). */
const tally = { cases: 0, crashes: 0, wrongAccepts: 0, missed: 0 };

describe('form planner, property-based (seeded)', () => {
  it('generated forms: clear questions filled with the held value, nothing else written, every refusal says why; never throws', { timeout: 3_600_000 }, () => {
    fc.assert(
      fc.property(form, (f) => {
        tally.cases++;
        const g = build(f);
        let p: Plan;
        try {
          p = planOf(g.html);
        } catch (e) {
          tally.crashes++;
          throw e;
        }
        const why = check(g, p);
        if (why) {
          if (/was not filled|without a reason/.test(why)) tally.missed++;
          else tally.wrongAccepts++;
          throw new Error(`${why}\n${g.html}`);
        }
      }),
      params(150),
    );
    if (process.env.FUZZ_RUNS) console.log('fuzz tally form-planner', JSON.stringify(tally));
  });

  it('the oracle catches a wrong key, a value not held and a write into a disabled field', () => {
    const g = build({ fields: [{ q: 1, how: 'label-for', state: 'open' }, { q: 6, how: 'label-for', state: 'disabled' }], twiceOf: [], junk: [] });
    const p = planOf(g.html);
    expect(check(g, p)).toBeNull();
    const a = p.actions[0]!;
    expect(check(g, { ...p, actions: [{ ...a, key: 'pupil.legal_forename', value: 'Amelia' }] })).toMatch(/asks for pupil.legal_surname/);
    expect(check(g, { ...p, actions: [{ ...a, value: 'Someone' }] })).toMatch(/holds "Example"/);
    expect(check(g, { ...p, actions: [a, { ...a, field: { ...a.field, name: 'f1' }, key: 'pupil.home_language', value: 'English' }] })).toMatch(/must not be filled/);
    expect(check(g, { ...p, actions: [] })).toMatch(/was not filled/);
  });
});
