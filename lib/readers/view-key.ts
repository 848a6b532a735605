/**
 * One string for everything a register read holds, the same on both sides of the message boundary:
 * keys sorted, undefined left out (the background's copy has been through zod, which may order keys
 * differently and drops unknown ones — a view that differs only so gets a different key, which costs
 * an early draw, never a wrong one).
 */
import type { RegisterView } from './view';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}

export const viewKey = (view: RegisterView): string => JSON.stringify(canonical(view));
