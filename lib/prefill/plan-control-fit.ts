/**
 * Two questions that look like one key, told apart by their controls: a yes/no answer belongs in the
 * question drawn as a choice (radios, a tick box, a list), not in the text box beside it that asks for a
 * date ("Has the parent agreed?" vs "Date the parent agreed"); a free-text answer belongs in a text box, not
 * in a list of categories that offers nothing like it ("Main reason" vs "Reason for the timetable").
 */
import { chooseOption } from './format';
import type { ValueKind } from './keys';
import type { Question } from './plan';
import type { PrefillValue } from './snapshot';

const CHOICE = new Set(['radio', 'checkbox', 'checkgroup', 'select']);

/** How well a question's control takes a value of this kind: 0 not at all, 1 it could, 2 it is made for it. */
function fit(q: Question, kind: ValueKind, value: PrefillValue): number {
  if (kind === 'bool') return CHOICE.has(q.kind) ? 2 : 1;
  if (kind === 'text') {
    if (q.kind === 'text') return 2;
    if (!CHOICE.has(q.kind) || value === null || value === undefined) return 0;
    const opts = q.kind === 'select' ? q.first.options.map((o) => ({ text: o.text, value: o.value })) : q.members.map((m) => ({ text: m.labels[0]?.text ?? m.value, value: m.value }));
    return chooseOption(opts, 'text', value).ok ? 2 : 0;
  }
  return 1;
}

/**
 * The one question whose control fits the value better than every other's, or null (still ambiguous). For
 * free text the winner's label must match the key's wording exactly (confidence ≥ 0.85) and every other
 * control must be unable to take it at all: a loose match beside a list is still ambiguity.
 */
export function bestFittingControl(qs: Question[], kind: ValueKind, value: PrefillValue, confidences: number[]): number | null {
  if (kind !== 'bool' && kind !== 'text') return null;
  const scores = qs.map((q) => fit(q, kind, value));
  const top = Math.max(...scores);
  const at = scores.filter((s) => s === top);
  if (at.length !== 1) return null;
  const i = scores.indexOf(top);
  if (kind === 'text' && ((confidences[i] ?? 0) < 0.85 || scores.some((s, j) => j !== i && s > 0))) return null;
  return i;
}
