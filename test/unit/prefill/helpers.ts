import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { collectForm } from '../../../lib/prefill/collect';
import { plan, type Plan, type PlanInput } from '../../../lib/prefill/plan';
import { recogniseForm } from '../../../lib/prefill/recognise';
import type { FormSnapshot, PrefillValues } from '../../../lib/prefill/snapshot';

export const VALUES: PrefillValues = JSON.parse(readFileSync(new URL('../../fixtures/prefill/values.json', import.meta.url), 'utf8'));

export function snapshotOf(html: string, title = 'A form'): FormSnapshot {
  const page = /<html/i.test(html) ? html : `<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const snap = collectForm(document as unknown as Document);
  if (!snap) throw new Error('no form');
  return snap;
}

export function planOf(html: string, values: PrefillValues = VALUES, extra: Partial<PlanInput> & { title?: string } = {}): Plan {
  const snapshot = snapshotOf(html, extra.title);
  return plan({ snapshot, values, profile: recogniseForm(snapshot)?.profile ?? null, ...extra });
}

/** key → value written, for compact assertions. */
export function written(p: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of p.actions) out[a.part ? `${a.key}#${a.part}` : a.key] = a.value;
  return out;
}

export function refusalFor(p: Plan, label: RegExp): string | undefined {
  return p.refusals.find((r) => label.test(r.field.label))?.why;
}
