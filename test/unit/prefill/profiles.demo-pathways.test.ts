/**
 * Every Kent DFD profile against the demo pathway pages (both naming variants). The semantic
 * variant names each field after its key, so it checks every action lands on the right field; the
 * planner itself never reads names (the Squiz variant must give the same plan).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRS, FACTS } from '../../../lib/prefill/keys';
import { PROFILES } from '../../../lib/prefill/profiles/registry';
import { deriveValues } from '../../../lib/prefill/values-derive';
import { PATHWAYS } from '../../../scripts/demo-server/forms/pathways';
import { pathwayPage } from '../../../scripts/demo-server/forms/routes';
import { planOf, VALUES } from './helpers';

const canonical = new Set([...ATTRS.flatMap((a) => Object.values(a.keys)), ...FACTS.map((f) => f.key)]);
const isCanonical = (key: string) => canonical.has(key) || /^att\.code_count\./.test(key);
const expectedName = (key: string) => key.replace(/\[(\d+)\]/, (_m, n) => String(Number(n) + 1)).replace(/[.[\]]+/g, '_');

describe('profile registry', () => {
  it('lists every profile file exactly once, each id equal to its file name', () => {
    const files = readdirSync(new URL('../../../lib/prefill/profiles/', import.meta.url)).filter((f) => f !== 'registry.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(PROFILES.map((p) => p.id).sort()).toEqual(files.sort());
  });

  it('has one profile per demo DFD pathway', () => {
    expect(PROFILES).toHaveLength(PATHWAYS.length);
  });
});

// Filled on 1 October 2026: the fixture's formal meeting (15 October) is still ahead, so the invitation's
// "Proposed date of the meeting" takes it (a meeting already held is never a proposed date).
const TODAY = { today: '2026-10-01' };

describe.each(PATHWAYS.map((p) => [p.slug, p] as const))('pathway %s', (_slug, pathway) => {
  const semantic = planOf(pathwayPage(pathway, 'semantic'), undefined, TODAY);
  const squiz = planOf(pathwayPage(pathway, 'squiz'), undefined, TODAY);

  it('is recognised by one profile in both naming variants', () => {
    expect(semantic.form).toMatch(/^kent-dfd-/);
    expect(squiz.form).toBe(semantic.form);
  });

  it('puts every value in the field named for its key (no wrong fills)', () => {
    expect(semantic.actions.length).toBeGreaterThan(10);
    for (const a of semantic.actions) {
      const name = a.part ? a.field.name.replace(/_(day|month|year)$/, '') : a.field.name;
      const rowKey = /^pupils\[(\d+)\]\[(.+)\]$/.exec(name);
      if (rowKey) expect(`${rowKey[2]}`).toBe(a.key.replace(/^[a-z]+\./, '').replace(/\./g, '_'));
      else expect(name, `${a.key} written into “${a.field.label}”`).toBe(expectedName(a.key));
    }
  });

  it('fills every field that has a canonical key we hold a value for', () => {
    const values = deriveValues(VALUES);
    const expected = pathway.sections.flatMap((s) => s.fields.flatMap((f) => {
      const keys = s.repeat ? Array.from({ length: s.repeat.count }, (_, n) => f.key.replace('[n]', `[${n}]`)) : [f.key];
      return keys.filter((k) => isCanonical(k) && values[k] !== undefined && values[k] !== '' && f.kind !== 'file');
    }));
    const filled = new Set(semantic.actions.map((a) => a.key));
    expect(expected.filter((k) => !filled.has(k))).toEqual([]);
  });

  it('gives the same plan without semantic names (Squiz-style q12345:q7)', () => {
    expect(squiz.actions.map((a) => [a.key, a.value])).toEqual(semantic.actions.map((a) => [a.key, a.value]));
  });

  it('fills no declaration, signature or upload', () => {
    for (const a of semantic.actions) {
      expect(a.field.type).not.toBe('file');
      expect(a.field.label).not.toMatch(/I confirm|signature/i);
    }
  });
});
