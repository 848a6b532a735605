// Shared by blind-pages.test.ts and scripts that report the blind round: read a blind page as the
// read-page seam does (every reader, generic fallback, source check) and judge the result against
// its hand-written expectation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readAnyPage } from '../../../lib/readers/all';
import { checkSource } from '../../../lib/readers/truncated';
import { checkView, type RegisterView } from '../../../lib/readers/view';

export const BLIND = join(__dirname, '../../fixtures/blind/readers');

export interface BlindExpected {
  url: string;
  isRegister: boolean;
  pupils: { name: string }[];
  marks: { pupil: string; date: string; session: 'AM' | 'PM'; code: string }[];
}

export type Verdict = 'correct' | 'incomplete-with-a-problem' | 'wrong-silently' | 'refused';

export function blindPages(): string[] {
  return readdirSync(BLIND)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(BLIND, f));
}

/** "Brightwater, Poppy" and "Poppy Brightwater" are the same person. */
export function nameKey(name: string): string {
  return name.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean).sort().join(' ');
}

/** '/' (AM) and '\' (PM) are both "present"; everything else compared as written, trimmed. */
export function codeKey(code: string): string {
  const c = code.trim();
  return c === '/' || c === '\\' ? 'present' : c.toUpperCase();
}

export function readBlind(file: string): { want: BlindExpected; view?: RegisterView } {
  const want = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as BlindExpected;
  const html = readFileSync(file, 'utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const got = readAnyPage(doc, new URL(want.url));
  if (!got || got.confidence <= 0 || !got.result) return { want };
  return { want, view: checkSource(checkView(got.result.view), html) };
}

/** Each session cell as "pupil|date|session" → normalised code; a session shown with no mark is ''. */
function cellsOfView(view: RegisterView): Map<string, string> {
  const names = new Map(view.pupils.map((p) => [p.key, nameKey(p.name)]));
  const out = new Map<string, string>();
  for (const p of view.pupils) for (const s of view.sessions) out.set(`${nameKey(p.name)}|${s.date}|${s.session}`, '');
  for (const m of view.marks) out.set(`${names.get(m.pupil) ?? m.pupil}|${m.date}|${m.session}`, codeKey(m.code));
  return out;
}

function cellsOfExpected(want: BlindExpected): Map<string, string> {
  return new Map(want.marks.map((m) => [`${nameKey(m.pupil)}|${m.date}|${m.session}`, codeKey(m.code)]));
}

/** The differences between what the page shows and what was read (empty when they agree). */
export function differences(want: BlindExpected, view: RegisterView): string[] {
  const diffs: string[] = [];
  const wantPupils = new Set(want.pupils.map((p) => nameKey(p.name)));
  const gotPupils = new Set(view.pupils.map((p) => nameKey(p.name)));
  for (const p of wantPupils) if (!gotPupils.has(p)) diffs.push(`pupil missing: ${p}`);
  for (const p of gotPupils) if (!wantPupils.has(p)) diffs.push(`pupil not on the page: ${p}`);
  const w = cellsOfExpected(want);
  const g = cellsOfView(view);
  for (const [k, code] of w) if (g.get(k) !== code) diffs.push(`${k}: want "${code}", read "${g.get(k) ?? '(none)'}"`);
  for (const [k, code] of g) if (!w.has(k)) diffs.push(`${k}: read "${code}", not on the page`);
  return diffs;
}

export function verdict(want: BlindExpected, view: RegisterView | undefined): Verdict {
  if (!view) return 'refused';
  if (!view.complete) return view.problems.length > 0 ? 'incomplete-with-a-problem' : 'wrong-silently';
  if (!want.isRegister) return 'wrong-silently';
  return differences(want, view).length === 0 ? 'correct' : 'wrong-silently';
}
