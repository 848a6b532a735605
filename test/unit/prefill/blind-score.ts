/**
 * Scores the planner on the blind form fixtures (test/fixtures/blind/forms, written by someone who
 * had not read the planner): for every field with an expected key, filled correctly / wrongly /
 * missed; and any fill of a field that must not be filled. Used by the blind-forms test and by
 * `npx tsx test/unit/prefill/blind-score.ts [DIR]` for a readable report. DIR is a round's folder: a
 * name under test/fixtures/blind (`forms`, the default, or `forms-round2`) or a path; each round has
 * its own values.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { collectForm, controlsOf, pickFormRoot } from '../../../lib/prefill/collect';
import { plan, type PlanAction } from '../../../lib/prefill/plan';
import { recogniseForm } from '../../../lib/prefill/recognise';

/** The blind rounds, each written by a different author who had not read the planner. */
export const BLIND_ROUNDS = {
  round1: new URL('../../fixtures/blind/forms/', import.meta.url),
  round2: new URL('../../fixtures/blind/forms-round2/', import.meta.url),
  round3: new URL('../../fixtures/blind/forms-round3/', import.meta.url),
  round4: new URL('../../fixtures/blind/forms-round4/', import.meta.url),
  round5: new URL('../../fixtures/blind/forms-round5/', import.meta.url),
  round6: new URL('../../fixtures/blind/forms-round6/', import.meta.url),
  round7: new URL('../../fixtures/blind/forms-round7/', import.meta.url),
  round8: new URL('../../fixtures/blind/forms-round8/', import.meta.url),
  round9: new URL('../../fixtures/blind/forms-round9/', import.meta.url),
  round10: new URL('../../fixtures/blind/forms-round10/', import.meta.url),
  round11: new URL('../../fixtures/blind/forms-round11/', import.meta.url),
  round12: new URL('../../fixtures/blind/forms-round12/', import.meta.url),
} as const;
const DIR = BLIND_ROUNDS.round1;

/** A round's folder from a name under test/fixtures/blind or a path (relative to the working directory). */
export function blindDir(arg: string): URL {
  if (/^[\w-]+$/.test(arg)) return new URL(`../../fixtures/blind/${arg}/`, import.meta.url);
  return pathToFileURL(arg.endsWith('/') ? arg : `${arg}/`);
}

/**
 * Keys that prefill-keys.md defines as the same figure under two names ("att.late_before_close,
 * att.late_after_close: integer (L, U)" beside "att.code_count.<CODE>"): a fill under either is the same value.
 */
const SAME_FIGURE: Record<string, string> = { 'att.late_after_close': 'att.code_count.U', 'att.late_before_close': 'att.code_count.L' };
const sameKey = (a: string, b: string) => a === b || SAME_FIGURE[a] === b || SAME_FIGURE[b] === a;

interface Expected { label: string; name: string; type: string; expectedKey: string | null; mustNotFill: boolean; expectedValue: unknown; part?: string; id?: string }
export interface FormScore { file: string; keyed: number; correct: number; wrong: { label: string; got: string; want: string }[]; missed: { label: string; key: string; why: string }[]; forbidden: { label: string; key: string }[]; profile: string | null }

export function blindFiles(dir: URL = DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
}

export function scoreForm(file: string, dir: URL = DIR): FormScore {
  const html = readFileSync(new URL(file, dir), 'utf8');
  const exp = JSON.parse(readFileSync(new URL(file.replace(/\.html$/, '.expected.json'), dir), 'utf8')) as { url: string; fields: Expected[] };
  const values = JSON.parse(readFileSync(new URL('values.json', dir), 'utf8'));
  const { document } = parseHTML(html);
  const snapshot = collectForm(document as unknown as Document, { url: exp.url })!;
  const p = plan({ snapshot, values, profile: recogniseForm(snapshot)?.profile ?? null });
  const controls = controlsOf(pickFormRoot(document as unknown as Document)!);
  const byField = new Map<number, PlanAction[]>();
  for (const a of p.actions) byField.set(a.fieldIndex, [...(byField.get(a.fieldIndex) ?? []), a]);
  const used = new Set<number>();
  const score: FormScore = { file, keyed: 0, correct: 0, wrong: [], missed: [], forbidden: [], profile: p.form };
  for (const e of exp.fields) {
    // The snapshot fields this expectation is about: by name (and part), else by id; radios by group name.
    let cands = snapshot.fields.filter((f) => (e.name ? f.name === e.name : e.id ? f.domId === e.id : false) && (!e.part || f.datePart === e.part) && !used.has(f.index));
    // A group of custom radios (role=radio buttons) is named by the group's id: the radios inside it.
    const group = !cands.length && e.id && (e.type === 'radio' || e.type === 'radios') ? document.getElementById(e.id) : null;
    if (group) cands = snapshot.fields.filter((f) => group.contains(controls[f.index] ?? null) && !used.has(f.index));
    const targets = e.type === 'radio' || e.type === 'radios' ? cands : cands.slice(0, 1);
    targets.forEach((t) => used.add(t.index));
    const acts = targets.flatMap((t) => byField.get(t.index) ?? []);
    const refusal = p.refusals.find((r) => targets.some((t) => r.fieldIndices.includes(t.index)));
    if (e.expectedKey) {
      score.keyed++;
      const a = acts[0];
      if (!a) score.missed.push({ label: e.label, key: e.expectedKey, why: refusal?.why ?? (targets.length ? 'no action' : 'field not found') });
      else if (sameKey(a.key, e.expectedKey) && String(a.value) === String(e.expectedValue)) score.correct++;
      else score.wrong.push({ label: e.label, got: `${a.key}=${String(a.value)}`, want: `${e.expectedKey}=${String(e.expectedValue)}` });
    } else if (acts.length) {
      if (e.mustNotFill) score.forbidden.push({ label: e.label, key: acts[0]!.key });
      else score.wrong.push({ label: e.label, got: `${acts[0]!.key}=${String(acts[0]!.value)}`, want: 'nothing' });
    }
  }
  return score;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let keyed = 0, correct = 0, wrong = 0, forbidden = 0;
  const dir = process.argv[2] ? blindDir(process.argv[2]) : DIR;
  for (const f of blindFiles(dir)) {
    const s = scoreForm(f, dir);
    keyed += s.keyed; correct += s.correct; wrong += s.wrong.length; forbidden += s.forbidden.length;
    console.log(`${f} (profile ${s.profile}): ${s.correct}/${s.keyed} correct, ${s.wrong.length} wrong, ${s.missed.length} missed, ${s.forbidden.length} must-not-fill filled`);
    for (const w of s.wrong) console.log(`  WRONG ${w.label}: got ${w.got}, want ${w.want}`);
    for (const m of s.missed) console.log(`  MISSED ${m.label} (${m.key}): ${m.why}`);
    for (const x of s.forbidden) console.log(`  FORBIDDEN ${x.label}: ${x.key}`);
  }
  console.log(`TOTAL ${correct}/${keyed} correct (${Math.round((correct / keyed) * 100)}%), ${wrong} wrong, ${forbidden} must-not-fill filled`);
}
